// MAIN world, run by the background in a frame whose content script met MathJax 3/4
// output without its TeX (message load-bridge): MathJax 3 and 4 keep each formula's
// TeX in JavaScript (MathJax.startup.document.math), not in the page. This hands it
// over, one CustomEvent per formula dispatched on its output element (see
// page/bridge-protocol.ts), after the first typeset, after every later render,
// and whenever the content script asks again. It reads MathJax and wraps one
// method of its document object; it changes nothing else and never throws.
import { BRIDGE_EVENT, decodeBridgeMessage, encodeBridgeMessage } from './page/bridge-protocol';

/** The little of MathJax's API this file touches (v3 and v4 agree on it). */
interface MathItem {
  math: string;
  display: boolean;
  typesetRoot?: unknown;
  inputJax?: { name?: string };
}
interface MathDocument {
  math?: Iterable<MathItem>;
  render?: (...args: unknown[]) => unknown;
}
interface MathJaxObject {
  version?: string;
  startup?: { promise?: PromiseLike<unknown>; document?: MathDocument };
}

const GUARD = Symbol.for('xent-lens.page-bridge');

function startBridge(): void {
  /** What was last handed over for each output element, so renders only send what changed. */
  const sent = new WeakMap<Element, string>();
  const hooked = new WeakSet<MathDocument>();
  let sendQueued = false;

  const mathJax = (): MathJaxObject | undefined => (globalThis as { MathJax?: MathJaxObject }).MathJax;

  function send(all: boolean): void {
    const document = mathJax()?.startup?.document;
    const items = document?.math;
    if (!items || typeof (items as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') return;
    const version = Number.parseInt(mathJax()?.version ?? '3', 10) || 3;
    for (const item of items) {
      const root = item?.typesetRoot;
      if (!(root instanceof Element) || !root.isConnected || typeof item.math !== 'string') continue;
      const name = item.inputJax?.name;
      if (name && name !== 'TeX') continue; // MathML or AsciiMath input: not TeX
      const key = `${item.display ? 'D' : 'I'}${item.math}`;
      if (!all && sent.get(root) === key) continue;
      sent.set(root, key);
      const detail = encodeBridgeMessage({ type: 'math', tex: item.math, display: !!item.display, version });
      root.dispatchEvent(new CustomEvent(BRIDGE_EVENT, { bubbles: true, detail }));
    }
  }

  function sendSoon(): void {
    if (sendQueued) return;
    sendQueued = true;
    setTimeout(() => {
      sendQueued = false;
      guarded(() => send(false));
    }, 0);
  }

  /** Follows later typesets: every MathJax.typeset*, rerender and re-typeset ends in document.render(). */
  function hookRender(document: MathDocument | undefined): void {
    if (!document || hooked.has(document) || typeof document.render !== 'function') return;
    hooked.add(document);
    const render = document.render;
    document.render = function renderAndHandOver(this: unknown, ...args: unknown[]) {
      const result = render.apply(this, args);
      sendSoon();
      return result;
    };
  }

  /** Once MathJax has started: hook it and send what it has. False when there is no MathJax (yet). */
  function attach(all: boolean): boolean {
    const ready = mathJax()?.startup?.promise;
    if (!ready || typeof ready.then !== 'function') return false;
    ready.then(
      () => guarded(() => {
        hookRender(mathJax()?.startup?.document);
        send(all);
      }),
      () => undefined,
    );
    return true;
  }

  document.addEventListener(BRIDGE_EVENT, (event) => {
    guarded(() => {
      if (decodeBridgeMessage((event as CustomEvent<unknown>).detail)?.type === 'send-again') attach(true);
    });
  });
  attach(false);
}

function guarded(run: () => void): void {
  try {
    run();
  } catch {
    // The page's MathJax is not what we expect: say nothing rather than break it.
  }
}

guarded(() => {
  const slot = globalThis as typeof globalThis & { [GUARD]?: true };
  if (slot[GUARD]) return;
  slot[GUARD] = true;
  startBridge();
});
