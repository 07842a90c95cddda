import { describe, expect, it } from 'vitest';
import type { FormulaAnalysis } from '../tex/types';
import { analyseBatch, getReady } from './analyse-formulas';
import { analysisKey } from './analysis-key';
import { ANALYSES_KEY, AnalysisCache } from './analysis-cache';
import { decodeAnalyses, encodeAnalyses } from './analysis-wire';
import { MemoryArea } from './memory-area';

const plain = (tex: string): FormulaAnalysis => ({ tex, recognition: null, example: null });

/** An analyser that counts its calls, so a test can tell a cache hit from a fresh analysis. */
function counting(): { calls: string[]; analyse: (tex: string) => FormulaAnalysis } {
  const calls: string[] = [];
  return { calls, analyse: (tex) => (calls.push(tex), plain(tex)) };
}

describe('analysis wire format', () => {
  it('keeps NaN, ±Infinity and -0, which JSON would lose', () => {
    const analysis: FormulaAnalysis = {
      tex: '\\log 0',
      recognition: null,
      example: {
        kind: null, t: [1, 0], y: [0, 1], base: 'e',
        stated: { value: Infinity, text: '\\infty', decimals: 0 },
        computed: -Infinity, verdict: 'wrong',
        explanation: { code: 'unexplained', matchedValue: NaN, en: 'x', ja: 'x' },
      },
    };
    const back = decodeAnalyses(JSON.parse(JSON.stringify(encodeAnalyses([analysis, { ...plain('-0'), example: { ...analysis.example!, computed: -0 } }]))));
    expect(back![0]!.example!.stated.value).toBe(Infinity);
    expect(back![0]!.example!.computed).toBe(-Infinity);
    expect(back![0]!.example!.explanation.matchedValue).toBeNaN();
    expect(Object.is(back![1]!.example!.computed, -0)).toBe(true);
  });

  it('refuses what is not a list of analyses', () => {
    for (const bad of [undefined, 42, '{', '{"tex":1}', '[{"tex":1,"recognition":null,"example":null}]']) expect(decodeAnalyses(bad)).toBeNull();
  });
});

describe('analyseBatch and its cache', () => {
  it('analyses each new text once and answers repeats from memory, in order', async () => {
    const cache = new AnalysisCache(new MemoryArea(), 'v1');
    const { calls, analyse } = counting();
    const first = decodeAnalyses((await analyseBatch(cache, ['a', 'b', 'a'], undefined, analyse)).analyses)!;
    expect(first.map((a) => a.tex)).toEqual(['a', 'b', 'a']);
    await analyseBatch(cache, ['b', 'c'], undefined, analyse);
    expect(calls).toEqual(['a', 'b', 'c']);
  });

  it('carries the answers to the next life of the background through the session area', async () => {
    const area = new MemoryArea();
    const before = new AnalysisCache(area, 'v1');
    await analyseBatch(before, ['a', 'b'], undefined, counting().analyse);
    await before.persist();
    const { calls, analyse } = counting();
    const after = new AnalysisCache(area, 'v1');
    await analyseBatch(after, ['a', 'b', 'c'], undefined, analyse);
    expect(calls).toEqual(['c']);
  });

  it('gets ready for a page once per life: reads what was stored, runs the analyser, keeps none of its sample answers', async () => {
    const area = new MemoryArea();
    const before = new AnalysisCache(area, 'v1');
    await analyseBatch(before, ['a', 'b'], undefined, counting().analyse);
    await before.persist();
    const { calls, analyse } = counting();
    const after = new AnalysisCache(area, 'v1');
    await Promise.all([getReady(after, analyse), getReady(after, analyse)]);
    await getReady(after, analyse);
    expect(calls.length).toBeGreaterThan(0);
    expect(new Set(calls).size).toBe(calls.length);
    expect(after.size).toBe(2);
    const sampled = calls.length;
    await analyseBatch(after, ['a', 'b'], undefined, analyse);
    expect(calls).toHaveLength(sampled);
  });

  it('never serves what another version stored', async () => {
    const area = new MemoryArea();
    const old = new AnalysisCache(area, 'v1');
    await analyseBatch(old, ['a'], undefined, counting().analyse);
    await old.persist();
    const { calls, analyse } = counting();
    await analyseBatch(new AnalysisCache(area, 'v2'), ['a'], undefined, analyse);
    expect(calls).toEqual(['a']);
  });

  it('drops the least recently used entry when full', async () => {
    const area = new MemoryArea();
    const cache = new AnalysisCache(area, 'v1', 2);
    const { calls, analyse } = counting();
    await analyseBatch(cache, ['a', 'b'], undefined, analyse);
    await analyseBatch(cache, ['a'], undefined, analyse); // a is now the most recent
    await analyseBatch(cache, ['c'], undefined, analyse); // b goes
    await analyseBatch(cache, ['a', 'c', 'b'], undefined, analyse);
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
    await cache.persist();
    expect((area.peek(ANALYSES_KEY) as { keys: string[] }).keys).toHaveLength(2);
  });

  it('works from memory alone when storage is missing or failing', async () => {
    const failing = new MemoryArea();
    failing.failing = true;
    for (const area of [null, failing]) {
      const cache = new AnalysisCache(area, 'v1');
      const { calls, analyse } = counting();
      await analyseBatch(cache, ['a'], undefined, analyse);
      await analyseBatch(cache, ['a'], undefined, analyse);
      await cache.persist();
      expect(calls).toEqual(['a']);
    }
  });

  it('keys on the context when a formula comes with one, whatever its key order', () => {
    expect(analysisKey('x', undefined)).toBe('x');
    expect(analysisKey('x', {})).toBe('x');
    expect(analysisKey('x', { following: ' bits', preceding: ['in base 2'] })).toBe(analysisKey('x', { preceding: ['in base 2'], following: ' bits' }));
    expect(analysisKey('x', { following: ' bits' })).not.toBe(analysisKey('x', { following: ' nats' }));
  });

  it('answers a non-string text with an empty analysis instead of failing the batch', async () => {
    const cache = new AnalysisCache(null, 'v1');
    const reply = await analyseBatch(cache, ['a', 42, null], undefined, counting().analyse);
    expect(decodeAnalyses(reply.analyses)!.map((a) => a.tex)).toEqual(['a', '', '']);
  });
});
