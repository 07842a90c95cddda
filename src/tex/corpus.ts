// The labelled corpus (../shared/corpus beside the repository): its label → kind
// mapping and how a recognised role is compared with the author's variable.
// Shared by the corpus test and scripts/eval-corpus.ts; not bundled.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalText } from './canonical';
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

/** A role as compared: in canonical text (ŷ is \hat{y}, \_ is _), no spaces, braces, bold, call arguments or the author's notes in parentheses. */
function bare(text: string): string {
  return canonicalText(text)
    .replace(/\s+\([^)]*\)\s*$/, '') // "x (scores)", "y_i (class index)"
    .replace(/\\(?:mathbf|boldsymbol|bm|vec|mathrm)\s*/g, '')
    .replace(/[{}\s]/g, '');
}

function withoutIndices(text: string): string {
  return bare(text).replace(/\(.*\)$/, '').replace(/\[.*\]$/, '').replace(/[_^].*$/, '');
}

/** Whether a recognised role names the same symbol as the corpus variable. */
export function sameRole(found: string | undefined, expected: string | undefined): boolean {
  if (expected === undefined) return true;
  if (found === undefined) return false;
  return bare(found) === bare(expected) || withoutIndices(found) === withoutIndices(expected);
}

/** Per-role agreement of a recognition with the corpus variables (only the variables given). */
export function roleAgreement(roles: Roles, variables: CorpusFormula['variables']): { checked: number; agreed: number; misses: string[] } {
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
    if (sameRole(found, expected)) agreed += 1;
    else misses.push(`${name}: ${found ?? '—'} ≠ ${expected}`);
  }
  return { checked, agreed, misses };
}
