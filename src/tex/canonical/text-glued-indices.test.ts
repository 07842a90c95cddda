import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { gluedSumIndices } from './text-glued-indices';

describe('text rules: plain-text sums with the index glued to the sign', () => {
  it('glued-sum-indices: the letter after the sign indexes the symbols glued to it', () => {
    expect(gluedSumIndices('\\sum k(ak * bk)')).toBe('\\sum_{k}(a_{k} * b_{k})');
    expect(gluedSumIndices('\\sum m \\exp(sm)')).toBe('\\sum_{m} \\exp(s_{m})');
    // A prime stays on the symbol; a word such as ln is not a symbol with the index n.
    expect(gluedSumIndices("\\sum n(rn' \\ln qn)")).toBe("\\sum_{n}(r'_{n} \\ln q_{n})");
    // Without a glued sum nothing changes, and a written subscript stays.
    expect(gluedSumIndices('a k + bk')).toBe('a k + bk');
    expect(gluedSumIndices('\\sum_k a_k')).toBe('\\sum_k a_k');
    // A sum of a bare letter (−Σ p log q) has no symbol glued to that letter: the letter is the summand.
    expect(gluedSumIndices('-\\sum p \\log q')).toBe('-\\sum p \\log q');
    expect(gluedSumIndices('-\\sum p(x) \\log p(x)')).toBe('-\\sum p(x) \\log p(x)');
  });

  it.each([
    ['softmax cross-entropy with soft targets, per class', '1/m ∑c(- rc * sc + rc * ln ∑k exp(sk))', 'ce_from_logits'],
    ['softmax cross-entropy, its two sums apart', 'L = 1/m [ ∑c(- rc * sc) + ∑c(rc * ln ∑k exp(sk)) ]', 'ce_from_logits'],
    ['a multiclass loss', 'L = - ∑c rc * ln(qc)', 'ce_multiclass'],
    ['a binary batch', "L = − 1/m ∑n( rn' ln(qn) + (1−rn') ln(1−qn) )", 'ce_binary_batch'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('keeps an entropy typed the same way unbadged', () => {
    expect(recogniseFormula('H = - ∑c qc * ln(qc)')?.kind ?? null).not.toMatch(/^ce_/);
  });
});
