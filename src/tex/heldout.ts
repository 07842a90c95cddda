// The held-out formula corpus (test/corpus/formulas/<split>/<source>.json): real pages
// split by source into `dev` (read while tuning) and the measured splits: `test` (run
// once, at the end), `holdout` (sources gathered after `test` had been run, none of
// whose sites is in an earlier split) and `fresh` (likewise, gathered after `holdout`
// had been run), `fresh2` to `fresh27` (each gathered after the one before it
// had been run), which take the odd side of the hash. Once run, a later split may be
// retired into tuning material (RETIRED_SPLITS).
// Labels and roles are judged as for the public corpus (./corpus.ts); only the
// cross-entropy kinds count as a badge, so an entropy or KL kind on a negative is a
// rejection. Shared by heldout.test.ts and scripts/eval-corpus.ts; not bundled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFormula } from './corpus';
import { acceptedKinds, roleAgreement } from './corpus';
import { recogniseFormula } from './index';

export const HELDOUT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/corpus/formulas');
export const HELDOUT_SPLITS = ['dev', 'test', 'holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26', 'fresh27'] as const;
export type HeldoutSplit = (typeof HELDOUT_SPLITS)[number];
/** The splits that are measured and never read while tuning (test, and fresh27 once gathered): only their figures are printed. */
export const MEASURED_SPLITS: readonly HeldoutSplit[] = ['test', 'fresh27'];
/**
 * Splits `eval:corpus` leaves out unless named: fresh27, gathered in the session that gave it its
 * first run, so that a default run does not print it again while the recogniser changes.
 */
export const GATHERING_SPLITS: readonly HeldoutSplit[] = ['fresh27'];
/**
 * Measured splits that have given their runs and have since been read for tuning, like
 * dev (their misses are printed): holdout and fresh to fresh26. Their figures no longer say
 * anything about notation nobody has seen; test still does.
 */
export const RETIRED_SPLITS: readonly HeldoutSplit[] = ['holdout', 'fresh', 'fresh2', 'fresh3', 'fresh4', 'fresh5', 'fresh6', 'fresh7', 'fresh8', 'fresh9', 'fresh10', 'fresh11', 'fresh12', 'fresh13', 'fresh14', 'fresh15', 'fresh16', 'fresh17', 'fresh18', 'fresh19', 'fresh20', 'fresh21', 'fresh22', 'fresh23', 'fresh24', 'fresh25', 'fresh26'];

/** The labels of test/corpus/README.md (the public corpus's vocabulary plus negative_js). */
export const POSITIVE_LABELS = [
  'ce_multiclass',
  'ce_multiclass_batch',
  'ce_binary',
  'ce_binary_batch',
  'ce_from_logits',
  'ce_expectation_or_integral',
  'log_likelihood',
  'likelihood_product',
] as const;
export const NEGATIVE_LABELS = ['negative_entropy', 'negative_kl', 'negative_js', 'negative_other'] as const;
export const HELDOUT_LABELS: readonly string[] = [...POSITIVE_LABELS, ...NEGATIVE_LABELS, 'related_other'];
export const CATEGORIES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The kinds that are a cross-entropy badge; any other kind (entropy, KL, …) is not one. */
const CROSS_ENTROPY_KINDS: ReadonlySet<string> = new Set(POSITIVE_LABELS.flatMap((label) => acceptedKinds(label) as string[]));

export interface HeldoutFormula extends Omit<CorpusFormula, 'format'> {
  categories: number[];
}

export interface HeldoutSource {
  source: string;
  url?: string;
  /** The repository or site the page belongs to, when `source` does not name it. */
  site?: string;
  language: string;
  type: string;
  split: HeldoutSplit;
  formulas: HeldoutFormula[];
  /** The file it was read from, relative to HELDOUT_DIR (set by the loader). */
  file: string;
}

/**
 * What the split is decided by: the repository "owner/name" of "owner/name:path",
 * else the host and first path segment of a URL source, else the page's `site`
 * (the repository or site a page belongs to when the source does not say), else
 * the host and first path segment of its `url`, else the source text itself.
 */
export function splitKey(source: string, url?: string, site?: string): string {
  const isAddress = (text: string) => /^https?:\/\//.test(text);
  const repo = /^([\w.-]+\/[\w.-]+):/.exec(source);
  if (repo && !isAddress(source)) return repo[1] as string;
  if (isAddress(source)) return hostAndFirstSegment(source);
  if (site) return site;
  if (url && isAddress(url)) return hostAndFirstSegment(url);
  return source;
}

function hostAndFirstSegment(address: string): string {
  const parsed = new URL(address);
  const first = parsed.pathname.split('/').find((part) => part !== '');
  return first ? `${parsed.host}/${first}` : parsed.host;
}

