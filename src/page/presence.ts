// The content script's first look at a page: is there any sign of math at all? Most
// pages have none, and they should pay for one look and one observer, not for the
// sources, the watcher and the analysis client. A sign is enough (a false alarm only
// loads the rest): an element some source reads, an opening delimiter of raw TeX in
// the text, or a web component whose open shadow root holds one of these, or which is
// not defined yet (its root may come later).
//
// The content script starts with the document (document_start). While the parser is
// still in the head, a renderer's stylesheet or script there is a sign: the rest loads
// then, in time to see the formulas as the renderer draws them (a long page's first
// layout, right after its render, holds the page's thread for a second or more, and
// nothing that starts later can mark anything before it ends). Otherwise the look
// waits for DOMContentLoaded.
//
// The first look at a loaded document is in two parts. At once, native queries for what a
// selector can say (every source's element): the pages a renderer has drawn show
// themselves here. The rest (the page's text, read for raw TeX delimiters; the custom
// elements, asked for an open shadow root or whether they are defined yet) costs a read
// of the whole page, so it waits for the page's idle time, in one idle callback.
import { firstMatch, hasMatch } from './dom';
import { UI_TAG_PREFIX } from './marks';
import { customElementsUnder, isDefined } from './shadow';
import { DOCUMENT_SELECTORS, hasRawTexOpening, RENDERER_ASSETS, SOURCE_SELECTORS } from './sources/selectors';

/** Every source's selector, as one list (hasMatch asks its selectors one by one). */
export const MATH_SELECTOR = [...new Set(Object.values(SOURCE_SELECTORS))].join(', ');
/**
 * The same for a whole document, as single selectors (nothing to split on the page), where
 * some sources say as much with less (each absent selector is a walk of the page). The
 * renderers most pages use come first, so that a page of KaTeX stops at its first formula
 * with no walk at all; GitHub's comes after MathJax's, whose output it holds once rendered
 * (the content script then asks for GitHub's element itself, to keep its served TeX).
 */
export const DOCUMENT_MATH_SELECTORS: readonly string[] = [
  ...new Set([SOURCE_SELECTORS.katex, SOURCE_SELECTORS.mathjax3, SOURCE_SELECTORS.github, ...Object.values({ ...SOURCE_SELECTORS, ...DOCUMENT_SELECTORS })]),
];
/** Text inside these is code or styling, never a formula to read. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** The longest a deferred step of the first look waits for the page to be idle. */
const IDLE_TIMEOUT_MS = 1000;

export interface MathLook {
  /** Whether anything under the root looked at may be math. */
  found: boolean;
  /** Open shadow roots met on the way (to be observed too). */
  shadowRoots: ShadowRoot[];
}

/**
 * Looks for a sign of math under `root` (a document, an element, a shadow root or a
 * text node). Native queries only, as far as they go: each node a script touches costs
 * the browser an object for it, and a math-free page should have none made.
 */
export function lookForMath(root: Node): MathLook {
  const look: MathLook = { found: false, shadowRoots: [] };
  look.found = signOfMath(root, look.shadowRoots);
  return look;
}

function signOfMath(root: Node, shadowRoots: ShadowRoot[]): boolean {
  if (root.nodeType === 3) return hasRawTexOpening((root as Text).data) && isProse(root);
  if (root.nodeType !== 1 && root.nodeType !== 9 && root.nodeType !== 11) return false;
  if (hasMatch(root as ParentNode, root.nodeType === 9 ? DOCUMENT_MATH_SELECTORS : MATH_SELECTOR)) return true;
  return hasRawTex(root) || signInCustomElements(root, shadowRoots);
}

/** Open shadow roots of the custom elements under `root` (looked into) and custom elements not defined yet. */
function signInCustomElements(root: Node, shadowRoots: ShadowRoot[]): boolean {
  for (const host of customElementsUnder(root.nodeType === 9 ? ((root as Document).body ?? root) : root)) {
    if (host.localName.startsWith(UI_TAG_PREFIX)) continue;
    const shadow = host.shadowRoot;
    if (shadow) {
      shadowRoots.push(shadow);
      if (signOfMath(shadow, shadowRoots)) return true;
    } else if (!isDefined(host)) return true;
  }
  return false;
}

/** An opening delimiter of raw TeX in the text under `root`, outside scripts and styles. */
function hasRawTex(root: Node): boolean {
  const text = root.nodeType === 9 ? (root as Document).body?.textContent : root.textContent;
  // One native read first; only a page whose text holds a delimiter is walked node by node.
  if (!text || !hasRawTexOpening(text)) return false;
  const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!document) return true;
  const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (hasRawTexOpening((node as Text).data) && isProse(node)) return true;
  }
  return false;
}

function isProse(text: Node): boolean {
  return !NOT_PROSE.has(text.parentNode?.nodeName.toUpperCase() ?? '');
}

export interface MathLookout {
  stop(): void;
}

