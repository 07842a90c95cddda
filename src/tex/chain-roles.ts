// Which member of a chain names the roles. The chain's kind is its most specific
// member's (recognise.ts); among the members of that kind, the one written in the
// author's own symbols names the roles: a member that states the target beats one
// that leaves it out (Π_n P(t_n | x_n) = Π_n y_n^{t_n}(1 − y_n)^{1 − t_n}), and a
// prediction the author names (y_{nk}, f(x), p_i, ŷ_i) beats the probability itself
// written out as P(· | ·) or Q(x), or the sigmoid of a score σ(βᵀx_i), which an
// author expands on the way to or from that name.
import { anyChild } from './canonical/registry';
import type { Chain, Expr } from './expr';
import { headName, roleTex } from './terms';
import type { FormulaKind, Roles } from './types';

export interface ChainMember {
  kind: FormulaKind;
  roles: Roles;
  member: Expr;
}

/** Letters that name a probability itself rather than a model's output. */
const PROBABILITY_HEADS = /^(?:P|p|Q|q|\\Pr|Pr|\\mathbb\{P\})$/;

/** Whether `e` applies a function named `name` to arguments somewhere (p(C_k | φ_n), Q(x)). */
function callsHead(e: Expr, name: string, depth = 0): boolean {
  if (depth > 40) return false;
  if (e.k === 'call' && headName(e.head) === name) return true;
  return anyChild(e, (child) => callsHead(child, name, depth + 1));
}

/** The prediction spelled out rather than named: P(· | ·), q(x), σ(…), or none at all. */
function spelledOut(found: ChainMember): boolean {
  const prediction = found.roles.prediction;
  if (prediction === undefined) return true;
  if (prediction.startsWith('\\sigma(')) return true;
  return PROBABILITY_HEADS.test(prediction) && callsHead(found.member, prediction);
}

/**
 * A stated target first, a named prediction next, then a class index a sum runs over (−log h_y = −Σ_k [y = k] log h_k;
 * the true class of a one-hot collapse, −log h_y, is its own index and counts for nothing here).
 */
function namingScore(found: ChainMember): number {
  const summed = found.roles.classIndex !== undefined && found.roles.classIndex !== found.roles.target;
  return (found.roles.target !== undefined ? 4 : 0) + (spelledOut(found) ? 0 : 2) + (summed ? 1 : 0);
}

/** Whether two members name the same target and prediction (H(P, Q) = −Σ_x P(x) log Q(x) = H(P) + D(P‖Q)). */
function sameSymbols(a: ChainMember, b: ChainMember): boolean {
  return a.roles.target === b.roles.target && a.roles.prediction === b.roles.prediction;
}

/** Whether `a` names every role `b` names, and more (an index, a bound): H(P, Q) = H(P) + D(P‖Q) names no index, −Σ_x P(x) log Q(x) does. */
function saysMore(a: ChainMember, b: ChainMember): boolean {
  const named = Object.keys(a.roles);
  const other = Object.keys(b.roles);
  return named.length > other.length && other.every((role) => named.includes(role));
}

/**
 * The member whose roles the chain reports: of `chosen`'s kind, the best named; on a tie,
 * or when a better-scored member names the same symbols, the one chosen (it says more:
 * indices, bounds), unless a member naming the same symbols says more than it.
 */
export function namingMember<T extends ChainMember>(chosen: T, members: readonly T[]): T {
  let best = chosen;
  for (const member of members) {
    if (member.kind !== chosen.kind) continue;
    if (sameSymbols(member, best)) {
      if (saysMore(member, best)) best = member;
    } else if (namingScore(member) > namingScore(best)) best = member;
  }
  return best;
}

/** The symbol a definition's left side names, past words before it (`Denoting p(x_i)`), or null. */
function definedSymbol(left: Expr): Expr | null {
  if (left.k === 'sym' || left.k === 'call') return left;
  if (left.k !== 'mul') return null;
  const last = left.factors.at(-1);
  const words = left.factors.slice(0, -1);
  const isWord = (e: Expr) => e.k === 'sym' && e.sub === null && /^[A-Za-z]{2,}$/.test(e.name);
  return last && (last.k === 'sym' || last.k === 'call') && words.length > 0 && words.every(isWord) ? last : null;
}

/**
 * Names the formula gives a sigmoid: p(x_i) = P(Y = 1 | X = x_i) = 1/(1 + e^{−βᵀx_i}) makes
 * σ(βᵀx_i) the author's p wherever a loss in the same formula writes it out. Keyed by the
 * sigmoid as a role spells it.
 */
export function sigmoidNames(chains: readonly Chain[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const chain of chains) {
    const [left, ...rest] = chain.members;
    const symbol = left ? definedSymbol(left) : null;
    if (!symbol || chain.relations.some((relation) => relation !== '=')) continue;
    for (const member of rest) {
      if (member.k === 'call' && headName(member.head) === '\\sigma') names.set(roleTex(member), roleTex(symbol));
    }
  }
  return names;
}

/** `roles` with a sigmoid prediction the formula names by that name. */
export function withNamedSigmoid(roles: Roles, names: ReadonlyMap<string, string>): Roles {
  const name = roles.prediction === undefined ? undefined : names.get(roles.prediction);
  return name === undefined ? roles : { ...roles, prediction: name };
}
