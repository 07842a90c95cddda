import { describe, expect, it } from 'vitest';
import { kindOf } from './kinds/test-support';
import { recogniseFormula } from './index';

describe('cross-entropy written with numbers only', () => {
  it.each([
    '-[0\\cdot\\ln 0.2 + 1\\cdot\\ln 0.5 + 0\\cdot\\ln 0.3]',
    '−(0⋅\\log0.3+1⋅\\log0.6)',
    'H(p,q) = -[0.7\\ln 0.4 + 0.3\\ln 0.6] = 0.795',
    'H = −1⋅log(0.9) = 0.105',
    '-\\left(\\frac{1}{6} \\log \\frac{1}{2}+\\frac{1}{6} \\log \\frac{1}{10}+\\cdots+\\frac{1}{6} \\log \\frac{1}{10}\\right)=2.07',
    '-(0\\cdot\\log 0.2+\\log 0.7+0\\cdot\\log 0.1)',
    // The classes the target gives no weight written as their value, 0.
    'L = -(1 \\cdot \\log(0.3) + 0 + 0) = -\\log(0.3)',
    // A class of probability 0 that the target gives no weight: 0·log 0 is 0.
    '-0 * log(0.7) - 0 * log(0) - 1 * log(0.2) - 0 * log(0.1) - \\cdots',
    // Probabilities printed in scientific notation.
    '-[0 * log(2.5e-03) + 1 * log(9.1e-01) + 0 * log(8.7e-02)]',
  ])('weights over the logs of other numbers: %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
  });

  it.each([
    ['entropy: weights equal to the log arguments', '-[0.6\\ln 0.6 + 0.4\\ln 0.4]'],
    ['entropy of a die', '-\\left(\\frac{1}{6} \\log \\frac{1}{6}+\\ldots+\\frac{1}{6} \\log \\frac{1}{6}\\right)=1.7918'],
    ['entropy in bits, chained', 'H = -0.9 \\log_2 0.9 - 0.1 \\log_2 0.1 = 0.469'],
    ['one log, no weight written', '-\\log_2 0.5 = 1'],
    ['a log of a number above one', '\\ln 17 \\approx 2.83'],
    ['KL with numbers', 'D = 0.5 \\log_2 \\frac{0.5}{0.25} + 0.5 \\log_2 \\frac{0.5}{0.75}'],
    ['weights that are not probabilities', '-(2 \\log 0.5 + 3 \\log 0.25)'],
    ['binary entropy with the complement written out', '-[0.6\\ln 0.6 + (1-0.6)\\ln(1-0.6)]'],
    ['binary entropy, the weight computed', '-(0.3\\log 0.3 + 0.7\\log(1-0.3))'],
    ['entropy with classes that share a probability counted', 'H=-(0.5 \\times \\log_2 0.5 + 0.1 \\times \\log_2 0.1 \\times 5) = -0.5\\log_20.5-0.5\\log_2 0.1'],
    ['a scale that differs between terms', '-(\\frac{1}{2} \\cdot 1 \\log 0.8 + \\frac{1}{3} \\cdot 1\\log(1 - 0.4))'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
});

describe('binary cross-entropy written with numbers only', () => {
  it.each([
    '-(1\\cdot\\log 0.8 + 0 \\cdot \\log(1-0.8))',
    'L = -[1 \\ln 0.9 + (1 - 1)\\ln(1 - 0.9)] = 0.105',
    '-(0 \\log_2 0.3 + 1 \\log_2 (1 - 0.3))',
  ])('one sample, the other class as 1 − p: %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_binary');
  });

  it('a loss\'s name makes a one-hot target with a sure, right prediction the loss of a perfect prediction', () => {
    expect(kindOf('L_{BCE}=-0\\log1-(1-0)\\log(1-0)=\\log(1)=0')).toBe('ce_binary');
    expect(kindOf('L = -1·ln(1) - 0 - 0 = 0')).toBe('ce_multiclass');
    // Under an entropy's name, or none, it is the entropy of a certain outcome; a loss's name on a spread target is still an entropy.
    expect(recogniseFormula('H = -(1\\cdot\\log 1 + 0\\cdot\\log 0) = 0')?.kind ?? null).toBeNull();
    expect(recogniseFormula('-(1\\cdot\\log 1 + 0\\cdot\\log 0)')?.kind ?? null).toBeNull();
    expect(recogniseFormula('L = -(0.5\\log 0.5 + 0.5\\log 0.5)')?.kind ?? null).toBeNull();
  });

  it('a log of a ratio is a relative entropy\'s term, not a probability', () => {
    // Mutual information with the numbers put in: each weight over the product of the marginals.
    expect(recogniseFormula('\\mathfrak{m}(X,Y) = 0.064 \\log\\tfrac{0.064}{0.064\\times 0.064} +0.288 \\log \\tfrac{ 0.288}{0.288\\times 0.724} = 0.5032')?.kind ?? null).toBeNull();
    expect(recogniseFormula('0.5 \\log\\frac{0.5}{0.75} + 0.5\\log\\frac{0.5}{0.25}')?.kind ?? null).toBeNull();
    // A probability written as a fraction, and log(1/x) read back, stay.
    expect(kindOf('-[1\\log\\frac{2}{3} + 0\\log\\frac{1}{3}]')).toBe('ce_multiclass');
    expect(kindOf('L = -(1 \\cdot \\log(1/3))')).toBe('ce_multiclass');
  });

  it('one term with a part of the weight is a piece of a sum, not a loss; one weighing 1 is the one-hot loss', () => {
    expect(recogniseFormula('\\tfrac12\\log_2 3')?.kind ?? null).toBeNull();
    expect(recogniseFormula('-0.5\\log 0.3')?.kind ?? null).toBeNull();
    // A relative entropy worked out down to one term.
    expect(recogniseFormula('D(p\\,\\|\\,q) = \\tfrac14\\log_2\\frac{1/4}{3/4} + \\tfrac34\\log_2\\frac{3/4}{1/4} = -\\tfrac14\\log_2 3 + \\tfrac34\\log_2 3 = \\tfrac12\\log_2 3')?.kind ?? 'none').not.toMatch(/^ce_/);
    expect(kindOf('-1\\cdot\\log 0.3')).toBe('ce_multiclass');
  });

  it('one sample, a label of 1 or 0 over two probabilities that add up to one', () => {
    expect(kindOf('-[1 \\cdot \\log(0.9) + 0 \\cdot \\log(0.1)] = -\\log(0.9) \\approx 0.105')).toBe('ce_binary');
    // Three classes, soft weights, or two probabilities that leave some over: several classes.
    expect(kindOf('-(1\\log 0.7 + 0 \\log 0.2 + 0 \\log 0.1)')).toBe('ce_multiclass');
    expect(kindOf('-(1\\log 0.7 + 0 \\log 0.2)')).toBe('ce_multiclass');
    expect(kindOf('H(p,q) = -[0.7\\ln 0.4 + 0.3\\ln 0.6]')).toBe('ce_multiclass');
    // The true class given probability 0: the loss is infinite, and the shape still says which loss.
    expect(kindOf('=-1\\cdot \\log(0) -0\\cdot \\log(1) = \\infty')).toBe('ce_binary');
    // Inside a chain, numbers put into a formula keep the formula's kind.
    expect(kindOf('E = -\\sum_k t_k\\log y_k = -(1\\cdot\\log 0.6 + 0\\cdot\\log 0.4)')).toBe('ce_multiclass');
  });

  it.each([
    // Each sample shows the term its label keeps; the ¼ is the mean over the four.
    '-\\frac{1}{4}[1\\log0.8 + (1-0)\\log(1-0.3) + 1\\log0.6 + (1-0)\\log(1-0.2)]',
    '-\\frac{1}{2}(1\\cdot\\log 0.9 + 0\\cdot\\log(1-0.2))',
    '-(1 \\ln 0.9 + 0 \\ln (1 - 0.9) + 0 \\ln 0.3 + 1 \\ln(1 - 0.3))',
    // The first sample written out, the others left to the dots, under the mean's scale.
    'J = -\\frac{1}{5}[1 \\cdot \\log(0.6304) + 0 \\cdot \\log(1-0.6304) + \\ldots]',
  ])('several samples: %s', (tex) => {
    expect(kindOf(tex)).toBe('ce_binary_batch');
  });
});

