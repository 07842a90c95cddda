// Open shadow roots: web components that render math inside one (a formula card, a
// notebook cell, an embed-katex-style element). The watcher looks into each open root
// it finds and observes it; closed roots stay closed (element.shadowRoot is null).
//
// Only custom elements (a hyphen in the name) are asked for a root. Any element may
// host one, but finding a root on a built-in element means touching every element of
// every page, math or not, on the page's own thread; web components, where pages put
// math in shadow roots, are custom elements by definition.

export interface ShadowSearch {
  /** Open shadow roots under `root`, not inside the subtrees `skip` rejects (nor inside other shadow roots). */
  roots: ShadowRoot[];
  /** Custom elements not defined yet: they may attach a root once their definition loads. */
  undefinedHosts: Element[];
}

/**
 * XPath for the custom elements under a node: the browser walks the tree natively
 * (descendant::*, not .//*, which first collects every node, text included: 3× slower).
 */
const CUSTOM_ELEMENTS = "descendant::*[contains(local-name(), '-')]";
const ORDERED_NODE_SNAPSHOT_TYPE = 7;

/**
 * The open roots of the custom elements under `root` (an element, a document or a
 * shadow root), passing over those inside subtrees `skip` rejects (formulas already
 * found, the extension's own badge layer). Those subtrees are not entered at all: a
 * page of rendered formulas is mostly their output (67,000 elements for 1,000 KaTeX
 * formulas, MathJax's own mjx-* elements), which one XPath over everything would visit
 * (≈60 ms there) and a walk that turns back at each formula does not.
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

/** The custom elements under `root` (itself included) outside the subtrees `skip` rejects, in document order. */
function customElementsOutside(root: Node, skip: (element: Element) => boolean): Element[] {
  const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (typeof document?.createTreeWalker !== 'function') {
    return customElementsUnder(root).filter((host) => !insideSkipped(host, root, skip));
  }
  const hosts: Element[] = [];
  if (root.nodeType === 1 && (root as Element).localName.includes('-')) hosts.push(root as Element);
  const walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */, {
    // 1 = FILTER_ACCEPT, 2 = FILTER_REJECT (its subtree is not entered), 3 = FILTER_SKIP (its children still are).
    acceptNode: (node) => (skip(node as Element) ? 2 : (node as Element).localName.includes('-') ? 1 : 3),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) hosts.push(node as Element);
  return hosts;
}

/** `root` itself when it is a custom element, then those under it in document order. */
export function customElementsUnder(root: Node): Element[] {
  const hosts: Element[] = [];
  if (root.nodeType === 1 && (root as Element).localName.includes('-')) hosts.push(root as Element);
  const document = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!document) return hosts;
  // A shadow root is a fragment, which XPath does not take as its context in every
  // browser; roots are small, so they (and DOMs without XPath) are walked by hand.
  if (root.nodeType !== 11 && typeof document.evaluate === 'function') {
    try {
      const snapshot = document.evaluate(CUSTOM_ELEMENTS, root, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
      for (let i = 0; i < snapshot.snapshotLength; i += 1) hosts.push(snapshot.snapshotItem(i) as Element);
      return hosts;
    } catch {
      // fall through to the walk
    }
  }
  if (typeof document.createTreeWalker !== 'function') return hosts;
  const walker = document.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Element).localName.includes('-')) hosts.push(node as Element);
  }
  return hosts;
}

/** Whether `element` or an ancestor below `root` is one `skip` rejects. */
function insideSkipped(element: Element, root: Node, skip: (element: Element) => boolean): boolean {
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    if (skip(node)) return true;
  }
  return false;
}

/** Whether a custom element's definition has run (true where the browser cannot say). */
export function isDefined(element: Element): boolean {
  try {
    return element.matches(':defined');
  } catch {
    return true;
  }
}
