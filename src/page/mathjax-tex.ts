// The content script's side of the MathJax bridge: the TeX the MAIN world handed
// over, keyed by the output element (mjx-container) it belongs to, and the request
// that brings the bridge into a frame that needs it.
import { BRIDGE_EVENT, decodeBridgeMessage, encodeBridgeMessage } from './bridge-protocol';

export interface BridgedTex {
  tex: string;
  display: boolean;
  version: number;
}

const texByRoot = new WeakMap<Element, BridgedTex>();

export function bridgedTexOf(element: Element): BridgedTex | undefined {
  return texByRoot.get(element);
}

/** For tests and the CLI: what the bridge would have said about `element`. */
export function rememberBridgedTex(element: Element, tex: BridgedTex): void {
  texByRoot.set(element, tex);
}

/**
 * Listens for the bridge's events on `document`. `onTex` runs for each formula
 * handed over (new, or with TeX that differs from what was known). Returns a
 * function that stops listening.
 */
export function listenToMathJaxBridge(document: Document, onTex: (root: Element, tex: BridgedTex, changed: boolean) => void): () => void {
  const listener = (event: Event) => {
    const message = decodeBridgeMessage((event as CustomEvent<unknown>).detail);
    const target = event.target as Node | null;
    if (!message || message.type !== 'math' || !target || target.nodeType !== 1) return;
    const root = target as Element;
    const before = texByRoot.get(root);
    if (before && before.tex === message.tex && before.display === message.display) return;
    const tex = { tex: message.tex, display: message.display, version: message.version };
    texByRoot.set(root, tex);
    onTex(root, tex, before !== undefined);
  };
  document.addEventListener(BRIDGE_EVENT, listener, true);
  return () => document.removeEventListener(BRIDGE_EVENT, listener, true);
}

let lastRequest = -Infinity;
/** Brings the bridge into the page (the extension's build sets it; the CLI and tests have none). */
let loadBridge: (() => void) | null = null;
let bridgeAsked = false;

/**
 * How the bridge gets into the page: it is not in every page from the start, but run
 * in a frame's MAIN world the first time a formula there lacks its TeX (on its start
 * it hands over everything MathJax has typeset).
 */
export function useMathJaxBridgeLoader(load: () => void): void {
  loadBridge = load;
}

/** Asks the bridge to hand over every formula again (at most every 250 ms), loading it first. */
export function requestMathJaxTex(document: Document): void {
  if (loadBridge && !bridgeAsked) {
    bridgeAsked = true;
    loadBridge();
  }
  const now = Date.now();
  if (now - lastRequest < 250) return;
  lastRequest = now;
  const view = document.defaultView;
  if (!view || typeof view.CustomEvent !== 'function') return;
  document.dispatchEvent(new view.CustomEvent(BRIDGE_EVENT, { detail: encodeBridgeMessage({ type: 'send-again' }) }));
}
