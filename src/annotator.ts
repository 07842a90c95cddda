// The rest of the content script, started by its first look (content.ts) once the page
// shows a sign of math: annotator.js, which the background runs in the frame then
// (extension/annotator-delivery.ts; annotator-script.ts hands it over). How the pieces
// feed each other:
//
//   page/sources ──► page/watcher ──► tex/prefilter ──► background (one message per batch
//   (DOM → TeX)      (scan once,      (cheap "may be     of new TeX: parse, recognise, check,
//   page-bridge.js ─►  then observe)   cross-entropy?")  cached) → page/marks → lens.ts
//   (MathJax 3/4 TeX, MAIN world, via one CustomEvent)                  (badges; popover.js
//                                                                        loads on first open)
//
// The page's thread only finds, reads, prefilters and marks: no parser, no recogniser,
// no KaTeX here.
import { createAnalysisClient, type AnalysisRequest } from './extension/analysis-client';
import { analysisKey } from './extension/analysis-key';
import type { ExtensionMessage } from './extension/messages';
import { tellBackground } from './extension/tell-background';
import type * as Lens from './lens';
import { exampleContextOf } from './page/context';
import { clearMarks, markSite } from './page/marks';
import { listenToMathJaxBridge, useMathJaxBridgeLoader } from './page/mathjax-tex';
import { useMathMLConverter } from './page/mathml-tex';
import type * as MathMLTex from './mathml-tex';
import { registeredSources } from './page/registry';
import { RENDERER_SCRIPTS } from './page/sources/selectors';
import type { MathSite, MathSource } from './page/types';
import { watchPage, type PageWatcher } from './page/watcher';
import { mightBeCrossEntropy } from './tex/prefilter';
import type { FormulaAnalysis, Verdict } from './tex/types';

export interface RunningAnnotator {
  /** Scans the whole page again and reports its counts, even unchanged (the reader asked). */
  rescan(): void;
  /** Reports the counts now, even none (a reader's request that found the annotator just started). */
  reportNow(): void;
}

/** What the first look already knows about the page. */
export interface AnnotatorStart {
  /** It saw a renderer's script or stylesheet in the head while the page loaded. */
  rendererSeen?: boolean;
}

/** How long raw TeX is left to such a renderer before it is taken as unrendered. */
const RAW_TEX_GRACE_MS = 2500;
/** Prefilter answers kept for the page's life (cleared when full). */
const PREFILTER_KEPT = 5000;
/** A log and, after an equals sign (or ≈), a number standing alone: what a worked example states. */
const WORKED_EXAMPLE_HINT = /(?:log|ln)[\s\S]*(?:=|\\approx|≈|\\simeq)\s*-?\s*\d[\d.,]*(?:\\[a-z]+\s*(?:\{[^}]*\})?|\\\s|\s|[.,;~])*$/i;

