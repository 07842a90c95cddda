// The background's side of recognition: a batch of TeX strings from a content script
// in, their analyses out, each made once and then answered from the cache.
import { analyseFormula } from '../tex/index';
import type { FormulaAnalysis } from '../tex/types';
import type { AnalysisCache } from './analysis-cache';
import { analysisKey } from './analysis-key';
import { encodeAnalyses } from './analysis-wire';
import type { AnalysesReply, FormulaContext } from './messages';

/** A batch larger than any page's distinct candidates is cut here (a runaway page cannot queue unbounded work). */
export const BATCH_MAX = 5000;

/** What this life of the background has spent on batches (the development build shows it to the page benchmark). */
export const analysisCost = { batches: 0, texts: 0, analysed: 0, ms: 0 };

export type Analyse = (tex: string, context: FormulaContext | null) => FormulaAnalysis;

const analyseSafely: Analyse = (tex, context) => {
  try {
    return analyseFormula(tex, context ?? undefined);
  } catch {
    // A recogniser bug must not cost the other formulas their answers.
    return { tex, recognition: null, example: null };
  }
};

export async function analyseBatch(
  cache: AnalysisCache,
  texts: readonly unknown[],
  contexts: readonly unknown[] | undefined,
  analyse: Analyse = analyseSafely,
): Promise<AnalysesReply> {
  await cache.load();
  const started = performance.now();
  let added = false;
  const analyses = texts.slice(0, BATCH_MAX).map((tex, i) => {
    const text = typeof tex === 'string' ? tex : '';
    const context = contextAt(contexts, i);
    const key = analysisKey(text, context);
    let analysis = cache.get(key);
    if (!analysis) {
      analysisCost.analysed++;
      analysis = analyse(text, context);
      cache.set(key, analysis);
      added = true;
    }
    return analysis;
  });
  if (added) void cache.persist();
  const reply = { version: cache.version, analyses: encodeAnalyses(analyses) };
  analysisCost.batches++;
  analysisCost.texts += analyses.length;
  analysisCost.ms += performance.now() - started;
  return reply;
}

/** Each formula's context with `everyLog` set (the reader asked for verdicts on every numeric log). */
export function withEveryLog(count: number, contexts: readonly unknown[] | undefined): FormulaContext[] {
  return Array.from({ length: count }, (_, i) => ({ ...contextAt(contexts, i), everyLog: true }));
}

function contextAt(contexts: readonly unknown[] | undefined, i: number): FormulaContext | null {
  const context = Array.isArray(contexts) ? contexts[i] : null;
  return typeof context === 'object' && context !== null ? (context as FormulaContext) : null;
}
