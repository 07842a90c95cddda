import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { canonicalMember } from './test-support';

describe('tree rules: vector notation as sums', () => {
  it('trace-of-product: the trace of a product of sample-by-class matrices adds up over the samples', () => {
    expect(recogniseFormula('L = -\\frac{1}{N}\\mathrm{tr}(T^\\top \\log P)')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { target: 'T', prediction: 'P', reduction: 'mean' } });
    expect(recogniseFormula('-\\operatorname{tr}(Y^\\top \\log \\hat Y)')?.roles.weight).toBeUndefined();
  });

  it('transposed-product: t^⊤ log y and (1 − y)^T log(1 − h) are sums over components', () => {
    expect(canonicalMember('-\\mathbf{t}^\\top \\log \\hat{\\mathbf{y}}')).toBe('-\\sumt \\log(\\hat{y})');
    expect(canonicalMember('(1-y)^T \\log(1-h)')).toBe('\\sum1-y \\log(1-h)');
    // The ones vector only sums.
    expect(canonicalMember('\\mathbf{1}^\\top (t \\odot \\log y)')).toBe('\\sumt \\log(y)');
    // Without a log after it a transpose is left alone (w^⊤x + b).
    expect(canonicalMember('w^\\top x + b')).toBe('w x+b');
  });

  it('transposed-product: a row of labels times a transposed column of logs, Y log(A)^⊤, is a sum', () => {
    expect(recogniseFormula('J = -\\frac{1}{m}\\left(Y\\log(A)^T + (1-Y)\\log(1-A)^T\\right)')?.kind).toBe('ce_binary_batch');
    // The transposed logs first, as Octave-style notes write them: log(h)^T y.
    expect(recogniseFormula('J = -\\frac{1}{m}\\left(\\log(g(X\\theta))^T u + \\log(1-g(X\\theta))^T(1-u)\\right)')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('J = -\\frac{1}{m}\\left(Y\\log(A^T) + (1-Y)\\log(1-A^T)\\right)')?.roles).toMatchObject({ target: 'Y', prediction: 'A', reduction: 'mean' });
  });

  it('angle-inner-product: ⟨t, log y⟩', () => {
    expect(canonicalMember('\\langle t, \\log y \\rangle')).toBe('\\sumt \\log(y)');
    // The ones vector only sums, and a log of an angle bracket is the log of the inner product, not of a list.
    expect(canonicalMember('\\log \\langle \\mathbf{1}, \\exp(\\mathbf{z}) \\rangle')).toBe('\\log(\\sume^{z})');
  });

  it.each([
    ['the softmax’s normaliser as an inner product with the ones vector', 'f = -\\left\\langle \\mathbf{y}, \\log \\frac{\\exp (X \\mathbf{w})}{\\langle\\mathbf{1}, \\exp (X \\mathbf{w}) \\rangle} \\right\\rangle'],
    ['the log-sum-exp as the log of an inner product', 'f = -\\langle \\mathbf{y}, \\mathbf{z} \\rangle + \\log \\langle\\mathbf{1}, \\exp (\\mathbf{z}) \\rangle'],
    ['the same on the scores of a linear model', 'f(\\mathbf{w}) = -\\langle \\mathbf{y}, X \\mathbf{w} \\rangle + \\log \\langle\\mathbf{1}, e^{X \\mathbf{w}} \\rangle'],
  ])('recognises %s as a loss on the logits', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_from_logits');
  });

  it('listed-dot-product: two vectors written out side by side are the sum of their products', () => {
    expect(canonicalMember('[u, v]\\cdot[\\log a, \\log b]')).toBe('u \\log(a)+v \\log(b)');
    expect(canonicalMember('(u, v)^\\top(\\log a, \\log b)')).toBe('u \\log(a)+v \\log(b)');
    // A one-column matrix is a vector too, and log of a vector is the log of each component.
    expect(canonicalMember('\\begin{bmatrix}u & v\\end{bmatrix}\\log\\begin{pmatrix}a\\\\ b\\end{pmatrix}')).toBe('u \\log(a)+v \\log(b)');
    // A one-hot vector's zero weighs its log away (zero-terms), and its 1 with it.
    expect(canonicalMember('[1, 0]\\cdot[\\log a, \\log b]')).toBe('\\log(a)');
    // Lengths that differ are no dot product.
    expect(canonicalMember('[1, 0, 0]\\cdot[\\log a, \\log b]')).toBe('\\vector(1,0,0) \\vector(\\log(a),\\log(b))');
  });

  it('index-sets: Σ_{i,j} and Σ_{(i,j)} are nested sums', () => {
    expect(canonicalMember('\\sum_{i,j} y_{ij} \\log p_{ij}')).toBe('\\sum\\sumy_{ij} \\log(p_{ij})');
    const recognition = recogniseFormula('L = -\\sum_{(n,k)} t_{nk} \\log y_{nk}');
    expect(recognition?.kind).toBe('ce_multiclass_batch');
    expect(recognition?.roles).toMatchObject({ sampleIndex: 'n', classIndex: 'k' });
  });

  it.each([
    ['Ng’s vectorised logistic loss', 'J = -\\frac{1}{m}\\left(y^T \\log h + (1-y)^T \\log(1-h)\\right)', 'ce_binary_batch'],
    ['a one-hot vector dotted with the log', 'L = -\\mathbf{t}^\\top \\log \\hat{\\mathbf{y}}', 'ce_multiclass'],
    ['an inner product in angle brackets', 'L = -\\langle t, \\log y\\rangle', 'ce_multiclass'],
    ['a Hadamard product summed by the ones vector', 'L = -\\mathbf{1}^\\top (\\mathbf{t} \\odot \\log \\mathbf{y})', 'ce_multiclass'],
    ['one inner product per sample', '\\mathcal{L} = -\\sum_{i=1}^{N} \\mathbf{y}_i^\\top \\log \\hat{\\mathbf{y}}_i', 'ce_multiclass_batch'],
    ['a double sum over an index set', 'L = -\\sum_{i,j} y_{ij}\\log p_{ij}', 'ce_multiclass_batch'],
    ['ones vectors on both sides of a matrix', 'L(\\theta) = -\\frac{1}{N}\\mathbf{1}^{\\intercal}\\Big[Y \\odot \\log\\big(\\hat{Y}\\big)\\Big]\\mathbf{1}', 'ce_multiclass_batch'],
    ['index sets annotated with words', 'J = -\\frac{1}{m} \\sum_{j, samples}^m{\\sum_{i, logits}^n{y_{ij} * \\log{\\hat{y_{ij}}}}}', 'ce_multiclass_batch'],
    ['the bracketed log transposed first, (log ŷ)^⊤ y', 'L = -(\\log\\hat{\\mathbf{y}})^\\top\\mathbf{y}', 'ce_multiclass'],
    ['the same per sample', 'L = -\\frac{1}{N}\\sum_{n=1}^{N}(\\ln\\mathbf{y}_n)^{\\top}\\mathbf{t}_n', 'ce_multiclass_batch'],
    ['a batch over time steps', '\\mathcal{L} = - \\frac{1}{B} \\sum_{b=1}^{B} \\sum_{t=1}^{T} y_{b,t}^\\top \\log \\hat{y}_{b,t}', 'ce_multiclass_batch'],
    ['the log-sum-exp of a logit vector summed by the ones vector', 'L = -\\mathbf{y}^\\top \\mathbf{z} + \\log \\mathbf{1}^\\top \\exp(\\mathbf{z})', 'ce_from_logits'],
    ['the same with the normaliser first and e^{z}', 'L = \\log(\\mathbf{1}^\\top e^{\\mathbf{s}}) - \\mathbf{t}^\\top \\mathbf{s}', 'ce_from_logits'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it.each([
    ['a linear layer', 'z = W^\\top x + b'],
    ['the log of a sum of exponentials alone', 'A = \\log \\mathbf{1}^\\top \\exp(\\boldsymbol{\\eta})'],
    ['a log times a list of arguments that holds a log', '\\log L = -\\log{C}(m, a + b\\log_{10} s, n)'],
    ['the log-sum-exp as an inner product alone', '\\mathrm{LSE}(z) = \\log\\langle \\mathbf{1}, e^{z}\\rangle'],
    ['an inner product of the labels and the scores alone', '\\ell = -\\langle y, z\\rangle'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)).toBeNull();
  });

  it('reads entropy as an inner product as an entropy', () => {
    expect(recogniseFormula('H = -\\mathbf{p}^\\top \\log \\mathbf{p}')?.kind).toBe('entropy');
  });
});
