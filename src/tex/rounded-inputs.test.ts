import { describe, expect, it } from 'vitest';
import { analyseFormula } from './index';
import { roundingSpread } from './rounded-inputs';
import type { Expr } from './expr';

const num = (text: string): Expr => ({ k: 'num', value: Number(text), text });

describe('rounded inputs', () => {
  it('roundingSpread: each number printed to three decimals moves the value by up to half its last digit', () => {
    const sum: Expr = { k: 'add', terms: [num('0.777'), num('0.090'), num('0.5')] };
    const value = (e: Expr) => (e.k === 'add' ? e.terms.reduce((acc, t) => acc + (t.k === 'num' ? t.value : 0), 0) : null);
    // 0.777 and 0.090 are displays (±0.0005 each); 0.5 is a value the author chose.
    expect(roundingSpread(sum, value)).toBeCloseTo(0.001, 12);
    expect(roundingSpread(num('0.25'), (e) => (e.k === 'num' ? e.value : null))).toBe(0);
    expect(roundingSpread(num('0.999'), (e) => (e.k === 'num' && e.value <= 0.999 ? e.value : null))).toBeNull();
  });

  it('a stated value within what the rounding of printed outputs can move is right, and says why', () => {
    const check = analyseFormula('L = -\\tfrac{1}{2}\\big(\\log 0.777 + \\log 0.090\\big) = 1.332').example;
    expect(check?.verdict).toBe('rounding');
    expect(check?.explanation.code).toBe('from_rounded_inputs');
    expect(check?.explanation.en).toContain('1.3301');
    expect(check?.explanation.ja).toContain('丸め');
  });

  it('stays wrong beyond that spread, with exact inputs, and where the chain’s own arithmetic after them is off', () => {
    expect(analyseFormula('L = -\\tfrac{1}{2}\\big(\\log 0.777 + \\log 0.090\\big) = 1.336').example?.verdict).toBe('wrong');
    expect(analyseFormula('L = -\\tfrac{1}{2}\\big(\\log 0.78 + \\log 0.09\\big) = 1.332').example?.verdict).toBe('wrong');
    expect(analyseFormula('L = -\\tfrac{1}{2}\\big(\\log 0.777 + \\log 0.090\\big) = \\tfrac{1}{2}(0.252 + 2.408) = 1.332').example?.verdict).toBe('wrong');
  });
});
