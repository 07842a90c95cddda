// Messages between the extension's contexts (content script, background, popup).
// One closed union, so each side can switch on `type` with the compiler's help.
import type { ExampleContext } from '../tex/index';
import type { Settings } from './settings';

export type ExtensionMessage =
  /** content → background: how many formulas this tab has annotated so far (toolbar badge, popup). */
  | { type: 'formulas-found'; count: number; wrong: number }
  /** popup → background: annotate a tab now (activeTab + scripting); the active tab when tabId is absent. */
  | { type: 'annotate-active-tab'; tabId?: number }
  /** popup → background: what a tab has (count, whether its site is annotated automatically); the active tab when tabId is absent. */
  | { type: 'tab-status'; tabId?: number }
  /** background → content: run a scan now (after an injection, or from the keyboard shortcut). */
  | { type: 'rescan' }
  /**
   * content → background: analyse these TeX strings (one message per batch of new ones,
   * never one per formula). `contexts[i]`, when given, is what the page says around
   * `texts[i]`; the background replies with an AnalysesReply.
   */
  | { type: 'analyse-formulas'; texts: string[]; contexts?: (FormulaContext | null)[] }
  /**
   * content → background: this frame shows a sign of math. Run the rest of the content
   * script there (annotator.js) and reply once it has run (or could not be); then read
   * the stored analyses and have the analysis code compiled before its TeX arrives.
   */
  | { type: 'get-ready' }
  /**
   * content → background: this frame shows MathJax 3/4 output whose TeX only the page's
   * MathJax holds: run page-bridge.js in the frame's MAIN world. No reply.
   */
  | { type: 'load-bridge' };

/**
 * What the page says around one formula that may change how it reads (the log base
 * its section states, the prose before it): tex/'s ExampleContext. The cache keys on it too.
 */
export type FormulaContext = ExampleContext;

/** The background's answer to `analyse-formulas`. */
export interface AnalysesReply {
  /** The analysis version of the build that answered (changes with every release). */
  version: string;
  /** encodeAnalyses (analysis-wire.ts) of one FormulaAnalysis per text, in order. */
  analyses: string;
  /**
   * The reader's settings, which the background reads for the batch anyway: the badges
   * take theirs from here, so the page's content script need not open storage itself.
   */
  settings?: Settings;
}

export interface TabStatus {
  /** Formulas annotated in the tab, or null when the content script has not run there. */
  count: number | null;
  wrong: number;
  /** The tab's site is annotated without a click (Qualiteg blog, an opted-in site, or dev origins). */
  automatic: boolean;
  /** The tab can be annotated at all (not a browser page or the store). */
  annotatable: boolean;
}

/** The background's answer to `annotate-active-tab`. */
export interface AnnotateReply {
  /** scanned: the content script was there and rescanned; injected: it was injected first. */
  outcome: 'scanned' | 'injected' | 'not-annotatable' | 'failed';
  status: TabStatus;
}

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
