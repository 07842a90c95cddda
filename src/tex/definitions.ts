// Symbols a formula defines beside the equation that uses them:
//   loss = −log(e^{z_1}/Z),  Z = e^{z_1} + e^{z_2} + e^{z_3}
//   L = −Σ_k t_k log p_k  where  p_k = … is not one of these (an indexed symbol is a family)
// A reader puts the definition in place; so does this second reading of a formula, tried
// only when the formula as written names no kind (a symbol the author named stays named
// in the roles otherwise).
import type { Chain, Expr } from './expr';
import { exprTex } from './expr';
import { anyChild, mapChildren } from './canonical/registry';

/** Relations that state a definition. */
const DEFINING = new Set(['=', ':=']);

/**
 * `chains` with each symbol that one of them defines (a plain, unindexed symbol alone on
 * the left of a single equation, not used on its own right) put in place in the others;
 * null when no chain defines a symbol another one uses.
 */
export function withDefinitionsInPlace(chains: readonly Chain[]): Chain[] | null {
  const definitions = new Map<string, { chain: Chain; value: Expr; isDefined: (e: Expr) => boolean }>();
  for (const chain of chains) {
    const [left, right] = chain.members;
    const isDefined = left && chain.members.length === 2 && DEFINING.has(chain.relations[0] ?? '') ? definedBy(left) : null;
    if (!isDefined || !left || !right) continue;
    // A number (Z = 3.2) is a value worked out and a lone symbol a renaming, not a definition to read by;
    // an entry picked out (picked = z_{i,y_i}) says which entry the name stands for.
    if (right.k === 'num' || (right.k === 'sym' && right.sub === null) || uses(right, isDefined)) continue;
    const key = exprTex(left);
    // A symbol defined twice is two statements about it, not a definition.
    if (definitions.has(key)) definitions.delete(key);
    else definitions.set(key, { chain, value: right, isDefined });
  }
  let changed = false;
  const out = chains.map((chain) => {
    let members = chain.members;
    for (const { chain: defining, value, isDefined } of definitions.values()) {
      if (chain === defining || !members.some((member) => uses(member, isDefined))) continue;
      members = members.map((member) => replaced(member, isDefined, value));
      changed = true;
    }
    return members === chain.members ? chain : { ...chain, members };
  });
  return changed ? out : null;
}

/**
 * What a left side defines: a plain, unindexed symbol (Z), or the log of one, as code's
 * `logprobs = …` reads (log(probs)), used the same way later (−Σ logprobs / m).
 */
function definedBy(left: Expr): ((e: Expr) => boolean) | null {
  const plain = (e: Expr, name: string) => e.k === 'sym' && e.name === name && e.sub === null;
  if (left.k === 'sym' && left.sub === null) return (e) => plain(e, left.name);
  const arg = left.k === 'log' && left.base === null ? left.arg : null;
  if (arg?.k !== 'sym' || arg.sub !== null) return null;
  return (e) => e.k === 'log' && e.base === null && plain(e.arg, arg.name);
}

// A call's head is a function's name (f(x)), never the symbol defined.
function uses(e: Expr, isDefined: (e: Expr) => boolean, depth = 0): boolean {
  if (isDefined(e)) return true;
  if (e.k === 'sym') return false;
  if (e.k === 'call') return e.args.some((arg) => uses(arg, isDefined, depth + 1));
  if (depth > 200) return false;
  return anyChild(e, (child) => uses(child, isDefined, depth + 1));
}

function replaced(e: Expr, isDefined: (e: Expr) => boolean, value: Expr, depth = 0): Expr {
  if (isDefined(e)) return value;
  if (e.k === 'sym') return e;
  if (e.k === 'call') return { ...e, args: e.args.map((arg) => replaced(arg, isDefined, value, depth + 1)) };
  if (depth > 200) return e;
  return mapChildren(e, (child) => replaced(child, isDefined, value, depth + 1));
}
