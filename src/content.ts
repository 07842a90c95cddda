// The content script (isolated world, from document_start), in every frame the extension
// may script. It is a first look only: is there any sign of math on this page
// (page/presence.ts)? A page without any pays for this small script and one
// MutationObserver. At the first sign the background is told to get ready for the
// page's TeX and runs the rest (annotator.js: sources, watcher, analysis client, marks,
// and the badges on the first marked formula) in this frame at once
// (extension/annotator-delivery.ts). GitHub's served TeX is kept right away, before
// GitHub's own MathJax can replace it. Injected twice (manifest and the reader's click),
// the second copy asks the first to rescan, which starts the rest if it has not yet.
import type * as Annotator from './annotator';
import { deliverAnnotator } from './extension/annotator-delivery';
import { askBackground } from './extension/tell-background';
import { keepServedTexUnder } from './page/sources/github-served';
import { watchForMath } from './page/presence';
import { RENDERER_ASSETS, SOURCE_SELECTORS } from './page/sources/selectors';

// The development build times itself for the page benchmark: a clock reading here, one measure at the end (a mark would cost as much again).
const contentStart = __DEV__ ? performance.now() : 0;

/** The way round an injection that did not happen: the same file, as a module. */
function importAnnotator(): Promise<unknown> {
  if (__DEV__) performance.mark('xent-lens:annotator-imported');
  return import(chrome.runtime.getURL('annotator.js'));
}

interface RunningContentScript {
  rescan(): void;
}

const GUARD = Symbol.for('xent-lens.content-script');

function startContentScript(): RunningContentScript {
  let annotator: Promise<Annotator.RunningAnnotator | null> | null = null;

  function load(start: Annotator.AnnotatorStart = {}): Promise<Annotator.RunningAnnotator | null> {
    if (__DEV__ && !annotator) performance.mark('xent-lens:annotator-load');
    // The background runs annotator.js here, then starts and compiles while the annotator scans.
    annotator ??= deliverAnnotator(() => askBackground({ type: 'get-ready' }), importAnnotator).then(
      (loaded) => loaded.startAnnotator(start),
      (error: unknown) => {
        if (__DEV__) console.warn('xent-lens: could not start the annotator', error);
        return null;
      },
    );
    return annotator;
  }

  const lookout = watchForMath(
    document,
    (matched) => {
      try {
        // KaTeX (asked first) means no GitHub math; MathJax's output may sit inside GitHub's elements, some still unrendered.
        const github = matched === null || matched === SOURCE_SELECTORS.github || (matched === SOURCE_SELECTORS.mathjax3 && document.querySelector(SOURCE_SELECTORS.github) !== null);
        if (github) keepServedTexUnder(document);
      } finally {
        void load({ rendererSeen: matched === RENDERER_ASSETS });
      }
    },
    __DEV__ ? (start) => performance.measure('xent-lens:content-idle-step', { start }) : undefined,
  );

  return {
    rescan() {
      // The reader asked: look properly, whatever the first look said.
      lookout.stop();
      const loading = annotator;
      void load().then((running) => {
        // A fresh annotator has just scanned; one that was already running scans again.
        if (loading) running?.rescan();
        else running?.reportNow();
      });
    },
  };
}

try {
  const slot = globalThis as typeof globalThis & { [GUARD]?: RunningContentScript };
  const running = slot[GUARD];
  if (running) running.rescan();
  else slot[GUARD] = startContentScript();
} catch (error) {
  // Never throw into someone else's page.
  if (__DEV__) console.warn('xent-lens: content script failed', error);
}
if (__DEV__) performance.measure('xent-lens:content-script', { start: contentStart });
