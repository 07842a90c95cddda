import { describe, expect, it } from 'vitest';
import type { Expr } from './expr';
import { recogniseFormula } from './index';
import { readFormula } from './read';
import { emptyContext, indexParts, labelOfCall, labelOfSubscript, labelOfWordArgument } from './selectors';

/** The first member of a formula's first chain, after the canonical stage. */
const member = (tex: string): Expr => readFormula(tex)?.chains[0]?.members[0] as Expr;
const contextOf = (...labels: string[]) => ({ ...emptyContext(), labels: new Set(labels) });

describe('selectors', () => {
  it('indexParts: the parts of a subscript that index, not name', () => {
    expect(indexParts('\\text{true},k')).toEqual(['k']);
    expect(indexParts('n,k')).toEqual(['n', 'k']);
    expect(indexParts('\\text{true}')).toEqual(['\\text{true}']);
    // A word in any script names: the correct class written 正解 or правильный.
    expect(indexParts('正解,k')).toEqual(['k']);
    expect(recogniseFormula('E = -\\log y_{正解}')?.roles).toMatchObject({ target: '正解', prediction: 'y' });
  });

  it('labelOfCall: the class a model output at the input picks, when the formula states it', () => {
    expect(labelOfCall(member('f_k(x)'), [], contextOf('k'))).toBe('k');
    expect(labelOfCall(member('p(j \\mid x)'), [], contextOf('j'))).toBe('j');
    expect(labelOfCall(member('P(y = k \\mid x)'), [], contextOf('k'))).toBe('k');
    // The usual label letter as the subscript is a guess, reported as one.
    const guessed = contextOf();
    expect(labelOfCall(member('h_y(x)'), [], guessed)).toBe('y');
    expect(guessed.notes.guessed).toBe(true);
  });

  it('labelOfCall: no class without a statement, for a parameter, or for a running index', () => {
    expect(labelOfCall(member('p(x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('p_\\theta(x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('p(j \\mid x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('f(x; \\theta)'), ['x'], contextOf('x'))).toBeNull();
    expect(labelOfCall(member('y_k'), [], contextOf('k'))).toBeNull();
  });

  it("a word saying the symbol is the estimate (y_pred, p_{\\text{model}}) is part of its name, not the true class", () => {
    expect(labelOfSubscript('pred', [], emptyContext())).toBeNull();
    expect(labelOfSubscript('\\text{model}', [], emptyContext())).toBeNull();
    expect(labelOfSubscript('true', [], emptyContext())).toBe('true');
    // Surprisals of the predictions, no target: no cross-entropy.
    expect(recogniseFormula('log_probs = -np.log(y_pred)')).toBeNull();
    expect(recogniseFormula('L = -y_{true} \\log y_{pred} - (1 - y_{true}) \\log(1 - y_{pred})')?.kind).toBe('ce_binary');
  });

  it('a class given by its number, with no sum around it, is the true class', () => {
    expect(labelOfSubscript('7', [], emptyContext())).toBe('7');
    expect(labelOfSubscript('{3}', [], emptyContext())).toBe('3');
    expect(labelOfCall(member('g_{\\phi}(z)_4'), [], emptyContext())).toBe('4');
    expect(labelOfCall(member('q(2 \\mid z)'), [], emptyContext())).toBe('2');
    // Under a sum the number is a term of a written-out sum, not the label; p(2) of one argument is no output.
    expect(labelOfSubscript('7', ['k'], emptyContext())).toBeNull();
    expect(labelOfCall(member('q(2)'), [], emptyContext())).toBeNull();
  });

  it('under a loss’s name, minus the log of an estimate at one free index is the one-hot loss', () => {
    expect(recogniseFormula('J = -\\ln \\widehat{q}_{m}')?.roles).toMatchObject({ target: 'm', prediction: '\\widehat{q}' });
    expect(recogniseFormula('\\ell(t, \\tilde{y}) = -\\log \\tilde{y}_a')).toMatchObject({ kind: 'ce_multiclass', roles: { target: 'a' } });
    // A probability's usual letter under a loss's name too.
    expect(recogniseFormula('J = -\\ln q_{m}')?.roles).toMatchObject({ target: 'm', prediction: 'q' });
    // Cross-entropy's abbreviations and a loss's name in words name a loss as well.
    for (const tex of ['BCE = -\\log p_j', 'KE = -\\log q_c', '\\text{perte} = -\\log p_j']) expect(recogniseFormula(tex)?.kind, tex).toBe('ce_multiclass');
    // No loss named, another letter, or the index run over by a sum: no class is read.
    expect(recogniseFormula('-\\ln \\widehat{q}_{m}')).toBeNull();
    expect(recogniseFormula('S = -\\log \\hat{p}_i')).toBeNull();
    expect(recogniseFormula('J = -\\ln z_{m}')).toBeNull();
  });

  it("labelOfCall: a model's parameter beside the label names the model, g_θ(x)[y]", () => {
    expect(recogniseFormula('\\ell((\\mathbf{x}, y), g_{\\boldsymbol{\\theta}}) = -\\log g_{\\boldsymbol{\\theta}}(\\mathbf{x})[y]')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('-\\log g_{\\theta}(x)_y')?.kind).toBe('ce_multiclass');
    // The model alone at its input names no class.
    expect(recogniseFormula('-\\log g_{\\theta}(x)')).toBeNull();
  });

  it("chainContext: an outcome's information, I(x, y), binds no label", () => {
    expect(recogniseFormula('I(x, y) = -\\log P(x, y) = -\\log P(x)P(y) = -\\log P(x) - \\log P(y) = I(x) + I(y)')).toBeNull();
    // A loss of two arguments binds its label.
    expect(recogniseFormula('\\ell(x, y) = -\\log p_y(x)')?.kind).toBe('ce_multiclass');
  });

  it('labelOfWordArgument: an estimate at a class named in words', () => {
    expect(labelOfWordArgument(member('\\hat{q}(\\text{dog})'), [])).toBe('dog');
    expect(labelOfWordArgument(member('\\tilde y(\\text{spam})'), [])).toBe('spam');
    // An input letter, or a bare p of a word (a likelihood of data), names no class.
    expect(labelOfWordArgument(member('\\hat{q}(z)'), [])).toBeNull();
    expect(labelOfWordArgument(member('p(\\text{data})'), [])).toBeNull();
  });
});

describe('builder: a braced symbol with an index below', () => {
  it('is the symbol’s component ({q}_{k}, {y′}_{k}^{(i)} under Π_i Π_k)', () => {
    expect(member('{r}_{j}')).toMatchObject({ k: 'sym', name: 'r', sub: 'j' });
    expect(member('(r)_{j}')).not.toMatchObject({ k: 'sym', name: 'r', sub: 'j' });
    expect(recogniseFormula('\\prod_{n} \\prod_{c} {{u}_{c}^{(n)}}^{v_{c}^{(n)}}')?.kind).toBe('likelihood_product');
  });

  it("reads a record's field in a pick as the label a word would name: output[sample.label]", () => {
    expect(recogniseFormula('loss += -log(output[sample.label])')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('epoch_loss += -logf(output[records[i].label] + FLT_EPSILON);')?.kind).toBe('ce_multiclass');
  });

  it('reads L(X, c) = −log X(c) as the prediction X the loss takes, at the label c it takes beside it', () => {
    expect(recogniseFormula('L(X,c) = - log(X(c))')?.roles).toEqual({ target: 'c', prediction: 'X', classIndex: 'c' });
    // One argument binds no label: an outcome's information.
    expect(recogniseFormula('I(x) = -\\log p(x)')).toBeNull();
  });
});
