import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';
import { readFormula } from './read';
import { exprTex } from './expr';

describe('words that begin like an operator', () => {
  it('keeps logits, logistic and exponent whole, and still splits logp and expz', () => {
    const first = (tex: string) => exprTex(readFormula(tex)?.chains[0]?.members[0] ?? { k: 'other', text: '' });
    expect(first('logits_j')).not.toContain('\\log');
    expect(first('logistic(u)')).not.toContain('\\log');
    // A word that begins with logit is a name too (Flux's logitcrossentropy).
    expect(first('logitcrossentropy(u, s)')).not.toContain('\\log');
    expect(recogniseFormula('logitcrossentropy(u, s) = -sum(s .* logsoftmax(u)) / size(s, 2)')?.diagnostics ?? []).toEqual([]);
    expect(first('-t logp')).toContain('\\log(p)');
  });

  it('leaves a weighted sum of logits unbadged', () => {
    expect(recogniseFormula('s_j = s_j * \\sum_{k}(weight[c_k] * logits_k)')?.kind ?? null).toBeNull();
  });

  it('reads a softmax or sigmoid given no argument as the name of its output', () => {
    expect(recogniseFormula('L = −Σ s·log(softmax+ε)')).toMatchObject({ kind: 'ce_multiclass', roles: { prediction: 'softmax' } });
    expect(recogniseFormula('ce = - tf.reduce_sum(tf.multiply(onehot, tf.log(softmax)))')?.kind).toBe('ce_multiclass');
    // An index alone under it (code's array named softmax, each row's label picked) keeps it a name.
    expect(recogniseFormula('loss = -np.log(softmax[range(N), s]).mean()')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { prediction: 'softmax' } });
    expect(recogniseFormula('L = -[s \\log sigmoid + (1-s)\\log(1-sigmoid)]')?.kind).toBe('ce_binary');
    // Applied to logits, it stays the function.
    expect(recogniseFormula('L = -\\sum_k s_k \\log \\mathrm{softmax}(z)_k')?.kind).toBe('ce_from_logits');
  });
});
