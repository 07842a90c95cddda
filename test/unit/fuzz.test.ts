// A small slice of `npm run fuzz` inside `npm test`: a few hundred generated inputs per
// property through the TeX reader, the paste parser and the core, with the fixed seed of
// ./fast-check-seed.ts (FUZZ_SEED=<n> replays another run).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNaN, PROPERTIES } from '../../scripts/fuzz-properties';
import { deepBraces, HOSTILE_TEX, hugeFormula } from '../../scripts/fuzz-corpus';
import { analyseFormula } from '../../src/tex/index';

describe('fuzzed inputs keep their properties', () => {
  it.each(PROPERTIES.map((p) => [p.name, p] as const))('%s', (_name, property) => {
    // Hostile TeX includes formulas of up to 20k characters: fewer of them.
    const numRuns = property.weight <= 2 ? 60 : 300;
    fc.assert(fc.property(property.arbitrary, (input) => property.check(input)), { numRuns });
  });
});

describe('the hostile TeX of the browser tests', () => {
  it.each([...HOSTILE_TEX, deepBraces(200), hugeFormula(300_000)].map((tex) => [tex.slice(0, 50), tex]))('is read without a throw: %s', (_label, tex) => {
    const analysis = analyseFormula(tex);
    expect(analysis.tex).toBe(tex);
    expect(findNaN(analysis)).toBeUndefined();
  });
});

describe('findNaN', () => {
  it('finds a NaN nested in objects, arrays and typed arrays, and nothing in clean values', () => {
    expect(findNaN({ a: [1, { b: NaN }] })).toBe('$.a.1.b');
    expect(findNaN({ t: Float64Array.of(0, NaN) })).toBe('$.t[1]');
    expect(findNaN({ E: Infinity, terms: [-Infinity, 0] })).toBeUndefined();
  });
});
