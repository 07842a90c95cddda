import { describe, expect, it } from 'vitest';
import { recogniseFormula } from './index';
import { readFormula } from './read';
import { exprTex } from './expr';

describe('words that begin like an operator', () => {
  it('keeps logits, logistic and exponent whole, and still splits logp and expz', () => {
    const first = (tex: string) => exprTex(readFormula(tex)?.chains[0]?.members[0] ?? { k: 'other', text: '' });
    expect(first('logits_j')).not.toContain('\\log');
    expect(first('logistic(u)')).not.toContain('\\log');
    expect(first('-t logp')).toContain('\\log(p)');
  });

  it('leaves a weighted sum of logits unbadged', () => {
    expect(recogniseFormula('s_j = s_j * \\sum_{k}(weight[c_k] * logits_k)')?.kind ?? null).toBeNull();
  });
});
