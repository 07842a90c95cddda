// A name defined beside the formula, after a comma or on its own line
// (loss = −log(e^{z_1}/Z), Z = e^{z_1} + e^{z_2} + e^{z_3}): the name stands for its
// definition wherever the formula uses it. recognise.ts tries this only when the
// formula as written names no kind, so a definition never changes a kind already read.
import { canonicalChain } from './canonical';
import { mapChildren } from './canonical/registry';
import type { Chain, Expr } from './expr';
import { exprTex } from './expr';
import type { Reading } from './read';

const MAX_DEPTH = 60;

/** `name = expression` as its own chain: the name's TeX and what it stands for. */
function definitionIn(chain: Chain): [string, Expr] | null {
  const [name, value] = chain.members;
  if (chain.members.length !== 2 || chain.relations[0] !== '=' || name?.k !== 'sym' || !value) return null;
  // A number (Z = 3.2) is a value worked out, not a definition to read the formula by.
  return value.k === 'num' || value.k === 'sym' ? null : [exprTex(name), value];
}

function substituted(e: Expr, definitions: ReadonlyMap<string, Expr>, depth = 0): Expr {
  if (depth > MAX_DEPTH) return e;
  if (e.k === 'sym') return definitions.get(exprTex(e)) ?? e;
  return mapChildren(e, (child) => substituted(child, definitions, depth + 1));
}

/** The reading with every defined name put in its place in the other chains, or null when none is used. */
export function withDefinitionsSubstituted(reading: Reading): Reading | null {
  const definitions = new Map<string, Expr>();
  for (const chain of reading.chains) {
    const definition = definitionIn(chain);
    if (definition) definitions.set(...definition);
  }
  if (definitions.size === 0) return null;
  let used = false;
  const chains = reading.chains.map((chain) => {
    // A chain's own name (Z = … , loss = …) is left as it is; only the names it uses are put in.
    const members = chain.members.map((member, i) => (i === 0 && member.k === 'sym' ? member : substituted(member, definitions)));
    if (members.every((member, i) => member === chain.members[i])) return chain;
    used = true;
    return canonicalChain({ members, relations: chain.relations });
  });
  return used ? { ...reading, chains } : null;
}
