// The verdict corpus (test/corpus/verdicts/{dev,test,holdout}/<source>.json): real worked
// examples with the verdict a careful reader gives, split by source: `dev` is read
// while tuning; `test` and, for sources gathered after it, `holdout` are measured and
// never read. Loading and scoring live here so the eval script and the shape test share them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExampleContext } from './base-context';
import { analyseFormula } from './index';

export const VERDICT_HALVES = ['dev', 'test', 'holdout'] as const;
export type VerdictHalf = (typeof VERDICT_HALVES)[number];
/** The halves whose items stay unread by whoever tunes the checker: only their figures are printed. */
export const MEASURED_VERDICT_HALVES: readonly VerdictHalf[] = ['test', 'holdout'];
/** What a careful reader says: right at the printed precision, right up to the last digit, wrong, or no verdict (not a worked example of the family). */
export type ReaderVerdict = 'correct' | 'rounding' | 'wrong' | 'none';

export interface VerdictItem {
  id: string;
  lang: string;
  tex: string;
  context?: ExampleContext;
  stated: number | null;
  verdict: ReaderVerdict;
  why: string;
}

export interface VerdictSource {
  source: string;
  url?: string;
  note?: string;
  items: VerdictItem[];
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/corpus/verdicts');

export function loadVerdictSources(half: VerdictHalf): VerdictSource[] {
  const dir = join(ROOT, half);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as VerdictSource);
}

export interface VerdictScore {
  judged: number;
  /** Same class as the reader: right (correct or rounding), wrong, or no verdict. */
  agreed: number;
  /** The same of the three verdicts exactly (correct vs rounding told apart). */
  exact: number;
  /** The reader says right or no verdict; the checker says wrong. */
  falseWrong: number;
  misses: string[];
}

const classOf = (verdict: ReaderVerdict): 'right' | 'wrong' | 'none' => (verdict === 'correct' || verdict === 'rounding' ? 'right' : verdict);

export function scoreVerdicts(sources: VerdictSource[]): VerdictScore {
  const score: VerdictScore = { judged: 0, agreed: 0, exact: 0, falseWrong: 0, misses: [] };
  for (const source of sources) {
    for (const item of source.items) {
      score.judged += 1;
      const example = analyseFormula(item.tex, item.context).example;
      const got: ReaderVerdict = example?.verdict ?? 'none';
      if (classOf(got) === classOf(item.verdict)) score.agreed += 1;
      if (got === item.verdict) score.exact += 1;
      if (got === 'wrong' && item.verdict !== 'wrong') score.falseWrong += 1;
      if (classOf(got) !== classOf(item.verdict)) {
        const detail = example ? ` (${example.explanation.code}, base ${example.base}, computed ${Number(example.computed.toPrecision(6))})` : '';
        score.misses.push(`${item.id} expected ${item.verdict}, got ${got}${detail}   ${item.tex.replace(/\s+/g, ' ').slice(0, 80)}`);
      }
    }
  }
  return score;
}
