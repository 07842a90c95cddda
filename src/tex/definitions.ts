// Symbols a formula defines beside the equation that uses them:
//   loss = −log(e^{z_1}/Z),  Z = e^{z_1} + e^{z_2} + e^{z_3}
//   L = −Σ_k t_k log p_k  where  p_k = … is not one of these (an indexed symbol is a family)
// A reader puts the definition in place; so does this second reading of a formula, tried
// only when the formula as written names no kind (a symbol the author named stays named
// in the roles otherwise).
import type { Chain, Expr } from './expr';
import { anyChild, mapChildren } from './canonical/registry';

/** Relations that state a definition. */
const DEFINING = new Set(['=', ':=']);

/**
 * `chains` with each symbol that one of them defines (a plain, unindexed symbol alone on
 * the left of a single equation, not used on its own right) put in place in the others;
 * null when no chain defines a symbol another one uses.
 */
export function withDefinitionsInPlace(chains: readonly Chain[]): Chain[] | null {
  const definitions = new Map<string, { chain: Chain; value: Expr }>();
  for (const chain of chains) {
    const [left, right] = chain.members;
    if (chain.members.length !== 2 || !DEFINING.has(chain.relations[0] ?? '') || left?.k !== 'sym' || left.sub !== null || !right) continue;
    // A number (Z = 3.2) is a value worked out and a lone symbol a renaming, not a definition to read by.
    if (right.k === 'num' || right.k === 'sym' || uses(right, left.name)) continue;
    // A symbol defined twice is two statements about it, not a definition.
    if (definitions.has(left.name)) definitions.delete(left.name);
    else definitions.set(left.name, { chain, value: right });
  }
  let changed = false;
  const out = chains.map((chain) => {
    let members = chain.members;
    for (const [name, { chain: defining, value }] of definitions) {
      if (chain === defining || !members.some((member) => uses(member, name))) continue;
      members = members.map((member) => replaced(member, name, value));
      changed = true;
    }
    return members === chain.members ? chain : { ...chain, members };
  });
  return changed ? out : null;
}

// A call's head is a function's name (f(x)), never the symbol defined.
function uses(e: Expr, name: string, depth = 0): boolean {
  if (e.k === 'sym') return e.name === name && e.sub === null;
  if (e.k === 'call') return e.args.some((arg) => uses(arg, name, depth + 1));
  if (depth > 200) return false;
  return anyChild(e, (child) => uses(child, name, depth + 1));
}

function replaced(e: Expr, name: string, value: Expr, depth = 0): Expr {
  if (e.k === 'sym') return e.name === name && e.sub === null ? value : e;
  if (e.k === 'call') return { ...e, args: e.args.map((arg) => replaced(arg, name, value, depth + 1)) };
  if (depth > 200) return e;
  return mapChildren(e, (child) => replaced(child, name, value, depth + 1));
}
