import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';

describe('tree rules: terms grouped by a bracket', () => {
  it('grouped-terms: a bracket round some terms of a sum only groups them', () => {
    expect(recogniseFormula('e = (max(u, 0) - u * v) + log(1 + exp(-abs(u)))')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('e = tf.math.add(tf.nn.relu(u) - u * v, tf.math.log1p(tf.math.exp(-tf.abs(u))))')?.kind).toBe('ce_from_logits');
  });

  it('grouped-terms: a bracket with a sign or a factor stays, and so does the loss inside it', () => {
    expect(recogniseFormula('e = -(v \\log q + (1 - v) \\log(1 - q)) + \\lambda \\lVert w \\rVert^2')?.kind).toBe('ce_binary');
    expect(recogniseFormula('e = 2 (v \\log q + (1 - v) \\log(1 - q)) + c')?.kind ?? null).not.toBe('ce_binary');
  });
});
