import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { namedTerms } from './text-named-terms';

describe('text rules: named terms', () => {
  it('named-terms: a total built from terms named on earlier lines takes their expressions', () => {
    expect(namedTerms('a = u * log(v);\nb = (1 - u) * log(1 - v);\nreturn -mean(a + b)')).toBe('return -mean((u * log(v)) + ((1 - u) * log(1 - v)))');
    // A term built from an earlier one carries it in.
    expect(namedTerms('r = log(v);\na = u * r;\ne = -sum(a)')).toBe('r = log(v);\ne = -sum((u * (log(v))))');
  });

  it('named-terms: a last line with a log of its own, a total of no logs, or TeX stays', () => {
    const kept = [
      'v = sigmoid(z);\nloss = -(u * log(v) + (1 - u) * log(1 - v))',
      'a = u * v;\nb = a + 1;\nreturn b',
      'a = \\log v;\nb = -a',
      // an indexed or called use is no named term
      'a = log(v);\nreturn -a[k]',
    ];
    for (const tex of kept) expect(namedTerms(tex)).toBe(tex);
  });

  it('recognises weighted binary cross-entropy on logits assembled from two named softplus terms', () => {
    const tex = 'pos = w * u * softplus(-z)\n    neg = (1.0 - u) * softplus(z)\n    return mean(pos + neg)';
    expect(recogniseFormula(tex)?.kind).toBe('ce_from_logits');
    expect(recogniseFormula(tex)?.roles).toMatchObject({ target: 'u', prediction: 'z' });
  });

  it('named-terms: a term set and then added to is the sum of both', () => {
    expect(namedTerms('loss = t * log(q);\nloss += (1 - t) * log(1 - q);\nreturn -loss')).toBe('return -(t * log(q) + ((1 - t) * log(1 - q)))');
    expect(recogniseFormula('loss = y_true * tf.math.log(y_pred + eps)\n    loss += (1.0 - y_true) * tf.math.log(1.0 - y_pred + eps)\n    return -loss')?.kind).toBe('ce_binary');
  });
});
