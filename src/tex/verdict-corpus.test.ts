import { describe, expect, it } from 'vitest';
import { splitAdmits } from './heldout';
import { loadVerdictSources, VERDICT_HALVES } from './verdict-corpus';

describe('the verdict corpus files', () => {
  it('hold sources split by the first byte of their name’s SHA-256 (even: dev, odd: test or, for later sources, holdout), each in one half', () => {
    const seen = new Set<string>();
    for (const half of VERDICT_HALVES) {
      for (const source of loadVerdictSources(half)) {
        expect(splitAdmits(half, source.source), `${source.source} in ${half}`).toBe(true);
        expect(seen.has(source.source), source.source).toBe(false);
        seen.add(source.source);
      }
    }
    expect(loadVerdictSources('holdout').length).toBeGreaterThan(0);
  });
  it('give every item TeX, a reader’s verdict and why', () => {
    const items = VERDICT_HALVES.flatMap((half) => loadVerdictSources(half).flatMap((source) => source.items));
    expect(items.length).toBeGreaterThanOrEqual(80);
    for (const item of items) {
      expect(item.tex.length, item.id).toBeGreaterThan(0);
      expect(['correct', 'rounding', 'wrong', 'none']).toContain(item.verdict);
      expect(item.why.length, item.id).toBeGreaterThan(0);
    }
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });
});