/**
 * Looks at `document` (a native query now, the text and the custom elements when the
 * page is idle) and at what is added to it (and to the open shadow roots met) later;
 * a document still loading is looked at once loaded, and its head meanwhile. Calls
 * `onMath` once, at the first sign of math, and stops looking. It hears the selector the
 * first query matched (RENDERER_ASSETS for a renderer in a loading head; null when the
 * sign came later or from elsewhere). `onIdleStep` hears
 * when each idle step that ran began (the development build measures them).
 */
export function watchForMath(document: Document, onMath: (matched: string | null) => void, onIdleStep?: (start: number) => void): MathLookout {
  return document.readyState === 'loading' ? watchLoadingDocument(document, onMath, onIdleStep) : watchLoadedDocument(document, onMath, onIdleStep);
}

/**
 * The head as the parser adds it, for a renderer's stylesheet or script (onMath hears
 * RENDERER_ASSETS); then, without one, the loaded document as watchForMath says. The
 * observer stops at the body. It watches the document, its root element and the head
 * each for their own children only: watching the whole tree, it was handed a record for
 * every node of a short page the parser had added in one go (1,761 on the math-free bench
 * page, 3 ms to make in the page's world) to find the few in the head.
 */
function watchLoadingDocument(document: Document, onMath: (matched: string | null) => void, onIdleStep?: (start: number) => void): MathLookout {
  let loaded: MathLookout | null = null;
  let done = false;
  const Observer = (document.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const childrenOf = (parent: Node | null): void => {
    if (parent) observer.observe(parent, { childList: true });
  };
  const headHoldsRenderer = (): boolean => document.head?.querySelector(RENDERER_ASSETS) != null;
  const observer = new Observer((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node === document.body) return observer.disconnect();
        if (node.nodeType !== 1) continue;
        if ((node as Element).matches(RENDERER_ASSETS)) return finish(() => onMath(RENDERER_ASSETS));
        if (node !== document.documentElement && node !== document.head) continue;
        childrenOf(node);
        // A root element added whole brings its head with it.
        if (node === document.documentElement && document.head) childrenOf(document.head);
        if (headHoldsRenderer()) return finish(() => onMath(RENDERER_ASSETS));
      }
    }
  });
  const onLoaded = (): void => finish(() => (loaded = watchLoadedDocument(document, onMath, onIdleStep)));
  function finish(then: () => void): void {
    if (done) return;
    done = true;
    observer.disconnect();
    document.removeEventListener('DOMContentLoaded', onLoaded);
    then();
  }
  childrenOf(document);
  childrenOf(document.documentElement);
  childrenOf(document.head);
  // Met only where the head was there before this script (injected on a page still loading).
  if (headHoldsRenderer()) {
    finish(() => onMath(RENDERER_ASSETS));
    return { stop: () => undefined };
  }
  document.addEventListener('DOMContentLoaded', onLoaded);
  return {
    stop() {
      finish(() => undefined);
      loaded?.stop();
    },
  };
}

/** The look at a document the parser has finished: see watchForMath. */
function watchLoadedDocument(document: Document, onMath: (matched: string | null) => void, onIdleStep?: (start: number) => void): MathLookout {
  // A page a renderer has drawn shows itself to the first query and needs no observer.
  const matched = firstMatch(document, DOCUMENT_MATH_SELECTORS);
  if (matched) {
    onMath(matched);
    return { stop: () => undefined };
  }
  let done = false;
  const Observer = (document.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    if (done) return;
    for (const record of records) {
      const found =
        record.type === 'characterData' ? look(record.target) : [...record.addedNodes].some((node) => look(node));
      if (found) return;
    }
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observed = new WeakSet<ShadowRoot>();

  function look(root: Node): boolean {
    const { found, shadowRoots } = lookForMath(root);
    return noteLook(found, shadowRoots);
  }

  function noteLook(found: boolean, shadowRoots: ShadowRoot[]): boolean {
    for (const shadow of shadowRoots) {
      if (observed.has(shadow)) continue;
      observed.add(shadow);
      observer.observe(shadow, options);
    }
    if (found) finish();
    return found;
  }

  function finish(): void {
    if (done) return;
    done = true;
    observer.disconnect();
    onMath(null);
  }

  observer.observe(document, options);
  // What the native query could not say (raw TeX in the text; custom elements, defined with an
  // open root or not defined yet) waits for one idle callback; what is added meanwhile the observer sees.
  const deepLook = (): void => {
    if (done) return;
    const start = onIdleStep ? performance.now() : 0;
    const shadowRoots: ShadowRoot[] = [];
    noteLook(hasRawTex(document) || signInCustomElements(document, shadowRoots), shadowRoots);
    onIdleStep?.(start);
  };
  const view = document.defaultView;
  if (typeof view?.requestIdleCallback === 'function') view.requestIdleCallback(deepLook, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(deepLook, 0);
  return {
    stop() {
      done = true;
      observer.disconnect();
    },
  };
}