describe('a lone −log of a probability under a cross-entropy name', () => {
  it.each([
    ['H(p, q) with a subscripted model', 'H(r, g_A) = -\\log(0.25) \\approx 1.386 \\text{ nats}'],
    ['H(t, y) and ln', 'H(t, y) = -\\ln 0.6 = 0.511'],
    ['a fraction as the probability (however log 1/3 is read)', 'L = -\\log\\frac{1}{3} = 1.0986'],
    ['a sure and right prediction under a loss\'s name', '\\text{Loss} = - \\log(1) = \\boxed{0}'],
  ])('reads %s as the one-hot cross-entropy', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass');
  });

  it.each([
    ['no name', '-\\ln 0.6 = 0.511'],
    ['an entropy of one distribution', 'H(r) = -\\log(0.25) = 1.386'],
    ['a joint entropy of random variables', 'H(U, V) = -\\log 0.25'],
    ['another function of two arguments', 'g(a, b) = -\\log(0.25)'],
    ['−log 1 = 0 without a name, an identity about logs', '-\\log 1 = 0'],
    ['−log 1 under a divergence\'s name', 'D_{KL} = -\\log(1) = 0'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
});

describe('samples\' one-hot losses added up under a loss\'s name', () => {
  it.each([
    ['two samples', 'L = -\\log 0.7 - \\log 0.5 = 1.05'],
    ['three, bracketed, ln', 'L = -(\\ln 0.7 + \\ln 0.5 + \\ln 0.9)'],
    ['their mean, one over their number in front', 'L = -\\tfrac{1}{2}\\big(\\log 0.777 + \\log 0.090\\big)'],
  ])('reads %s as a batch', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_multiclass_batch');
  });

  it.each([
    ['no name', '-\\log 0.7 - \\log 0.5 = 1.05'],
    ['an entropy\'s name', 'H = -\\log 0.5 - \\log 0.5'],
    ['a weighted term among them', 'L = -\\log 0.7 - 2\\log 0.5'],
    ['a scale that is not one over their number', 'L = -\\tfrac{1}{3}(\\log 0.7 + \\log 0.5)'],
  ])('leaves %s as it was', (_name, tex) => {
    expect(kindOf(tex)).not.toBe('ce_multiclass_batch');
  });
});

describe('the softmax of numbers written out at the true class', () => {
  it.each([
    ['a fraction of exponentials', 'L = -\\log\\frac{e^{2}}{e^{2}+e^{1}+e^{0.1}} = 0.417'],
    ['bracketed, a negative logit', 'L = -\\log\\left(\\frac{e^{3.2}}{e^{3.2} + e^{5.1} + e^{-1.7}}\\right)'],
    ['exp written out', '-\\log\\frac{\\exp(2)}{\\exp(2)+\\exp(1)}'],
  ])('reads %s as the cross-entropy on logits', (_name, tex) => {
    expect(kindOf(tex)).toBe('ce_from_logits');
  });

  it.each([
    ['un-negated', '\\log\\frac{e^{2}}{e^{2}+e^{1}}'],
    ['a numerator that is none of the logits', '-\\log\\frac{e^{5}}{e^{2}+e^{1}}'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(kindOf(tex)).toBeNull();
  });
});

describe('a target distribution written as numbers over the prediction symbols', () => {
  it.each([
    ['two classes, q and 1 − q', '-(0.7\\log q + 0.3\\log(1-q))', 'ce_binary'],
    ['base 2, code', 'ce = -(0.7*math.log2(q_mle) + 0.3*math.log2(1-q_mle))', 'ce_binary'],
    ['three classes', 'H(p,q) = -(0.5\\ln q_1 + 0.3\\ln q_2 + 0.2\\ln q_3)', 'ce_multiclass'],
    ['two symbols that are no complements', 'H(p,q) = -(0.7\\log a + 0.3\\log b)', 'ce_multiclass'],
  ])('%s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it.each([
    ['weights that are no distribution', '-(2\\log q + 3\\log(1-q))'],
    ['a Gaussian normaliser split in two', '-(0.5\\log(2\\pi) + 0.5\\log \\sigma^2)'],
    ['the same symbol twice', '-(0.5\\log q + 0.5\\log q)'],
    ['a lone term', '-0.7\\log q'],
  ])('leaves alone %s', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind ?? null).toBeNull();
  });
});

