import { describe, expect, it } from 'vitest';
import { analyseFormula, recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rule: a one-hot target written out with its zeros', () => {
  it('zero-terms: zero terms and the dots among them go, and the target’s 1 with them over a numbered class', () => {
    expect(canonicalMember('-(1 \\cdot \\log u_1 + 0 \\cdot \\log u_2 + 0 \\cdot \\log u_3)')).toBe(canonicalMember('-\\log u_1'));
    // Over a class a letter indexes, the 1 stays: it is what says the log is the one-hot loss's.
    expect(canonicalMember('-(0 + 0 + \\dots + 1 \\cdot \\log v_c + 0 + \\dots)')).toBe(canonicalMember('-(1 \\cdot \\log v_c)'));
  });

  it('reads the one-hot target written out round a class a letter indexes as the cross-entropy, and a bare −log at i as nothing', () => {
    expect(recogniseFormula('= - (0 \\cdot \\log \\hat{y}_1 + \\dots + 1 \\cdot \\log \\hat{y}_k + \\dots + 0 \\cdot \\log \\hat{y}_C)')).toMatchObject({ kind: 'ce_multiclass', roles: { prediction: '\\hat{y}', classIndex: 'k' } });
    expect(recogniseFormula('-(0 \\cdot \\log q_a + 1 \\cdot \\log q_b)')?.kind).toBe('ce_multiclass');
    // Without the target's numbers, −log ŷ_i may be a surprisal: no badge (k, a class letter, is the true class: see kinds/multiclass).
    expect(recogniseFormula('-\\log \\hat{y}_i')).toBeNull();
  });

  it.each([
    ['a named distribution at named classes', 'H(P, Q) = -(1 \\cdot \\log Q(\\text{cat}) + 0 \\cdot \\log Q(\\text{dog}) + 0 \\cdot \\log Q(\\text{fox}))'],
    ['zeros and dots round the true class', 'L = -(0 + 0 + ... + 1 \\cdot \\log \\hat{v}_c + 0 + ...)'],
    ['the second class true', 'L = -(0 \\cdot \\log \\hat u_1 + 1 \\cdot \\log \\hat u_2 + 0 \\cdot \\log \\hat u_3)'],
  ])('recognises %s as the one-hot cross-entropy', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_multiclass');
  });

  it('unit-weight-on-numbered-class: the target’s 1 on a numbered class’s log is the lone log it leaves among zeros', () => {
    expect(canonicalMember('-1 \\cdot \\log \\hat{y}_2')).toBe(canonicalMember('-\\log \\hat{y}_2'));
    expect(recogniseFormula('L = -1 \\cdot \\log \\hat{y}_2')).toMatchObject({ kind: 'ce_multiclass', roles: { prediction: '\\hat{y}', classIndex: '2' } });
    // A 1 on anything else, or another weight, stays.
    expect(canonicalMember('-1 \\cdot \\log \\hat{y}_k')).not.toBe(canonicalMember('-\\log \\hat{y}_k'));
    expect(canonicalMember('-2 \\log \\hat{y}_2')).not.toBe(canonicalMember('-\\log \\hat{y}_2'));
    // Not negated, it is no loss.
    expect(recogniseFormula('1 \\cdot \\log \\hat{y}_2')).toBeNull();
  });

  it('leaves a worked example with numbers as it is: its zeros are the targets it computes with', () => {
    const check = analyseFormula('L = -(0 \\cdot \\log 0.1 + 1 \\cdot \\log 0.7 + 0 \\cdot \\log 0.2) = 0.357').example;
    expect(check?.t).toEqual([0, 1, 0]);
    expect(check?.verdict).toBe('correct');
  });

  it('leaves the binary loss with its label put in as a pair: the zero is the label, 1 − 0 the other class’s', () => {
    expect(canonicalMember('-(0)\\ln(h) - (1 - 0)\\ln(1 - h)')).not.toBe(canonicalMember('-\\ln(1 - h)'));
    expect(recogniseFormula('J(h, 0) = -(0)\\ln(h) - (1 - 0)\\ln(1 - h) = -\\ln(1 - h)')).toMatchObject({ kind: 'ce_binary', roles: { prediction: 'h' } });
  });

  it('leaves sums whose terms are not zero alone', () => {
    expect(canonicalMember('-(a \\log u_1 + b \\log u_2)')).toBe(canonicalMember('-(a \\log u_1 + b \\log u_2)'));
    expect(recogniseFormula('x = 0 + 1 \\cdot y')).toBeNull();
  });
});
