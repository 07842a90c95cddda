// Generalisation cases written in other authors' notation (fixtures/generalisation*.json):
// formulas as Wikipedia, framework docs, lecture notes and Japanese blogs write them,
// with as many look-alike negatives, plus worked-example chains. Scored the same way
// as the public corpus (./corpus.ts); shared by the test and scripts/eval-corpus.ts.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusFormula } from './corpus';
import { acceptedKinds, roleAgreement } from './corpus';
import { isCrossEntropyKind } from './heldout';
import { checkWorkedExample, recogniseFormula } from './index';
import type { ExplanationCode, FormulaKind, Verdict } from './types';

export interface GeneralisationFormula extends CorpusFormula {
  /** Another label a careful reader could also give. */
  also?: string;
}

export interface GeneralisationWorkedExample {
  id: string;
  tex: string;
  verdict: Verdict;
  explanation?: ExplanationCode[];
  t?: number[];
  y?: number[];
  note?: string;
  /** Judged with verdicts on every numeric log (arithmetic such as log₂ 8 = 3). */
  everyLog?: boolean;
}

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function loadGeneralisationFormulas(): GeneralisationFormula[] {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'generalisation.json'), 'utf8')) as GeneralisationFormula[];
}

export function loadGeneralisationWorkedExamples(): GeneralisationWorkedExample[] {
  return JSON.parse(readFileSync(resolve(FIXTURES, 'generalisation-worked.json'), 'utf8')) as GeneralisationWorkedExample[];
}

export interface FormulaScore {
  truePositive: number;
  falseNegative: number;
  falsePositive: number;
  trueNegative: number;
  kindRight: number;
  kindJudged: number;
  rolesAgreed: number;
  rolesChecked: number;
  misses: string[];
  roleMisses: string[];
}

function accepted(item: GeneralisationFormula): (FormulaKind | null)[] | 'any' {
  const main = acceptedKinds(item.label);
  if (main === 'any' || !item.also) return main;
  const also = acceptedKinds(item.also);
  return also === 'any' ? 'any' : [...main, ...also];
}

export function scoreFormulas(items: GeneralisationFormula[]): FormulaScore {
  const score: FormulaScore = { truePositive: 0, falseNegative: 0, falsePositive: 0, trueNegative: 0, kindRight: 0, kindJudged: 0, rolesAgreed: 0, rolesChecked: 0, misses: [], roleMisses: [] };
  for (const item of items) {
    const recognition = recogniseFormula(item.tex);
    const kind = recognition?.kind ?? null;
    // Only the cross-entropy kinds are a cross-entropy badge; entropy, KL and JS are scored by label.
    const badge = isCrossEntropyKind(kind);
    const kinds = accepted(item);
    if (kinds === 'any') continue;
    const positive = !kinds.includes(null);
    const right = kinds.includes(kind);
    if (positive && badge) score.truePositive += 1;
    if (positive && !badge) score.falseNegative += 1;
    if (!positive && badge) score.falsePositive += 1;
    if (!positive && !badge) score.trueNegative += 1;
    if (positive && badge) {
      score.kindJudged += 1;
      if (right) score.kindRight += 1;
    }
    if (!right) score.misses.push(`${item.id} ${item.label} → ${kind ?? 'null'}   ${item.tex.replace(/\s+/g, ' ').slice(0, 100)}`);
    else if (positive && recognition) {
      const agreement = roleAgreement(recognition.roles, item.variables, item.tex);
      score.rolesChecked += agreement.checked;
      score.rolesAgreed += agreement.agreed;
      for (const miss of agreement.misses) score.roleMisses.push(`${item.id} ${miss}`);
    }
  }
  return score;
}

export interface WorkedScore {
  judged: number;
  verdictRight: number;
  explanationRight: number;
  extractionRight: number;
  extractionJudged: number;
  misses: string[];
}

export function scoreWorkedExamples(items: GeneralisationWorkedExample[]): WorkedScore {
  const score: WorkedScore = { judged: 0, verdictRight: 0, explanationRight: 0, extractionRight: 0, extractionJudged: 0, misses: [] };
  for (const item of items) {
    score.judged += 1;
    const check = checkWorkedExample(item.tex, item.everyLog ? { everyLog: true } : undefined);
    const verdict = check?.verdict ?? null;
    const code = check?.explanation.code ?? null;
    const verdictOk = verdict === item.verdict;
    const explanationOk = !item.explanation || (code !== null && item.explanation.includes(code));
    if (verdictOk) score.verdictRight += 1;
    if (verdictOk && explanationOk) score.explanationRight += 1;
    let extractionOk = true;
    if (item.t && item.y) {
      score.extractionJudged += 1;
      extractionOk = JSON.stringify(check?.t) === JSON.stringify(item.t) && JSON.stringify(check?.y) === JSON.stringify(item.y);
      if (extractionOk) score.extractionRight += 1;
    }
    if (!verdictOk || !explanationOk || !extractionOk) {
      score.misses.push(`${item.id} expected ${item.verdict}/${item.explanation?.join('|') ?? '-'}, got ${verdict ?? 'nothing'}/${code ?? '-'} t=${JSON.stringify(check?.t ?? null)} y=${JSON.stringify(check?.y ?? null)}   ${item.tex.slice(0, 80)}`);
    }
  }
  return score;
}

export function percent(a: number, b: number): string {
  return b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`;
}
