// Shared by the tree rules that read two terms of a sum as one (a logit beside the log
// of its sigmoid, a log-odds beside the log of the complement): a term's sign, and the
// terms a pair may be sought in when a sum over the samples holds part of it.
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';

/** A term without its minus signs: the sign they make and what they negate. */
export function signedTerm(term: Expr): { sign: 1 | -1; body: Expr } {
  let sign: 1 | -1 = 1;
  let body = single(term);
  while (body.k === 'neg') {
    sign = sign === 1 ? -1 : 1;
    body = single(body.arg);
  }
  return { sign, body };
}

const termsIn = (e: Expr): Expr[] => {
  const inner = single(e);
  return inner.k === 'add' ? inner.terms : [inner];
};

const negatedIf = (sign: 1 | -1, e: Expr): Expr => (sign === 1 ? e : { k: 'neg', arg: e });

/**
 * `pair` applied to the terms of a sum, else inside a sum over the samples: a bare
 * Σ_i runs on over the terms after it (Σ_i y_i z_i − log(1 + e^{z_i})), and two sums
 * over the same index and range are one (Σ_i a_i + Σ_i b_i).
 */
export function pairedInSum(terms: Expr[], pair: (terms: Expr[]) => Expr | null): Expr | null {
  const direct = pair(terms);
  if (direct) return direct;
  const first = signedTerm(terms[0] as Expr);
  const scaled = scaledSum(first.body);
  if (!scaled) return null;
  const { scale, big } = scaled;
  const rest = terms.slice(1).map(signedTerm);
  const sameSum = (e: Expr) => e.k === 'big' && e.op === 'sum' && exprTex(e.lower ?? { k: 'other', text: '' }) === exprTex(big.lower ?? { k: 'other', text: '' }) && exprTex(e.upper ?? { k: 'other', text: '' }) === exprTex(big.upper ?? { k: 'other', text: '' });
  // A second sum over the same index gives its body's terms, signed relative to the first
  // sum's sign. A bare term that runs on keeps its written sign inside the sum: the author
  // dropped the bracket after −¹⁄ₙ Σ_i, as termsOf reads it (terms.ts, widenScope).
  const after = rest.flatMap(({ sign, body }) => {
    const relative = (sign * first.sign) as 1 | -1;
    return sameSum(body) ? termsIn((body as Extract<Expr, { k: 'big' }>).body).map((t) => negatedIf(relative, t)) : [negatedIf(sign, body)];
  });
  const paired = pair([...termsIn(big.body), ...after]);
  if (!paired) return null;
  const sum: Expr = { ...big, body: paired };
  return negatedIf(first.sign, scale.length > 0 ? { k: 'mul', factors: [...scale, sum] } : sum);
}

/** Σ_i …, or a mean's ¹⁄ₙ Σ_i … (numbers and letters in front, no log): the sum and what scales it. */
function scaledSum(e: Expr): { scale: Expr[]; big: Extract<Expr, { k: 'big' }> } | null {
  if (e.k === 'big' && e.op === 'sum') return { scale: [], big: e };
  if (e.k !== 'mul' || e.factors.length < 2) return null;
  const last = single(e.factors.at(-1) as Expr);
  const scale = e.factors.slice(0, -1);
  const isScale = (f: Expr) => { const inner = single(f); return inner.k === 'num' || inner.k === 'sym' || (inner.k === 'div' && single(inner.num).k === 'num'); };
  return last.k === 'big' && last.op === 'sum' && scale.every(isScale) ? { scale, big: last } : null;
}