/** The split rule: the first byte of sha256(key) even → dev, odd → a measured split (test, or holdout/fresh for later sources). */
export function splitOf(key: string): 'dev' | 'test' {
  const first = createHash('sha256').update(key, 'utf8').digest()[0] as number;
  return first % 2 === 0 ? 'dev' : 'test';
}

/** Whether a file may sit in `split`: dev takes the even side of the hash, the measured splits the odd side. */
export function splitAdmits(split: HeldoutSplit, key: string): boolean {
  return splitOf(key) === 'dev' ? split === 'dev' : split !== 'dev';
}

export function loadHeldoutSources(split: HeldoutSplit): HeldoutSource[] {
  const folder = resolve(HELDOUT_DIR, split);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ ...(JSON.parse(readFileSync(resolve(folder, name), 'utf8')) as Omit<HeldoutSource, 'file'>), file: `${split}/${name}` }));
}

export function isCrossEntropyKind(kind: string | null | undefined): boolean {
  return kind !== null && kind !== undefined && CROSS_ENTROPY_KINDS.has(kind);
}

interface Tally {
  n: number;
  right: number;
  truePositive: number;
  falseNegative: number;
  falsePositive: number;
  trueNegative: number;
}

export interface HeldoutScore extends Tally {
  kindRight: number;
  kindJudged: number;
  rolesAgreed: number;
  rolesChecked: number;
  perLabel: Map<string, Tally>;
  perCategory: Map<number, Tally>;
  /** Items not given a kind their label accepts, and role disagreements (item ids and TeX). */
  misses: string[];
}

const emptyTally = (): Tally => ({ n: 0, right: 0, truePositive: 0, falseNegative: 0, falsePositive: 0, trueNegative: 0 });

/** One item's outcome: positive/negative (null for related_other), badged, kind right. */
function tallyInto(tally: Tally, positive: boolean | null, badged: boolean, right: boolean): void {
  tally.n += 1;
  tally.right += right ? 1 : 0;
  if (positive === null) return;
  if (positive) tally[badged ? 'truePositive' : 'falseNegative'] += 1;
  else tally[badged ? 'falsePositive' : 'trueNegative'] += 1;
}

export function scoreHeldout(items: HeldoutFormula[]): HeldoutScore {
  const score: HeldoutScore = { ...emptyTally(), kindRight: 0, kindJudged: 0, rolesAgreed: 0, rolesChecked: 0, perLabel: new Map(), perCategory: new Map(), misses: [] };
  for (const item of items) {
    const recognition = recogniseFormula(item.tex);
    const kind = recognition?.kind ?? null;
    const badged = isCrossEntropyKind(kind);
    const accepted = acceptedKinds(item.label);
    const positive = accepted === 'any' ? null : !accepted.includes(null);
    const right = accepted === 'any' || (positive ? accepted.includes(kind) : !badged);
    tallyInto(score, positive, badged, right);
    const label = score.perLabel.get(item.label) ?? emptyTally();
    tallyInto(label, positive, badged, right);
    score.perLabel.set(item.label, label);
    for (const category of item.categories) {
      const row = score.perCategory.get(category) ?? emptyTally();
      tallyInto(row, positive, badged, right);
      score.perCategory.set(category, row);
    }
    if (positive && badged) {
      score.kindJudged += 1;
      if (right) score.kindRight += 1;
    }
    if (!right) score.misses.push(`${item.id} ${item.label} → ${kind ?? 'null'}   ${item.tex.replace(/\s+/g, ' ').slice(0, 100)}`);
    else if (positive && recognition) {
      const agreement = roleAgreement(recognition.roles, item.variables, item.tex);
      score.rolesChecked += agreement.checked;
      score.rolesAgreed += agreement.agreed;
      for (const miss of agreement.misses) score.misses.push(`${item.id} role ${miss}`);
    }
  }
  return score;
}

export interface HeldoutCounts {
  /** Files (pages) and distinct repositories/sites (split keys). */
  sources: number;
  sites: number;
  languages: string[];
  formulas: number;
  positives: number;
  negatives: number;
  either: number;
}

export function countHeldout(sources: HeldoutSource[]): HeldoutCounts {
  const items = sources.flatMap((source) => source.formulas);
  const positives = items.filter((item) => (POSITIVE_LABELS as readonly string[]).includes(item.label)).length;
  const negatives = items.filter((item) => (NEGATIVE_LABELS as readonly string[]).includes(item.label)).length;
  return {
    sources: sources.length,
    sites: new Set(sources.map((source) => splitKey(source.source, source.url, source.site))).size,
    languages: [...new Set(sources.map((source) => source.language))].sort(),
    formulas: items.length,
    positives,
    negatives,
    either: items.length - positives - negatives,
  };
}
