// Properties that hold for every valid input, checked on generated inputs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropyBatch } from './batch';
import { binaryCrossEntropy } from './binary';
import { entropy, klDivergence } from './information';
import { crossEntropyFromLogits } from './logits';
import { crossEntropy } from './multiclass';

const probability = fc.double({ min: 1e-6, max: 1, noNaN: true });

/** A distribution over k classes (k from 2 to 12), with some exact zeros. */
const distribution = (k: number, zeros = true) =>
  fc.array(zeros ? fc.oneof(probability, fc.constant(0)) : probability, { minLength: k, maxLength: k }).map((raw) => {
    const sum = raw.reduce((a, b) => a + b, 0);
    return sum === 0 ? raw.map((_, i) => (i === 0 ? 1 : 0)) : raw.map((v) => v / sum);
  });

const pair = fc.integer({ min: 2, max: 12 }).chain((k) => fc.tuple(distribution(k), distribution(k, false)));
const logits = fc.integer({ min: 2, max: 12 }).chain((k) =>
  fc.tuple(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: k, maxLength: k }), distribution(k)),
);

function E(r: ReturnType<typeof crossEntropy>): number {
  if (!r.ok) throw new Error(r.error.code);
  return r.value.E;
}

describe('properties', () => {
  it('E ≥ 0 and never NaN on valid input', () => {
    fc.assert(
      fc.property(pair, ([t, y]) => {
        const e = E(crossEntropy(t, y));
        return e >= -1e-15 && !Number.isNaN(e);
      }),
    );
  });

  it('E = H(t) + KL(t‖y)', () => {
    fc.assert(
      fc.property(pair, ([t, y]) => {
        const r = crossEntropy(t, y);
        if (!r.ok) return false;
        const h = entropy(t);
        const kl = klDivergence(t, y);
        if (!h.ok || !kl.ok) return false;
        const scale = Math.max(1, r.value.E);
        return Math.abs(r.value.E - (h.value + kl.value)) <= 1e-12 * scale && Math.abs(r.value.E - (r.value.entropy + r.value.kl)) <= 1e-12 * scale;
      }),
    );
  });

  it('logits are invariant to adding a constant', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: -1e6, max: 1e6, noNaN: true }), ([z, t], shift) => {
        const a = crossEntropyFromLogits(z, t);
        const b = crossEntropyFromLogits(
          z.map((v) => v + shift),
          t,
        );
        if (!a.ok || !b.ok) return false;
        // z + shift is itself rounded to the grid around |shift|: allow that rounding only.
        const grid = Math.max(1, Math.abs(shift)) * Number.EPSILON * 4;
        return Math.abs(a.value.E - b.value.E) <= 1e-12 * Math.max(1, a.value.E) + grid * 2;
      }),
    );
  });

  it('from logits equals from softmax probabilities', () => {
    fc.assert(
      fc.property(logits, ([z, t]) => {
        const a = crossEntropyFromLogits(z, t);
        if (!a.ok) return false;
        const b = crossEntropy(t, a.value.softmax);
        if (!b.ok) return a.value.E === Infinity;
        return b.value.E === Infinity || Math.abs(a.value.E - b.value.E) <= 1e-9 * Math.max(1, a.value.E);
      }),
    );
  });

  it('the batch mean of identical rows equals the single row', () => {
    fc.assert(
      fc.property(pair, fc.integer({ min: 1, max: 20 }), ([t, y], n) => {
        const single = E(crossEntropy(t, y));
        const batch = crossEntropyBatch(
          Array.from({ length: n }, () => t),
          Array.from({ length: n }, () => y),
        );
        if (!batch.ok) return false;
        return Math.abs((batch.value.value as number) - single) <= 1e-13 * Math.max(1, single);
      }),
    );
  });

  it('changing base divides by ln b', () => {
    fc.assert(
      fc.property(pair, ([t, y]) => {
        const nats = E(crossEntropy(t, y));
        const bits = E(crossEntropy(t, y, { base: '2' }));
        const hartleys = E(crossEntropy(t, y, { base: '10' }));
        const tol = 1e-13 * Math.max(1, nats);
        return Math.abs(bits * Math.LN2 - nats) <= tol && Math.abs(hartleys * Math.LN10 - nats) <= tol;
      }),
    );
  });

  it('binary cross-entropy equals the two-class multiclass one', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (t, y) => {
        const b = binaryCrossEntropy([t], [y]);
        const m = crossEntropy([t, 1 - t], [y, 1 - y]);
        if (!b.ok || !m.ok) return false;
        return Math.abs((b.value.value as number) - m.value.E) <= 1e-9 * Math.max(1, m.value.E);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    const anything = fc.array(fc.oneof(fc.double(), fc.constant(NaN), fc.constant(-Infinity), fc.integer()), { maxLength: 6 });
    fc.assert(
      fc.property(anything, anything, (t, y) => {
        const results = [crossEntropy(t, y), crossEntropyFromLogits(y, t), binaryCrossEntropy(t, y), binaryCrossEntropy(t, y, { fromLogits: true }), klDivergence(t, y)];
        for (const r of results) {
          if (!r.ok) continue;
          const numbers = JSON.stringify(r.value, (_k, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? 'NaN!' : v));
          if (numbers.includes('NaN!')) return false;
        }
        return true;
      }),
    );
  });
});
