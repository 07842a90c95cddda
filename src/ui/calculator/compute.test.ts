import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { binaryOnLogits, calculatorKindOf, computeFor, plusMinusOneLabels } from './compute';

describe('computeFor: the information family and the decomposition bar', () => {
  it('splits every cross-entropy form into H(t) + KL(t‖y), reduced as the loss is', () => {
    const single = computeFor('ce_multiclass', 'e', [[0.7, 0.2, 0.1]], [[0.33, 0.32, 0.35]]);
    const [h, kl] = single.stack!.shares.map((s) => s.value);
    expect(h! + kl!).toBeCloseTo(single.value!, 14);
    // Binary: each sample is the pair (t, 1 − t) against (y, 1 − y); a hard label has no entropy.
    const binary = computeFor('ce_binary_batch', '2', [[1, 0.5]], [[0.8, 0.5]]);
    expect(binary.stack!.shares[0]!.value).toBeCloseTo(0.5, 15);
    expect(binary.stack!.shares[0]!.value + binary.stack!.shares[1]!.value).toBeCloseTo(binary.value!, 14);
    const batch = computeFor('ce_multiclass_batch', 'e', [[1, 0], [0.5, 0.5]], [[0.9, 0.1], [0.5, 0.5]], 'sum');
    expect(batch.stack!.shares[0]!.value).toBeCloseTo(Math.LN2, 15);
    expect(batch.stack!.shares[0]!.value + batch.stack!.shares[1]!.value).toBeCloseTo(batch.value!, 14);
    const logits = computeFor('ce_from_logits', 'e', [[1, 0, 0]], [[2, 1, 0.1]]);
    expect(logits.stack!.shares[1]!.value).toBeCloseTo(logits.value!, 14);
  });

  it('entropy: counts as given, or normalised with the sum it was divided by', () => {
    const raw = computeFor('entropy', '2', [[2, 2, 4]], [[]]);
    expect(raw.value).toBe(-12);
    expect(raw.normalizedBy).toBeNull();
    const counts = computeFor('entropy', '2', [[2, 2, 4]], [[]], 'mean', true);
    expect(counts).toMatchObject({ value: 1.5, headline: 'H', terms: [0.5, 0.5, 0.5], normalizedBy: { t: 8, y: null }, used: { t: [0.25, 0.25, 0.5] } });
    expect(counts.stack!.bound).toBeCloseTo(Math.log2(3), 15);
  });

  it('KL and JS: terms, the mixture, and only the rescaled inputs named', () => {
    const kl = computeFor('kl_divergence', 'e', [[0.5, 0.5]], [[1, 3]], 'mean', true);
    expect(kl.normalizedBy).toEqual({ t: null, y: 4 });
    expect(kl.stack!.total).toBeCloseTo(kl.entropy! + kl.value!, 14);
    const js = computeFor('js_divergence', '2', [[1, 0]], [[0, 1]]);
    expect(js).toMatchObject({ value: 1, headline: 'JS', mixture: [0.5, 0.5] });
    expect(js.stack).toMatchObject({ shape: 'js', total: 1, bound: 1 });
    expect(computeFor('kl_divergence', 'e', [[0.5, 0.5]], [[0.5]]).error?.code).toBe('shape_mismatch');
  });
});

describe('binary cross-entropy on a logit', () => {
  const reference = (JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/reference/vectors.json'), 'utf8')) as { id: string; inputs: { t: number[]; z: number[] }; params: { reduction: 'mean' | 'sum' }; expected: number }[])
    .filter((c) => c.id === 'bce_batch-006-logits-mean' || c.id === 'bce_batch-007-logits-pm1000-sum');

  it('opens the binary calculator, one sample or a batch, and leaves the softmax alone', () => {
    expect(calculatorKindOf('ce_from_logits', { activation: 'sigmoid' })).toBe('ce_binary');
    expect(calculatorKindOf('ce_from_logits', { activation: 'sigmoid', sampleIndex: 'i' })).toBe('ce_binary_batch');
    expect(calculatorKindOf('ce_from_logits', { target: 'y', prediction: 'z' })).toBe('ce_from_logits');
    expect(calculatorKindOf('ce_binary', {})).toBe('ce_binary');
    expect(binaryOnLogits('ce_binary_batch', { activation: 'sigmoid' })).toBe(true);
    expect(binaryOnLogits('ce_binary', {})).toBe(false);
  });

  it('computes softplus(x) − t·x stably, as the reference cases say', () => {
    expect(reference).toHaveLength(2);
    for (const c of reference) {
      const r = computeFor('ce_binary_batch', 'e', [c.inputs.t], [c.inputs.z], c.params.reduction, false, true);
      expect(r.value).toBeCloseTo(c.expected, 12);
      expect(r.stack).toBeNull();
    }
    // A large logit of the right sign: e^{−40}, not 0 and not NaN.
    expect(computeFor('ce_binary', 'e', [[1]], [[40]], 'mean', false, true).value).toBeCloseTo(Math.exp(-40), 30);
    expect(computeFor('ce_binary', '2', [[0.25]], [[0]], 'mean', false, true).value).toBeCloseTo(1, 14);
  });
});

describe('the logistic loss on a margin (labels −1 and +1)', () => {
  const margin = { activation: 'sigmoid' as const, labels: 'plusMinusOne' as const, sampleIndex: 'i' };

  it('takes the targets as ±1 labels only on the binary calculator on logits', () => {
    expect(plusMinusOneLabels(calculatorKindOf('ce_from_logits', margin), margin)).toBe(true);
    expect(plusMinusOneLabels('ce_binary_batch', { activation: 'sigmoid' })).toBe(false);
    expect(plusMinusOneLabels('ce_from_logits', margin)).toBe(false);
  });

  it('gives the mean of log(1 + e^{−y x}) from the core, checked by hand', () => {
    // log(1 + e^{−0.5}) = 0.474077, log(1 + e^{−1.2}) = 0.263282, log(1 + e^{2}) = 2.126928.
    const r = computeFor('ce_binary_batch', 'e', [[1, -1, -1]], [[0.5, -1.2, 2.0]], 'mean', false, true, 'plusMinusOne');
    expect(r.value).toBeCloseTo(0.954762, 6);
    expect(r.perSample?.map((v) => Number(v.toFixed(6)))).toEqual([0.474077, 0.263282, 2.126928]);
  });

  it('refuses a label outside [−1, 1] with the core\'s error', () => {
    const r = computeFor('ce_binary_batch', 'e', [[1, 2]], [[0.5, 0.5]], 'mean', false, true, 'plusMinusOne');
    expect(r.value).toBeNull();
    expect(r.error).toMatchObject({ code: 'invalid_target', index: 1 });
  });
});
