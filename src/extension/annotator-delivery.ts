// How the rest of the content script (annotator.js) reaches a frame whose first look saw
// math. The first look (content.js) is all that every page parses, so it stays small;
// annotator.js is a classic script that the background injects into the frame's
// isolated world at once (scripting.executeScript, injectImmediately) when the first
// look tells it to get ready. An injected script is run as soon as the frame takes the
// message, ahead of the page's first layout on a page still loading; a module fetched
// from the page (import()) was run only after that layout or the load event. Where
// the background cannot inject (no answer, a frame it may not script), the content
// script imports the same file itself. Either way the file hands its module over here,
// on a slot of the isolated world both copies of this module share.
import type { AnnotatorStart, RunningAnnotator } from '../annotator';

export interface AnnotatorModule {
  startAnnotator(start?: AnnotatorStart): RunningAnnotator;
}

interface Slot {
  module?: AnnotatorModule;
  /** Called when the module arrives (the content script is waiting for it). */
  arrived?: (module: AnnotatorModule) => void;
}

const SLOT = Symbol.for('xent-lens.annotator-module');

function slot(): Slot {
  const global = globalThis as typeof globalThis & { [SLOT]?: Slot };
  global[SLOT] ??= {};
  return global[SLOT];
}

/** annotator.js, on being run: the module is here (the first copy to arrive counts). */
export function handOverAnnotator(module: AnnotatorModule): void {
  const waiting = slot();
  if (waiting.module) return;
  waiting.module = module;
  waiting.arrived?.(module);
}

/**
 * Asks the background to get ready for this frame's TeX and to run annotator.js here,
 * and resolves with the module once it has run. `ask` sends the get-ready message and
 * settles once the background has answered (an injection has run by then); `importFile`
 * loads the file as a module, the way round an injection that did not happen.
 */
export function deliverAnnotator(ask: () => Promise<unknown>, importFile: () => Promise<unknown>): Promise<AnnotatorModule> {
  const waiting = slot();
  if (waiting.module) return Promise.resolve(waiting.module);
  return new Promise<AnnotatorModule>((resolve, reject) => {
    waiting.arrived = resolve;
    const importIt = () => {
      importFile().then(() => {
        // A file that ran but handed nothing over: say so rather than wait for ever.
        if (!slot().module) reject(new Error('annotator.js handed over no module'));
      }, reject);
    };
    const unlessArrived = () => {
      if (!slot().module) importIt();
    };
    ask().then(unlessArrived, unlessArrived);
  });
}
