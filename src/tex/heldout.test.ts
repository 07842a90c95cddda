// The held-out corpus files keep their shape: labels from the vocabulary, the split
// each file sits in is the one its source's hash decides, ids unique, TeX present,
// and the holdout split's sites new to the other splits and to the public corpus.
// Scores are not asserted here (test and holdout are measured by eval:corpus only).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from './corpus';
import { CATEGORIES, GATHERING_SPLITS, HELDOUT_LABELS, HELDOUT_SPLITS, countHeldout, isCrossEntropyKind, loadHeldoutSources, splitAdmits, splitKey, splitOf } from './heldout';
import type { HeldoutSource } from './heldout';

const sources = HELDOUT_SPLITS.flatMap((split) => loadHeldoutSources(split));
const ROLE_NAMES = ['target', 'pred', 'index', 'sample', 'weight'];
const TYPES = ['blog', 'docs', 'docstring', 'lecture', 'notebook', 'qa', 'readme', 'paper'];
const keyOf = (source: HeldoutSource) => splitKey(source.source, source.url, source.site);

describe('split rule', () => {
  it('keys a repository by owner/name and a site by host and first path segment', () => {
    expect(splitKey('octo/notes:ml/loss.md')).toBe('octo/notes');
    expect(splitKey('https://qiita.com/someone/items/abc123')).toBe('qiita.com/someone');
    expect(splitKey('https://example.org/')).toBe('example.org');
    expect(splitKey('search-index file 42', 'https://zenn.dev/writer/articles/x')).toBe('zenn.dev/writer');
    expect(splitKey('search-index file 42', undefined, 'writer/site')).toBe('writer/site');
    expect(splitKey('search-index file 42')).toBe('search-index file 42');
  });

  it('sends an even first sha256 byte to dev and an odd one to test', () => {
    // sha256 begins ca for "a", ba for "abc" (both even) and 2d for "x" (odd).
    expect(splitOf('a')).toBe('dev');
    expect(splitOf('abc')).toBe('dev');
    expect(splitOf('x')).toBe('test');
  });

  it('admits an even key to dev only and an odd key to a measured split', () => {
    expect(splitAdmits('dev', 'a')).toBe(true);
    expect(splitAdmits('test', 'a')).toBe(false);
    expect(splitAdmits('holdout', 'a')).toBe(false);
    expect(splitAdmits('fresh', 'a')).toBe(false);
    expect(splitAdmits('dev', 'x')).toBe(false);
    expect(splitAdmits('test', 'x')).toBe(true);
    expect(splitAdmits('holdout', 'x')).toBe(true);
    expect(splitAdmits('fresh', 'x')).toBe(true);
    expect(splitAdmits('fresh2', 'x')).toBe(true);
    expect(splitAdmits('fresh3', 'x')).toBe(true);
    expect(splitAdmits('fresh4', 'x')).toBe(true);
    expect(splitAdmits('fresh5', 'x')).toBe(true);
    expect(splitAdmits('fresh6', 'x')).toBe(true);
  });

  it('counts only the cross-entropy kinds as a badge', () => {
    expect(isCrossEntropyKind('ce_binary')).toBe(true);
    expect(isCrossEntropyKind('likelihood_product')).toBe(true);
    expect(isCrossEntropyKind('entropy')).toBe(false);
    expect(isCrossEntropyKind('kl_divergence')).toBe(false);
    expect(isCrossEntropyKind(null)).toBe(false);
  });
});

describe('held-out corpus files', () => {
  it('has files in every split', () => {
    // A split still being gathered may be empty for a while.
    for (const split of HELDOUT_SPLITS.filter((each) => !GATHERING_SPLITS.includes(each))) expect(sources.some((source) => source.split === split)).toBe(true);
  });

  it.each(sources.map((source) => [source.file, source] as const))('%s: split field, folder and hash agree', (file, source) => {
    expect(file.startsWith(`${source.split}/`)).toBe(true);
    expect(splitAdmits(source.split, keyOf(source))).toBe(true);
  });

  it.each(sources.map((source) => [source.file, source] as const))('%s: page fields and items are well formed', (_file, source) => {
    expect(source.source.trim()).not.toBe('');
    expect(source.language).toMatch(/^[a-z]{2}$/);
    expect(TYPES).toContain(source.type);
    expect(source.formulas.length).toBeGreaterThan(0);
    for (const item of source.formulas) {
      expect(item.tex.trim(), item.id).not.toBe('');
      expect(HELDOUT_LABELS, item.id).toContain(item.label);
      expect(Array.isArray(item.categories), item.id).toBe(true);
      for (const category of item.categories) expect(CATEGORIES as readonly number[], item.id).toContain(category);
      for (const [role, symbol] of Object.entries(item.variables ?? {})) {
        expect(ROLE_NAMES, item.id).toContain(role);
        expect(typeof symbol === 'string' && symbol.trim() !== '', item.id).toBe(true);
      }
    }
  });

  // Each later measured split comes from sites that no split gathered before it (and no
  // public corpus item) comes from; later dev pages may come from anywhere on the even side.
  // HELDOUT_SPLITS lists the splits in the order they were gathered: dev, test, then the later ones.
  const laterSplits = HELDOUT_SPLITS.slice(2).map((later) => [later, HELDOUT_SPLITS.slice(0, HELDOUT_SPLITS.indexOf(later))] as const);
  it.each(laterSplits)('takes the %s split from sites no earlier split and no public corpus item comes from', (later, before) => {
    const earlier = new Set(sources.filter((source) => (before as readonly string[]).includes(source.split)).map(keyOf));
    const publicSources = (JSON.parse(readFileSync(resolve(CORPUS_DIR, 'formulas.json'), 'utf8')) as { source_url_or_repo_path?: string }[])
      .map((item) => (item.source_url_or_repo_path ?? '').toLowerCase());
    for (const source of sources.filter((each) => each.split === later)) {
      const key = keyOf(source);
      expect(earlier.has(key), source.file).toBe(false);
      // A search-index source is named by its file id in the public corpus.
      const needle = (/^search-index file (\d+)$/.exec(key)?.[1] ?? key).toLowerCase();
      expect(publicSources.filter((text) => text.includes(needle)), source.file).toEqual([]);
    }
  });

  it('gives every item an id used once across all splits', () => {
    const ids = sources.flatMap((source) => source.formulas.map((item) => item.id));
    const repeated = ids.filter((id, at) => ids.indexOf(id) !== at);
    expect(repeated).toEqual([]);
  });

  it('counts pages, sites, languages and both sides of the labels', () => {
    const counts = countHeldout(sources);
    expect(counts.formulas).toBe(counts.positives + counts.negatives + counts.either);
    expect(counts.sites).toBeLessThanOrEqual(counts.sources);
  });
});
