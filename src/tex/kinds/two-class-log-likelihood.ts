// The log of a likelihood whose two factors a sample's label chooses between,
// Σ_i [t_i log A_i + (1 − t_i) log B_i]: what the log laws make of Π_i A_i^{t_i} B_i^{1−t_i},
// which likelihood-product.ts reads whatever the two bases are (q_i named apart, a generative
// classifier's π N(x_i | μ₁, Σ) and (1 − π) N(x_i | μ₂, Σ)). A class's log may come split in
// several terms of the same weight (t_i log π + t_i log N(x_i | μ₁, Σ)).
import type { Expr } from '../expr';
import { sameExpr, single } from '../expr';
import { identityOf } from '../distributions';
import { headName, isComplementOf, mentions, roleTex, termsOf } from '../terms';
import type { Roles } from '../types';


/** The roles of Σ_i [t_i log A_i + (1 − t_i) log B_i], or null. log A and log(1 − A) (the binary form) are left to binaryShape. */
export function twoClassLogLikelihood(expr: Expr): Roles | null {
  const terms = termsOf(expr);
  if (!terms || terms.length < 2) return null;
  const sum = terms[0]?.bigs[0];
  const index = sum?.index;
  if (!sum || !index || sum.op !== 'sum') return null;
  const shaped = terms.every((t) => t.sign === 1 && t.scale.length === 0 && t.logs.length === 1 && t.factors.length === 1 && t.bigs.length === 1 && t.bigs[0]?.index === index && t.bigs[0]?.op === 'sum');
  if (!shaped) return null;
  const weights = terms.map((t) => t.factors[0] as Expr);
  // The label: a weight whose complement weights other terms, and which runs over the samples.
  const label = weights.find((w) => weights.some((v) => isComplementOf(v, w)));
  if (!label || !mentions(label, index)) return null;
  const ofLabel = terms.filter((t) => sameExpr(t.factors[0] as Expr, label));
  const ofOther = terms.filter((t) => !ofLabel.includes(t));
  if (!ofOther.every((t) => isComplementOf(t.factors[0] as Expr, label))) return null;
  const args = terms.map((t) => single((t.logs[0] as Extract<Expr, { k: 'log' }>).arg));
  // No numbers (a worked value), no ratio (a divergence, t log(t/p)), and no label inside a log (an entropy, y log y).
  const letter = headName(label);
  if (args.some((arg) => arg.k === 'num' || arg.k === 'div' || identityOf(arg) === identityOf(label) || (letter !== null && mentions(arg, letter)))) return null;
  const first = single((ofLabel[0]?.logs[0] as Extract<Expr, { k: 'log' }>).arg);
  return { target: roleTex(label), prediction: roleTex(first), sampleIndex: index, sampleBound: sum.bound ?? undefined };
}