export function startAnnotator({ rendererSeen = false }: AnnotatorStart = {}): RunningAnnotator {
  if (__DEV__) performance.mark('xent-lens:annotator-start');
  /** The verdict of each marked formula (null when it states no worked example): the counts come from it. */
  const annotated = new Map<Element, Verdict | null>();
  /** The prefilter's answer per TeX: a page repeats its everyday symbols (x, y_i, \theta) many times. */
  const prefiltered = new Map<string, boolean>();
  const mayBeCandidate = (tex: string): boolean => {
    let answer = prefiltered.get(tex);
    if (answer === undefined) {
      answer = mightBeCrossEntropy(tex);
      if (prefiltered.size >= PREFILTER_KEPT) prefiltered.clear();
      prefiltered.set(tex, answer);
    }
    return answer;
  };
  const analyses = createAnalysisClient();
  let lens: Promise<typeof Lens> | null = null;
  // Formulas shown only as MathML (GitHub's, rendered before we came) need the converter chunk.
  useMathMLConverter(() => (import(chrome.runtime.getURL('mathml-tex.js')) as Promise<typeof MathMLTex>).then((chunk) => chunk.mathmlToTex));
  /** Nothing is reported for a page without formulas until asked (a rescan): the first message costs milliseconds. */
  let lastReport = '0/0';

  // Splitting a text node under a renderer that is part-way through it would break
  // its output, so raw TeX waits for a while on pages that load one, and on a page still
  // loading (its renderer's script may not have arrived yet) until it has loaded.
  // What the first look saw in the head says it without a look; otherwise the page's scripts,
  // not every element (a selector list asked of a page of 67,000 elements took 4 ms, the
  // scripts' collection 1 ms).
  const rendererOnPage = () => rendererSeen || Array.prototype.some.call(document.scripts, (script: Element) => script.matches(RENDERER_SCRIPTS));
  const loadingAtStart = document.readyState === 'loading';
  let rawTexAllowed = !loadingAtStart && !rendererOnPage();
  const withoutRaw = registeredSources().filter((source) => source.name !== 'raw');
  const sources = (): readonly MathSource[] => (rawTexAllowed ? registeredSources() : withoutRaw);

  // MathJax 3/4 output with no TeX beside it: the background runs the bridge in this frame
  // (set before the first scan, which may meet such output).
  useMathJaxBridgeLoader(() => tellBackground({ type: 'load-bridge' }));
  const watcher: PageWatcher = watchPage(
    document,
    {
      found: (sites) => annotate(sites),
      gone: (elements) => forget(elements),
    },
    { sources },
  );
  listenToMathJaxBridge(document, (root, _tex, changed) => watcher.scanSoon(root, changed));
  if (!rawTexAllowed) {
    const allowRawTex = (): void => {
      rawTexAllowed = true;
      // Only raw TeX is new to look for: what the renderer made was found as it came.
      watcher.rescan(registeredSources().filter((source) => source.name === 'raw'));
    };
    // A page loaded before we came has a renderer (or raw TeX would be allowed); one still loading is asked once it has loaded.
    whenLoaded(document, () => (!loadingAtStart || rendererOnPage() ? setTimeout(allowRawTex, RAW_TEX_GRACE_MS) : allowRawTex()));
  }

  function annotate(sites: MathSite[]): void {
    const candidates = sites.filter((site) => mayBeCandidate(site.tex));
    if (candidates.length === 0) return;
    // The badges' code loads while the background answers (most candidates are marked).
    loadLens().catch(() => undefined);
    const requests = candidates.map(requestFor);
    if (__DEV__) performance.mark('xent-lens:asked');
    analyses.analyse(requests).then(
      (answers) => mark(candidates, requests, answers),
      (error: unknown) => {
        if (__DEV__) console.warn('xent-lens: analysis failed', error);
      },
    );
  }

  /** A formula that states a number may be a worked example: the page's words before it can fix its log base. */
  function requestFor(site: MathSite): AnalysisRequest {
    return WORKED_EXAMPLE_HINT.test(site.tex) ? { tex: site.tex, context: exampleContextOf(site.element) } : { tex: site.tex };
  }

  function mark(sites: MathSite[], requests: AnalysisRequest[], answers: ReadonlyMap<string, FormulaAnalysis | null>): void {
    if (__DEV__) performance.mark('xent-lens:answered');
    // Only what is still on the page as it was found (a renderer may have replaced it meanwhile).
    const known = watcher.known();
    const shown: Lens.SiteWithAnalysis[] = [];
    watcher.withoutObserving(() => {
      for (const [i, site] of sites.entries()) {
        const analysis = answers.get(analysisKey(site.tex, requests[i]!.context));
        if (!analysis || (!analysis.recognition && !analysis.example) || known.get(site.element) !== site) continue;
        const kind = analysis.recognition?.kind ?? analysis.example?.kind ?? null;
        const verdict = analysis.example?.verdict ?? null;
        markSite(site.element, kind, verdict);
        annotated.set(site.element, verdict);
        shown.push({ site, analysis });
      }
    });
    if (shown.length === 0) return;
    report();
    if (__DEV__) performance.measure('xent-lens:annotated', { start: performance.getEntriesByName('xent-lens:content-script')[0]?.startTime ?? 0 });
    loadLens().then(
      (loaded) => loaded.showBadges(shown, analyses.readerSettings()),
      (error: unknown) => {
        if (__DEV__) console.warn('xent-lens: could not start the badges', error);
      },
    );
  }

  function loadLens(): Promise<typeof Lens> {
    lens ??= import('./lens');
    return lens;
  }

  function forget(elements: Element[]): void {
    watcher.withoutObserving(() => {
      for (const element of elements) {
        annotated.delete(element);
        if (element.isConnected) clearMarks(element);
      }
    });
    void lens?.then((loaded) => loaded.forgetSites(elements));
    report();
  }

  /** Tells the background how many formulas this tab has (toolbar badge, popup). */
  function report(force = false): void {
    const message = counts();
    const key = `${message.count}/${message.wrong}`;
    if (key === lastReport && !force) return;
    lastReport = key;
    tellBackground(message);
  }

  function counts(): ExtensionMessage & { type: 'formulas-found' } {
    let wrong = 0;
    for (const verdict of annotated.values()) if (verdict === 'wrong') wrong++;
    return { type: 'formulas-found', count: annotated.size, wrong };
  }

  function rescan(): void {
    watcher.rescan();
    report(true);
  }

  chrome.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if (typeof message !== 'object' || message === null || (message as ExtensionMessage).type !== 'rescan') return false;
    rescan();
    // The counts so far; new formulas from this rescan follow in a formulas-found message.
    const { count, wrong } = counts();
    sendResponse({ count, wrong });
    return false;
  });

  return { rescan, reportNow: () => report(true) };
}

/** Runs `then` once the parser has finished `document` (at once when it has). */
function whenLoaded(document: Document, then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}
