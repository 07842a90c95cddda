import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { sExpressions } from './text-s-expressions';

describe('text rules: s-expressions', () => {
  it('s-expressions: the operator first in each bracket, written infix', () => {
    expect(sExpressions('(- (+ (* u (Math/log v)) (* (- 1 u) (Math/log (- 1 v)))))')).toBe('(-((u * log(v)) + ((1 - u) * log((1 - v)))))');
    expect(recogniseFormula('(- (+ (* y (Math/log p)) (* (- 1 y) (Math/log (- 1 p)))))')?.kind).toBe('ce_binary');
    // A definition gives its body.
    expect(sExpressions('(define (e u v) (- (* u (log v))))')).toBe('(-(u * log(v)))');
  });

  it('s-expressions: a sum of a function mapped over arrays, named or anonymous (#(…))', () => {
    expect(sExpressions('(- (reduce + (map (fn [a b] (* a (Math/log b))) us vs)))')).toBe('(-sum(map((a, b) -> (a * log(b)), us, vs)))');
    expect(sExpressions('(- (reduce + (map #(* %1 (Math/log %2)) us vs)))')).toBe('(-sum(map((first, second) -> (first * log(second)), us, vs)))');
    expect(recogniseFormula('(- (reduce + (map (fn [a b] (* a (Math/log b))) us vs)))')?.kind).toBe('ce_multiclass');
  });

  it('s-expressions: text that is not one whole s-expression with a log stays', () => {
    for (const text of ['(+ 1 2)', '(see eq. 3) -\\log p', '(- (* u (log v))) + w', '(u - v) * log(w)', '(- u * log(v) - (1 - u) * log(1 - v))']) expect(sExpressions(text)).toBe(text);
    expect(recogniseFormula('(- y * log(p) - (1 - y) * log(1 - p))')?.kind).toBe('ce_binary');
  });
});
