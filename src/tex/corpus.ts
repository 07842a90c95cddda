// The labelled corpus (../shared/corpus beside the repository): its label → kind
// mapping and how a recognised role is compared with the author's variable.
// Shared by the corpus test and scripts/eval-corpus.ts; not bundled.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SpellingContext } from './corpus-spelling';
import { bareSpelling, indicatorTest, namesIndicator, withoutIndices, writesNoSubscript } from './corpus-spelling';
import type { FormulaKind, Roles } from './types';

export interface CorpusFormula {
  id: string;
  tex: string;
  label: string;
  format: string;
  variables: { target?: string; pred?: string; index?: string; sample?: string; weight?: string };
  note?: string;
}

export interface CorpusWorkedExample {
  id: string;
  text_or_tex: string;
  t: unknown;
  y: unknown;
  stated: number | null;
  computation: string;
  verdict: string;
  conventions_matching_stated: string[];
}

/** ../shared/corpus beside the repository, found from a worktree nested deeper as well. */
function findCorpusDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const up of ['../../../shared/corpus', '../../../../shared/corpus', '../../../../../shared/corpus']) {
    const dir = resolve(here, up);
    if (existsSync(resolve(dir, 'formulas.json'))) return dir;
  }
  return resolve(here, '../../../shared/corpus');
}

export const CORPUS_DIR = findCorpusDir();
export const SEED_FILE = resolve(CORPUS_DIR, '../seeds/qualiteg-cross-entropy-04.txt');

export function loadFormulas(): CorpusFormula[] {
  return JSON.parse(readFileSync(resolve(CORPUS_DIR, 'formulas.json'), 'utf8')) as CorpusFormula[];
}

export function loadWorkedExamples(): CorpusWorkedExample[] {
  return JSON.parse(readFileSync(resolve(CORPUS_DIR, 'worked_examples.json'), 'utf8')) as CorpusWorkedExample[];
}

/** The display-math blocks of the seed page ($$ … $$). */
export function seedFormulas(): string[] {
  return [...readFileSync(SEED_FILE, 'utf8').matchAll(/\$\$([\s\S]*?)\$\$/g)].map((m) => (m[1] as string).trim());
}

/** The kinds a label accepts (README: related_other accepts any kind or none). */
export function acceptedKinds(label: string): (FormulaKind | null)[] | 'any' {
  if (label === 'related_other') return 'any';
  if (label === 'ce_expectation_or_integral') return ['ce_expectation'];
  // Entropy, KL and JS are kinds of their own, not cross-entropy: the label's kind where the
  // formula is one, null where it is a relative (conditional entropy, mutual information).
  if (label === 'negative_entropy') return ['entropy', null];
  if (label === 'negative_kl') return ['kl_divergence', null];
  if (label === 'negative_js') return ['js_divergence', null];
  if (label.startsWith('negative_')) return [null];
  return [label as FormulaKind];
}

/**
 * Whether a recognised role names the same symbol as the corpus variable: the same
 * spelling once bare (corpus-spelling.ts says which spellings are one symbol), the same
 * symbol without its indices or arguments (p_k for p, f(x) for f), or, for a target the
 * corpus spells as an indicator, that indicator or the label it encodes.
 */
export function sameRole(found: string | undefined, expected: string | undefined, context?: SpellingContext, classIndex?: string): boolean {
  if (expected === undefined) return true;
  if (found === undefined) return false;
  if (bareSpelling(found, context) === bareSpelling(expected, context) || withoutIndices(found, context) === withoutIndices(expected, context)) return true;
  const indicator = indicatorTest(expected);
  return indicator !== null && namesIndicator(found, indicator, classIndex);
}

/** Per-role agreement of a recognition with the corpus variables (only the variables given). */
export function roleAgreement(roles: Roles, written: CorpusFormula['variables'] | undefined, tex?: string): { checked: number; agreed: number; misses: string[] } {
  // A formula whose variables the page never names (lse - pred[target_class]) has no roles to check.
  const variables: Partial<CorpusFormula['variables']> = written ?? {};
  const context: SpellingContext = { gluedIndices: tex !== undefined && writesNoSubscript(tex) };
  const pairs: [string, string | undefined, string | undefined][] = [
    ['target', roles.target, variables.target],
    ['prediction', roles.prediction, variables.pred],
    ['classIndex', roles.classIndex, variables.index],
    ['sampleIndex', roles.sampleIndex, variables.sample],
  ];
  let checked = 0;
  let agreed = 0;
  const misses: string[] = [];
  for (const [name, found, expected] of pairs) {
    if (expected === undefined) continue;
    checked += 1;
    if (sameRole(found, expected, context, name === 'target' ? (variables.index ?? roles.classIndex) : undefined)) agreed += 1;
    else misses.push(`${name}: ${found ?? '—'} ≠ ${expected}`);
  }
  return { checked, agreed, misses };
}
