import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { guardKeywords, guardMethods, namedFloors } from './text-clip-guards';

describe('text rules: clip guards', () => {
  it('guard-methods: a guard called on the value is the guard applied to it', () => {
    expect(guardMethods('log(q[k].clamp(1e-7))')).toBe('log(clamp(q[k], 1e-7))');
    expect(guardMethods('q.clip(eps, 1 - eps).log()')).toBe('clip(q, eps, 1 - eps).log()');
    expect(guardMethods('q.clamp_min(1e-7)')).toBe('max(q, 1e-7)');
    expect(guardMethods('q.clamp_max(1 - eps)')).toBe('min(q, 1 - eps)');
    expect(guardMethods('-q[k].max(1e-9).ln()')).toBe('-max(q[k], 1e-9).ln()');
  });

  it('guard-methods: a reduction along an axis, and a module, are no guard', () => {
    expect(guardMethods('q.max(1)')).toBe('q.max(1)');
    expect(guardMethods('q.max()')).toBe('q.max()');
    expect(guardMethods('q.max(dim=1)')).toBe('q.max(dim=1)');
    expect(guardMethods('np.clip(q, 0.1, 0.9)')).toBe('np.clip(q, 0.1, 0.9)');
  });

  it('guard-keywords: bounds by keyword go where the positional call takes them', () => {
    expect(guardKeywords('log(torch.clamp(q, min=eps))')).toBe('log(max(q, eps))');
    expect(guardKeywords('np.clip(q, a_min=1e-12, a_max=None)')).toBe('max(q, 1e-12)');
    expect(guardKeywords('clamp(q, min=eps, max=1-eps)')).toBe('clamp(q, eps, 1-eps)');
    expect(guardKeywords('clamp(q, max=1-eps)')).toBe('min(q, 1-eps)');
    expect(guardKeywords('clip(q, 0.1, 0.9)')).toBe('clip(q, 0.1, 0.9)');
  });

  it.each([
    ["Rust's max on the picked probability, then ln", '-probs[target].max(1e-9).ln()', 'ce_multiclass'],
    ["PyTorch's clamp by keyword", '-(u * torch.log(torch.clamp(v, min=1e-7))).sum()', 'ce_multiclass'],
    ["NumPy's clip by keyword", '-np.log(np.clip(v[k], a_min=1e-12, a_max=None))', 'ce_multiclass'],
    ['a clamp method before the log method', '-(u * v.clamp_min(1e-7).log()).sum()', 'ce_multiclass'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('keeps the guarded value as the prediction', () => {
    expect(recogniseFormula('-probs[target].max(1e-9).ln()')?.roles).toMatchObject({ prediction: 'probs', target: 'target' });
  });

  it('named-floors: a floor given by name in max is ε; two names, or other names, stay', () => {
    expect(namedFloors('std::max(q[k], MIN_LOSS_VALUE)')).toBe('max(q[k], eps)');
    expect(namedFloors('Math.max(minProb, q)')).toBe('max(eps, q)');
    expect(namedFloors('max(min_a, min_b)')).toBe('max(min_a, min_b)');
    expect(namedFloors('max(q, floor)')).toBe('max(q, floor)');
    expect(recogniseFormula('return -std::log(std::max(out.getValue(index), MIN_LOSS_VALUE));')?.kind).toBe('ce_multiclass');
  });

  it('named-floors: a constant named for ε (CE_EPSILON, after a private underscore) is a floor too', () => {
    expect(namedFloors('max(p, CE_EPSILON)')).toBe('max(p, eps)');
    expect(recogniseFormula('ce -= t * math.log(max(p, _CE_EPSILON))')?.kind).toBe('ce_multiclass');
  });

  it("named-floors: R's pmax(p, eps) and C's fmaxf are the floor under a probability; each call is read once", () => {
    expect(namedFloors('log(pmax(PHat, eps)) + log(pmax(1 - PHat, eps))')).toBe('log(max(PHat, eps)) + log(max(1 - PHat, eps))');
    expect(namedFloors('log(fmaxf(p, EPS)) + log(max(q, eps))')).toBe('log(max(p, eps)) + log(max(q, eps))');
    expect(recogniseFormula('out <- -mean(Y * log(pmax(PHat, eps)) + (1 - Y) * log(pmax(1 - PHat, eps)))')?.kind).toBe('ce_binary_batch');
  });

  it("guard-methods: Kotlin's coerceIn(lo, hi), coerceAtLeast(lo) and coerceAtMost(hi)", () => {
    expect(guardMethods('ln(p.coerceIn(1e-7, 1.0)) + ln(q.coerceAtLeast(eps))')).toBe('ln(clip(p, 1e-7, 1.0)) + ln(max(q, eps))');
    expect(recogniseFormula('-ln(probs[classIdx].coerceIn(1e-7, 1.0))')?.kind).toBe('ce_multiclass');
  });
});
