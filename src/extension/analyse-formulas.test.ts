// The recogniser is loaded on first use, and getting ready leaves room for messages: what
// a woken background needs to answer a page's get-ready (and run annotator.js there) before
// the page draws its formulas.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormulaAnalysis } from '../tex/types';
import { analyseBatch, getReady } from './analyse-formulas';
import { AnalysisCache } from './analysis-cache';
import { decodeAnalyses } from './analysis-wire';
import { MemoryArea } from './memory-area';

const loaded = vi.hoisted(() => ({ count: 0, analysed: [] as string[] }));

vi.mock('../tex/index', () => {
  loaded.count++;
  return {
    analyseFormula: (tex: string): FormulaAnalysis => {
      loaded.analysed.push(tex);
      return { tex, recognition: null, example: null };
    },
  };
});

afterEach(() => {
  loaded.analysed.length = 0;
});

describe('the recogniser, loaded on first use', () => {
  it('is not loaded for a batch the cache answers whole, and is for one with a new formula', async () => {
    const area = new MemoryArea();
    const before = new AnalysisCache(area, 'v1');
    await analyseBatch(before, ['a', 'b'], undefined, (tex) => ({ tex, recognition: null, example: null }));
    await before.persist();

    const after = new AnalysisCache(area, 'v1');
    const cached = decodeAnalyses((await analyseBatch(after, ['b', 'a'], undefined)).analyses)!;
    expect(cached.map((analysis) => analysis.tex)).toEqual(['b', 'a']);
    expect(loaded.count).toBe(0);

    const fresh = decodeAnalyses((await analyseBatch(after, ['a', 'c'], undefined)).analyses)!;
    expect(fresh.map((analysis) => analysis.tex)).toEqual(['a', 'c']);
    expect(loaded.count).toBe(1);
    expect(loaded.analysed).toEqual(['c']);
  });
});

describe('getReady', () => {
  it('runs its sample formulas a task apart, so that a message queued meanwhile waits for one at most', async () => {
    const order: string[] = [];
    const cache = new AnalysisCache(new MemoryArea(), 'v1');
    await getReady(cache, (tex) => {
      // A message arrives while the first sample is being analysed.
      if (order.length === 0) setTimeout(() => order.push('message'), 0);
      order.push('sample');
      return { tex, recognition: null, example: null };
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(order.filter((step) => step === 'sample').length).toBeGreaterThan(1);
    expect(order).toContain('message');
    expect(order.indexOf('message')).toBeLessThan(order.lastIndexOf('sample'));
  });
});
