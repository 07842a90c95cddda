import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: marks inside superscripts', () => {
  it("prime-in-superscript: y'^{(n)} keeps its prime", () => {
    expect(canonicalMember("y'^{(n)}")).toBe("y'^n");
    expect(canonicalMember("y'^{(n)}")).not.toBe(canonicalMember('y^{(n)}'));
    expect(canonicalMember("f'")).toBe(canonicalMember("f'"));
  });

  it("a prime typed in braces, z^{'}, is z' (the reader's superscripts)", () => {
    expect(canonicalMember("z^{'}")).toBe(canonicalMember("z'"));
    expect(canonicalMember("y_{ic}^{'}")).toBe(canonicalMember("y'_{ic}"));
    expect(canonicalMember("y^{''}")).not.toBe(canonicalMember("y'"));
    expect(recogniseFormula("l(z^{'},z) = -[z\\ln z^{'}+(1-z)\\ln(1-z^{'})]")).toMatchObject({ kind: 'ce_binary', roles: { target: 'z', prediction: "z'" } });
    expect(recogniseFormula("-\\sum_{c} y_{c}\\ln y_{c}^{'}")?.kind).toBe('ce_multiclass');
    // Without the prime it is the entropy of one distribution.
    expect(recogniseFormula('-\\sum_{c} y_{c}\\ln y_{c}')?.kind).toBe('entropy');
    // A primed index is one index, c' under the sum and in the subscript (u_{c'}^\\top v).
    expect(recogniseFormula("- \\sum_{i} ( u_c^\\top v_w - \\log \\sum_{c'} \\exp(u_{c'}^\\top v_w) )")).toMatchObject({ kind: 'ce_from_logits', roles: { classIndex: "c'" } });
  });

  it('naming-superscript: a name up there is part of the symbol, not a power', () => {
    expect(canonicalMember('q_j^{\\mathcal{A}}(u)')).toBe('q^{\\mathcal{A}}_j');
    expect(canonicalMember('q^{\\mathcal{A}}')).not.toBe(canonicalMember('q^{\\mathcal{B}}'));
    // Exponents that are quantities stay powers.
    expect(canonicalMember('q^{s_j}')).toBe('q^{s_j}');
    expect(recogniseFormula('E = -\\sum_j q_j^{\\mathcal{A}}(u) \\ln q_j^{\\mathcal{B}}(u)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H = -\\sum_j q_j^{\\mathcal{A}}(u) \\ln q_j^{\\mathcal{A}}(u)')?.kind).toBe('entropy');
  });

  it('a double subscript (y_t_{ij}, which KaTeX refuses) names the symbol by its first and indexes it by its last', () => {
    expect(canonicalMember('y_t_{ij}')).toBe('{y_{t}}_{ij}');
    expect(canonicalMember('y_t_{ij}')).not.toBe(canonicalMember('y_{ij}'));
    expect(recogniseFormula('L = -\\frac{1}{m} \\sum_{i=1}^m \\sum_{j=1}^n y_{ij} \\log(y_t_{ij})')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('L = -\\sum_{i} y_{i} \\log y_t_{i}')?.roles.prediction).toBe('{y_{t}}_i');
    // One subscript, or limits stacked on a sum, are read as before.
    expect(recogniseFormula('L = -\\sum_{i} y_{i} \\log y_{i}')?.kind).toBe('entropy');
    expect(canonicalMember('\\overset{N}{\\underset{n=1}{\\sum}} x_n')).toBe(canonicalMember('\\sum_{n=1}^{N} x_n'));
  });

  it('sample-superscript: inside Σ_n, z^{(n)}_j is z_{n,j}', () => {
    expect(canonicalMember('\\sum_n z^{(n)}_j')).toBe(canonicalMember('\\sum_n z_{n,j}'));
    // A sum that writes no index runs over the letter its symbols are raised to.
    expect(canonicalMember('\\sum z^{(n)}_j')).toBe(canonicalMember('\\sum_n z_{n,j}'));
    // Not bound by the sum, or not indexed below: left as written.
    expect(canonicalMember('\\sum_k z^{(n)}_j')).toBe('\\sumz_j^n');
    expect(canonicalMember('\\sum_n y^{(n)}')).toBe('\\sumy^n');
    expect(canonicalMember('\\sum_n x_k^2')).toBe('\\sumx_k^2');
    // A product over the samples reads its superscripts the same way.
    expect(canonicalMember('\\prod_n \\prod_k {y^{(n)}_k}^{t^{(n)}_k}')).toBe(canonicalMember('\\prod_n \\prod_k y_{n,k}^{t_{n,k}}'));
  });

  it('sample-superscript-after-sum: terms read on after an unbracketed Σ_i take its index too', () => {
    const tex = 'L = \\sum_{i=1}^{N} -y^{(i)}_{\\text{true}} \\log y^{(i)}_{\\text{pred}} - (1 - y^{(i)}_{\\text{true}}) \\log(1 - y^{(i)}_{\\text{pred}})';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    expect(canonicalMember('\\sum_i a_i + b^{(i)}_t')).toBe(canonicalMember('\\sum_i a_i + b_{i,t}'));
  });

  it("sample-superscript: one sample's likelihood over the classes, its index written above", () => {
    expect(canonicalMember('\\prod_{k=1}^{K} ( \\hat{y}_k^{(i)} )^{y_k^{(i)}}')).toBe(canonicalMember('\\prod_{k=1}^{K} \\hat{y}_{i,k}^{y_{i,k}}'));
    expect(recogniseFormula('P(y^{(i)} \\mid x^{(i)}) = \\prod_{k=1}^{K} \\left( \\hat{y}_k^{(i)} \\right)^{y_k^{(i)}}')?.kind).toBe('likelihood_product');
    // Inside Σ_i the log of the power is read again once its superscripts are indices.
    expect(recogniseFormula('\\log L(W,b) = \\sum_{i=1}^{m} \\sum_{k=1}^{K} \\log \\left[ \\left( \\hat{y}_k^{(i)} \\right)^{y_k^{(i)}} \\right]')?.kind).toBe('log_likelihood');
    // One symbol raised to a letter is a power.
    expect(canonicalMember('\\sum_k p_k^n')).toBe('\\sump_k^n');
  });

  it('reads softmax cross-entropy with the sample index written above', () => {
    const tex = 'L = \\frac{1}{N} \\sum_{n=1}^{N} \\left(-z^{(n)}_{y^{(n)}} + \\log \\sum_{j} \\exp(z^{(n)}_{j})\\right)';
    expect(recogniseFormula(tex)?.kind).toBe('ce_from_logits');
  });

  it("reads y and y' at the same sample as two symbols", () => {
    const tex = "L = -\\sum_n [y^{(n)}\\log y'^{(n)} + (1-y^{(n)})\\log(1-y'^{(n)})]";
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula("H = -\\sum_n y'^{(n)}\\log y'^{(n)}")?.kind).toBe('entropy');
  });
});
