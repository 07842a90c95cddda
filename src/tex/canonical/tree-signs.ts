// Tree rules for where an author puts the minus: in the numerator of the mean
// (\frac{-1}{N}) it is the same minus as in front of the fraction, and a minus on
// the first factor of a product negates the product (−(1/N) Σ …), so a sum read
// on from there (−(1/N) Σ_i a_i + b_i) keeps it.
import type { Expr } from '../expr';
import { defineTreeRule } from './registry';

/** \frac{-a}{b} → −\frac{a}{b}. */
export function negativeNumerator(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const num = node.num.k === 'mul' && node.num.factors.length === 1 ? (node.num.factors[0] as Expr) : node.num;
  if (num.k !== 'neg') return null;
  return { k: 'neg', arg: { ...node, num: num.arg } };
}

/** (−a) b c → −(a b c). */
export function leadingMinusOfProduct(node: Expr): Expr | null {
  if (node.k !== 'mul' || node.factors.length < 2 || node.factors[0]?.k !== 'neg') return null;
  const [first, ...rest] = node.factors as [Extract<Expr, { k: 'neg' }>, ...Expr[]];
  return { k: 'neg', arg: { k: 'mul', factors: [first.arg, ...rest] } };
}

defineTreeRule({ name: 'leading-minus-of-product', order: 4, apply: leadingMinusOfProduct });
defineTreeRule({ name: 'negative-numerator', order: 3, apply: negativeNumerator });
