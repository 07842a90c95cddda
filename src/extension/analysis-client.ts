// The content script's side of recognition: it asks the background for the analyses of
// the TeX strings it has not seen, one message for all the strings asked for while the
// previous message was out (never one per formula), and keeps the answers for the page's
// life, so a re-render or a re-typeset costs no message at all. A background that is
// asleep wakes on the message; one that is restarting is asked again a little later.
// Each reply also carries the reader's settings, which the badges use.
import type { FormulaAnalysis } from '../tex/types';
import { analysisKey } from './analysis-key';
import { decodeAnalyses } from './analysis-wire';
import type { ExtensionMessage, FormulaContext } from './messages';
import { migrateSettings, type Settings } from './settings';

/** Sends one message to the background and resolves with its reply. */
export type SendToBackground = (message: ExtensionMessage) => Promise<unknown>;

/** A formula to analyse: its TeX, with what the page says around it when that may matter. */
export interface AnalysisRequest {
  tex: string;
  context?: FormulaContext | null;
}

export interface AnalysisClient {
  /**
   * The analysis of each request (null where the background could not be reached), after
   * at most one message, keyed by `analysisKey(tex, context)` (the TeX alone without context).
   */
  analyse(requests: Iterable<string | AnalysisRequest>): Promise<Map<string, FormulaAnalysis | null>>;
  /** The reader's settings as the latest reply carried them (null before any reply). */
  readerSettings(): Settings | null;
}

export interface AnalysisClientOptions {
  send?: SendToBackground;
  /** Waits before each retry; their number is the number of retries. */
  retryDelaysMs?: readonly number[];
  /** Answers kept for the page's life (oldest out first). */
  max?: number;
}

/** From 50 ms to 4 s: a service worker that is starting again takes well under a second. */
const RETRY_DELAYS_MS = [50, 150, 400, 1000, 2000, 4000];
const KEPT_MAX = 1000;

export function createAnalysisClient(options: AnalysisClientOptions = {}): AnalysisClient {
  const send = options.send ?? sendToBackground;
  const retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const max = options.max ?? KEPT_MAX;
  const answers = new Map<string, FormulaAnalysis>();
  const pending = new Map<string, Promise<FormulaAnalysis | null>>();
  let queue = new Map<string, { request: AnalysisRequest; resolve: (analysis: FormulaAnalysis | null) => void }>();
  let sending = false;
  let settings: Settings | null = null;

  function remember(tex: string, analysis: FormulaAnalysis): void {
    answers.set(tex, analysis);
    if (answers.size > max) answers.delete(answers.keys().next().value!);
  }

  function ask(key: string, request: AnalysisRequest): Promise<FormulaAnalysis | null> {
    const known = pending.get(key);
    if (known) return known;
    const promise = new Promise<FormulaAnalysis | null>((resolve) => queue.set(key, { request, resolve }));
    pending.set(key, promise);
    if (!sending) {
      sending = true;
      // Everything asked for in this task goes in the same message.
      queueMicrotask(() => void flush());
    }
    return promise;
  }

  async function flush(): Promise<void> {
    while (queue.size > 0) {
      const batch = queue;
      queue = new Map();
      const keys = [...batch.keys()];
      const requests = keys.map((key) => batch.get(key)!.request);
      const analyses = await request(requests);
      keys.forEach((key, i) => {
        const analysis = analyses?.[i] ?? null;
        if (analysis) remember(key, analysis);
        pending.delete(key);
        batch.get(key)!.resolve(analysis);
      });
    }
    sending = false;
  }

  async function request(requests: AnalysisRequest[]): Promise<FormulaAnalysis[] | null> {
    const texts = requests.map((r) => r.tex);
    // Contexts travel only when some formula has one (most batches have none).
    const contexts = requests.some((r) => r.context) ? requests.map((r) => r.context ?? null) : undefined;
    const message: ExtensionMessage = contexts ? { type: 'analyse-formulas', texts, contexts } : { type: 'analyse-formulas', texts };
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = (await send(message)) as { analyses?: unknown; settings?: unknown } | undefined;
        const analyses = decodeAnalyses(reply?.analyses);
        if (reply?.settings !== undefined) settings = migrateSettings(reply.settings);
        if (analyses && analyses.length === texts.length) return analyses;
      } catch (error) {
        // The extension was reloaded or removed: nobody will ever answer this page.
        if (/context invalidated/i.test(String(error))) return null;
      }
      if (attempt >= retryDelaysMs.length) return null;
      await new Promise((resolve) => setTimeout(resolve, retryDelaysMs[attempt]));
    }
  }

  return {
    readerSettings: () => settings,
    async analyse(requests) {
      const result = new Map<string, FormulaAnalysis | null>();
      const waiting: Promise<void>[] = [];
      for (const item of requests) {
        const request = typeof item === 'string' ? { tex: item } : item;
        const key = analysisKey(request.tex, request.context);
        if (result.has(key)) continue;
        const known = answers.get(key);
        if (known) {
          answers.delete(key);
          answers.set(key, known);
          result.set(key, known);
        } else {
          result.set(key, null);
          waiting.push(ask(key, request).then((analysis) => void result.set(key, analysis)));
        }
      }
      await Promise.all(waiting);
      return result;
    },
  };
}

/** runtime.sendMessage in the callback form both browsers take from a content script. */
function sendToBackground(message: ExtensionMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    chrome.runtime.sendMessage(message, (reply: unknown) => {
      const error = chrome.runtime.lastError;
      if (error) reject(new Error(error.message ?? 'no reply'));
      else resolve(reply);
    });
  });
}
