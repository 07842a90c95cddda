// The background's side of recognition: a batch of TeX strings from a content script
// in, their analyses out, each made once and then answered from the cache.
//
// The recogniser (KaTeX's parser, every kind's file: most of background.js) is evaluated
// on its first use, not with the background's start: a background woken by a page's
// get-ready then runs annotator.js in that page first, and only then builds the parser
// (esbuild keeps a bundled module behind import() lazy in the classic script it makes).
import type { FormulaAnalysis } from '../tex/types';
import type { AnalysisCache } from './analysis-cache';
import { analysisKey } from './analysis-key';
import { encodeAnalyses } from './analysis-wire';
import type { AnalysesReply, FormulaContext } from './messages';

/** A batch larger than any page's distinct candidates is cut here (a runaway page cannot queue unbounded work). */
export const BATCH_MAX = 5000;

/**
 * What this life of the background has spent on batches, and when it was ready (getReady
 * done, ms from its start; null before): the development build shows it to the page benchmark and the tests.
 */
export const analysisCost: { batches: number; texts: number; analysed: number; ms: number; readyMs: number | null } = { batches: 0, texts: 0, analysed: 0, ms: 0, readyMs: null };

export type Analyse = (tex: string, context: FormulaContext | null) => FormulaAnalysis;

let analyser: Promise<Analyse> | null = null;

/** The recogniser, evaluated on first use (once per life of the background). */
export function loadAnalyser(): Promise<Analyse> {
  analyser ??= import('../tex/index').then(
    ({ analyseFormula }): Analyse =>
      (tex, context) => {
        try {
          return analyseFormula(tex, context ?? undefined);
        } catch {
          // A recogniser bug must not cost the other formulas their answers.
          return { tex, recognition: null, example: null };
        }
      },
  );
  return analyser;
}

export async function analyseBatch(
  cache: AnalysisCache,
  texts: readonly unknown[],
  contexts: readonly unknown[] | undefined,
  analyse?: Analyse,
): Promise<AnalysesReply> {
  await cache.load();
  const asked = texts.slice(0, BATCH_MAX).map((tex, i) => {
    const text = typeof tex === 'string' ? tex : '';
    const context = contextAt(contexts, i);
    return { text, context, key: analysisKey(text, context) };
  });
  // A batch the cache answers whole needs no recogniser (a woken background serving a page it has seen).
  const run = analyse ?? (asked.some(({ key }) => !cache.has(key)) ? await loadAnalyser() : null);
  const started = performance.now();
  let added = false;
  const analyses = asked.map(({ text, context, key }) => {
    let analysis = cache.get(key);
    if (!analysis) {
      analysisCost.analysed++;
      // (run is null only when the cache held every key, so never here.)
      analysis = run ? run(text, context) : { tex: text, recognition: null, example: null };
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

/**
 * Formulas of the shapes pages show most (a sum over classes, the binary form with a
 * mean, a worked example, a softmax), analysed once per life of the background when a
 * page first shows math: the parser and the recogniser are compiled on their first call,
 * which would otherwise fall on that page's first batch. Their answers are not kept.
 */
const GET_READY_TEX = [
  'E = -\\sum_{k=1}^{K} t_k \\log y_k',
  'L = -\\frac{1}{N}\\sum_{n=1}^{N} \\left[ t_n \\log y_n + (1 - t_n) \\log (1 - y_n) \\right]',
  '-\\log 0.7 \\approx 0.357',
  'y_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}',
];
let ready: Promise<void> | null = null;

/**
 * Gets the background ready for a page's first batch (once per life): the stored analyses
 * read, the recogniser evaluated and its code compiled. The recogniser is loaded and each
 * sample formula analysed in a task of its own, so that a message arriving meanwhile (a page's
 * get-ready, which runs annotator.js there) waits for one of these steps at most, not for all.
 */
export function getReady(cache: AnalysisCache, analyse?: Analyse): Promise<void> {
  // From a task of its own: a message already queued (the get-ready of a page that loads while
  // the background starts) is handled, and its injection sent, before the recogniser is evaluated.
  ready ??= nextTask().then(async () => {
    const [, run] = await Promise.all([cache.load(), analyse ?? loadAnalyser()]);
    for (const tex of GET_READY_TEX) {
      await nextTask();
      run(tex, null);
    }
    analysisCost.readyMs = performance.now();
  });
  return ready;
}

/** Resolves in a later task: what the browser has queued meanwhile (a message) runs first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Each formula's context with `everyLog` set (the reader asked for verdicts on every numeric log). */
export function withEveryLog(count: number, contexts: readonly unknown[] | undefined): FormulaContext[] {
  return Array.from({ length: count }, (_, i) => ({ ...contextAt(contexts, i), everyLog: true }));
}

function contextAt(contexts: readonly unknown[] | undefined, i: number): FormulaContext | null {
  const context = Array.isArray(contexts) ? contexts[i] : null;
  return typeof context === 'object' && context !== null ? (context as FormulaContext) : null;
}
