// A loss defined sample by sample and reduced in the same chain, as library docstrings
// write it: ℓ(x, y) = mean(L) = mean({l_1, …, l_N}^⊤), l_n = −[y_n log x_n + (1 − y_n) log(1 − x_n)].
// The member that matched a kind is one sample's loss (l_n = …); an earlier member averages
// or adds up the per-sample losses by name (L, l_k), so the chain is the batch loss.
import type { Expr } from './expr';
import { single } from './expr';
import { anyChild } from './canonical/registry';
import { headName } from './terms';
import type { FormulaKind, Roles } from './types';

/** The batch kind of a one-sample kind. */
const BATCH_OF: Partial<Record<FormulaKind, FormulaKind>> = { ce_binary: 'ce_binary_batch', ce_multiclass: 'ce_multiclass_batch' };

/**
 * Whether `member` is itself a sum (or a mean, 1/N times a sum) of the per-sample losses named
 * `letter` (mean(L), sum(L), Σ_n l_n, mean({l_1, …, l_N}^⊤)). A vector of them, {l_1, …, l_N}^⊤, reduces nothing.
 */
function reduces(member: Expr, letter: string): boolean {
  const inner = single(member);
  const mean = inner.k === 'mul' && inner.factors.length === 2 && inner.factors[0]?.k === 'div';
  const sum = mean ? single(inner.factors[1] as Expr) : inner;
  // mean({l_1, …, l_N}^⊤) averages the vector; the vector alone reduces nothing.
  return sum.k === 'big' && sum.op === 'sum' && (mean || single(sum.body).k !== 'fn') && namesLetter(sum.body, letter);
}

function namesLetter(e: Expr, letter: string, depth = 0): boolean {
  if (depth > 30) return false;
  if (e.k === 'sym' && e.name.toLowerCase() === letter) return true;
  return anyChild(e, (child) => namesLetter(child, letter, depth + 1));
}

/** A mean's 1/N in front of the member: the reduction it takes. */
function reductionOf(member: Expr): 'mean' | 'sum' {
  const inner = single(member);
  return inner.k === 'mul' && inner.factors.some((f) => f.k === 'div' && single(f.num).k === 'num') ? 'mean' : 'sum';
}

/**
 * The batch reading of a one-sample loss `matched` (a member of `members`) defined as the
 * per-sample loss l_n that an earlier member reduces; null when the chain says no such thing.
 */
export function perSampleReduction(members: readonly Expr[], matched: Expr, kind: FormulaKind, roles: Roles): { kind: FormulaKind; roles: Roles } | null {
  const batch = BATCH_OF[kind];
  const at = members.indexOf(matched);
  const name = at > 0 ? members[at - 1] : undefined;
  if (!batch || !name || (name.k !== 'sym' && name.k !== 'call') || (name.k === 'sym' && name.sub === null)) return null;
  const letter = (headName(name) ?? '').toLowerCase();
  const sample = name.k === 'sym' ? name.sub : null;
  if (!/^[a-z]$|^\\ell$/.test(letter)) return null;
  const reducing = members.slice(0, at - 1).find((member) => reduces(member, letter));
  if (!reducing) return null;
  return { kind: batch, roles: { ...roles, sampleIndex: roles.sampleIndex ?? sample ?? undefined, reduction: reductionOf(reducing) } };
}
