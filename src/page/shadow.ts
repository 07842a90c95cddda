// Open shadow roots: web components that render math inside one (a formula card, a
// notebook cell, an embed-katex-style element). The watcher looks into each open root
// it finds and observes it; closed roots stay closed (element.shadowRoot is null).
//
// Only custom elements (a hyphen in the name) are asked for a root. Any element may
// host one, but finding a root on a built-in element means touching every element of
// every page, math or not, on the page's own thread; web components, where pages put
// math in shadow roots, are custom elements by definition.
import { UI_TAG_PREFIX } from './marks';

/**
 * XPath for the custom elements under a node, for a look with nothing to skip: the
 * browser walks natively and makes no object for the elements it passes (a walk by hand
 * costs 1–2 ms on a page of 1,000 paragraphs where this costs 0.3–0.6 ms).
 */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

export interface ShadowSearch {
  /** Open shadow roots under `root`, not inside the subtrees `skip` rejects (nor inside other shadow roots). */
  roots: ShadowRoot[];
  /** Custom elements not defined yet: they may attach a root once their definition loads. */
  undefinedHosts: Element[];
}

/**
 * The open roots of the custom elements under `root` (an element, a document or a
 * shadow root), passing over those inside subtrees `skip` rejects (formulas already
 * found) and the extension's own elements (the badge layer). Those subtrees are not entered at all: a
 * page of rendered formulas is mostly their output (67,000 elements for 1,000 KaTeX
 * formulas, MathJax's own mjx-* elements), which a walk of everything would visit and a
 * walk that turns back at each formula does not.
 */
export function findShadowRoots(root: ParentNode, skip: (element: Element) => boolean): ShadowSearch {
  const found: ShadowSearch = { roots: [], undefinedHosts: [] };
  const rootNode = root as Node;
  if (rootNode.nodeType === 1 && skip(rootNode as Element)) return found;
  for (const host of customElementsOutside(rootNode, skip)) {
    const shadow = host.shadowRoot;
    if (shadow) found.roots.push(shadow);
    else if (!isDefined(host)) found.undefinedHosts.push(host);
  }
  return found;
}

/**
 * The custom elements under `root` (itself included) outside the subtrees `skip` rejects,
 * in document order. A TreeWalker without a filter steps from element to element in one
 * call each (a filter would call back into JavaScript for every element, 7–19 ms for the
 * 3,700 elements outside 1,000 KaTeX formulas in a fresh content-script world); a walk by
 * hand from sibling to child takes two or three calls per element and is about 1.5× as
 * slow. Each skipped subtree is stepped over, not entered.
 */
function customElementsOutside(root: Node, skip: (element: Element) => boolean): Element[] {
  const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const walker = typeof document?.createTreeWalker === 'function' ? document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */) : null;
  // linkedom's walker only steps forward: there the walk is by hand.
  if (!walker || typeof walker.nextSibling !== 'function') return customElementsByHand(root, skip);
  const hosts: Element[] = [];
  let node: Node | null = root.nodeType === 1 ? root : walker.nextNode();
  while (node) {
    // The name is read once: each read of a property of an element is a call into the DOM.
    const name = (node as Element).localName;
    if (name.startsWith(UI_TAG_PREFIX) || (node !== root && skip(node as Element))) {
      node = nextOutside(walker);
      continue;
    }
    if (name.includes('-')) hosts.push(node as Element);
    node = walker.nextNode();
  }
  return hosts;
}

/** The walker's next element after its current one's subtree; null at the end of its root. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** The same walk by hand, for DOMs without TreeWalker. */
function customElementsByHand(root: Node, skip: (element: Element) => boolean): Element[] {
  const hosts: Element[] = [];
  if (root.nodeType === 1 && (root as Element).localName.includes('-')) hosts.push(root as Element);
  let node: Element | null = (root as ParentNode).firstElementChild;
  while (node) {
    const name = node.localName;
    const custom = name.includes('-');
    const entered = !(custom && name.startsWith(UI_TAG_PREFIX)) && !skip(node);
    if (entered && custom) hosts.push(node);
    node = (entered ? node.firstElementChild : null) ?? nextAfterSubtree(node, root);
  }
  return hosts;
}

/** The element after `node`'s subtree in document order, still under `root`; null at the end. */
function nextAfterSubtree(node: Element, root: Node): Element | null {
  for (let at: Element = node; ; ) {
    if (at.nextElementSibling) return at.nextElementSibling;
    const parent = at.parentNode;
    if (!parent || parent === root || parent.nodeType !== 1) return null;
    at = parent as Element;
  }
}

/** `root` itself when it is a custom element, then those under it in document order. */
export function customElementsUnder(root: Node): Element[] {
  const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  // A shadow root is a fragment, which XPath does not take as its context in every
  // browser; roots are small, so they (and DOMs without XPath) are walked by hand.
  if (document && root.nodeType !== 11 && typeof document.evaluate === 'function') {
    try {
      const snapshot = document.evaluate(CUSTOM_ELEMENTS, root, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
      const hosts: Element[] = root.nodeType === 1 && (root as Element).localName.includes('-') ? [root as Element] : [];
      for (let i = 0; i < snapshot.snapshotLength; i += 1) hosts.push(snapshot.snapshotItem(i) as Element);
      return hosts;
    } catch {
      // fall through to the walk
    }
  }
  return customElementsOutside(root, () => false);
}

/** Whether a custom element's definition has run (true where the browser cannot say). */
export function isDefined(element: Element): boolean {
  try {
    return element.matches(':defined');
  } catch {
    return true;
  }
}
