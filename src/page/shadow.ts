// Open shadow roots: web components that render math inside one (a formula card, a
// notebook cell, an embed-katex-style element). The watcher looks into each open root
// it finds and observes it; closed roots stay closed (element.shadowRoot is null).

export interface ShadowSearch {
  /** Open shadow roots under `root`, not inside the subtrees `skip` rejects (nor inside other shadow roots). */
  roots: ShadowRoot[];
  /** Custom elements not defined yet: they may attach a root once their definition loads. */
  undefinedHosts: Element[];
}

/**
 * One walk of the elements under `root` (an element, a document's body or a shadow
 * root). Elements `skip` rejects are passed over with their subtrees (formulas already
 * found, the extension's own badge layer).
 */
export function findShadowRoots(root: ParentNode, skip: (element: Element) => boolean): ShadowSearch {
  const found: ShadowSearch = { roots: [], undefinedHosts: [] };
  const document = (root as Node).nodeType === 9 ? (root as Document) : (root as Node).ownerDocument;
  if (!document || typeof document.createTreeWalker !== 'function') return found;
  const visit = (element: Element) => {
    const shadow = element.shadowRoot;
    if (shadow) found.roots.push(shadow);
    else if (element.localName.includes('-') && !isDefined(element)) found.undefinedHosts.push(element);
  };
  if ((root as Node).nodeType === 1) {
    if (skip(root as Element)) return found;
    visit(root as Element);
  }
  const walker = document.createTreeWalker(root as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
  let node = walker.nextNode();
  while (node) {
    const element = node as Element;
    if (skip(element)) {
      node = nextOutside(walker);
      continue;
    }
    visit(element);
    node = walker.nextNode();
  }
  return found;
}

/** The next element after the walker's current one that is not inside it. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}

/** Whether a custom element's definition has run (true where the browser cannot say). */
export function isDefined(element: Element): boolean {
  try {
    return element.matches(':defined');
  } catch {
    return true;
  }
}
