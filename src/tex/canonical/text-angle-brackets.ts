// Text rule for an inner product typed with the less-than and greater-than signs, <x, w>, as
// plain-text notes and notebooks write ⟨x, w⟩ (a margin y<x, w> in a logistic loss). Read as
// comparisons, the two signs would split the formula into relations.
import { defineTextRule } from './registry';

/**
 * <x^i, \omega>, <w,x_i>: the signs hug their two operands (no space inside them), one comma
 * between, no sign or relation within; `0 < x, y > 0` keeps its spaces and stays two comparisons.
 */
const ANGLED_PAIR = /(?<![<=\\])<(?=\S)([^<>=,;\s](?:[^<>=,;]{0,30}[^<>=,;\s])?)\s*,\s*([^<>=,;\s](?:[^<>=,;]{0,30}[^<>=,;\s])?)>(?![=>])/g;

export function plainAngleBrackets(tex: string): string {
  return tex.replace(ANGLED_PAIR, (_m, left: string, right: string) => `\\langle ${left}, ${right}\\rangle `);
}

defineTextRule({ name: 'plain-angle-brackets', order: 22.55, apply: plainAngleBrackets });
