import { describe, expect, it } from 'vitest';
import { numpySnippet, resultText, torchSnippet } from './snippet';

const seed = { kind: 'ce_multiclass' as const, base: 'e' as const, t: [[1, 0, 0]], y: [[0.33, 0.32, 0.35]], reduction: 'mean' as const, value: 1.1086626245216111 };

describe('snippets', () => {
  it('reproduces the seed in PyTorch with xlogy', () => {
    const code = torchSnippet(seed);
    expect(code).toContain('t = torch.tensor([1, 0, 0], dtype=torch.float64)');
    expect(code).toContain('y = torch.tensor([0.33, 0.32, 0.35], dtype=torch.float64)');
    expect(code).toContain('E = -torch.special.xlogy(t, y).sum()');
    expect(code).toContain('# 1.1086626245216111');
  });
  it('uses the base in NumPy', () => {
    expect(numpySnippet({ ...seed, base: '2' })).toContain('np.log2(y, out=np.zeros_like(y), where=t > 0)');
    expect(torchSnippet({ ...seed, base: '10' })).toContain('/ math.log(10)');
  });
  it('writes batches as matrices and logits through cross_entropy', () => {
    const batch = { ...seed, kind: 'ce_multiclass_batch' as const, t: [[1, 0], [0, 1]], y: [[0.5, 0.5], [0.2, 0.8]], reduction: 'sum' as const };
    expect(numpySnippet(batch)).toContain('Y = np.array([[0.5, 0.5], [0.2, 0.8]]');
    expect(numpySnippet(batch)).toContain('E = per_sample.sum()');
    expect(torchSnippet({ ...seed, kind: 'ce_from_logits', y: [[2, 1, 0.1]] })).toContain('F.cross_entropy(z, t)');
    expect(numpySnippet({ ...seed, kind: 'ce_binary_batch', t: [[1, 0]], y: [[0.9, 0.2]] })).toContain('(1 - t)');
  });
  it('writes infinities so Python reads them', () => {
    expect(numpySnippet({ ...seed, y: [[Infinity, 0, 0]] })).toContain("float('inf')");
  });
  it('states the result on one line', () => {
    expect(resultText(seed, 'E', '1.108663', 'nats')).toBe('E = 1.108663 nats (t = [1, 0, 0], y = [0.33, 0.32, 0.35], base e)');
  });
});

describe('snippets: binary cross-entropy on a logit', () => {
  const input = { kind: 'ce_binary_batch' as const, base: 'e' as const, t: [[1, 0]], y: [[2, -1]], reduction: 'sum' as const, value: 0.4401, fromLogits: true };
  it('asks PyTorch for the loss with logits and NumPy for a stable softplus', () => {
    expect(torchSnippet(input)).toContain("F.binary_cross_entropy_with_logits(x, t, reduction='sum')");
    expect(torchSnippet(input)).toContain('x = torch.tensor([2, -1]');
    expect(numpySnippet(input)).toContain('np.logaddexp(0, x) - t * x');
    expect(numpySnippet({ ...input, base: '2' })).toContain('/ np.log(2)');
  });
});

describe('snippets: the logistic loss on a margin', () => {
  const input = { kind: 'ce_binary_batch' as const, base: 'e' as const, t: [[1, -1, -1]], y: [[0.5, -1.2, 2]], reduction: 'mean' as const, value: 0.9547624875203703, fromLogits: true, plusMinusOne: true };
  it('asks PyTorch for soft_margin_loss and NumPy for logaddexp(0, −y x)', () => {
    expect(torchSnippet(input)).toContain('E = F.soft_margin_loss(x, y)');
    expect(torchSnippet(input)).toContain('y = torch.tensor([1, -1, -1]');
    expect(torchSnippet({ ...input, reduction: 'sum' })).toContain("F.soft_margin_loss(x, y, reduction='sum')");
    expect(numpySnippet(input)).toContain('per_sample = np.logaddexp(0, -y * x)');
    expect(numpySnippet(input)).toContain('E = per_sample.mean()');
    expect(numpySnippet({ ...input, base: '2' })).toContain('/ np.log(2)');
    expect(numpySnippet(input)).not.toContain('calculator reads it');
  });
  it('says how a label between −1 and 1 is read', () => {
    expect(torchSnippet({ ...input, t: [[1, 0, -1]] })).toContain('t = (1 + y) / 2');
  });
});
