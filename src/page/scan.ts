// One scan: runs every registered source over a root and returns each formula
// once, in document order. A formula inside another one already claimed (KaTeX's
// hidden MathML, a math element inside Wikipedia's wrapper) is dropped.
import { hasMatch, isElement, spansPage } from './dom';
import './sources/index';
import { registeredSources } from './registry';
import type { MathSite, MathSource, ScanContext } from './types';

export interface ScanOptions {
  /** Elements found in earlier scans: skipped, with everything inside them (leave it out when there are none). */
  isKnown?: (element: Element) => boolean;
  /** The formulas of those elements, listed (for the sources that count what they hold). */
  known?: () => Iterable<MathSite>;
  /** The sources to run (default: all registered, in their order). */
  sources?: readonly MathSource[];
}

export function scanForMath(root: ParentNode, options: ScanOptions = {}): MathSite[] {
  const isKnown = options.isKnown ?? (() => false);
  const sources = options.sources ?? registeredSources();
  const claimedNow = new Map<Element, MathSite>();
  /** Whether a site may sit inside a claimed element: one known before, or one an earlier source of this scan found. */
  let mayBeClaimed = options.isKnown !== undefined;
  const isClaimed = (element: Element) => claimedNow.has(element) || isKnown(element);
  const insideClaimed = (element: Element) => {
    for (let node: Element | null = element; node; node = node.parentElement) if (isClaimed(node)) return true;
    return false;
  };
  if (isElement(root) && insideClaimed(root)) return [];

  const present = sourcesPresent(root, sources);
  const context: ScanContext = {
    isClaimed,
    *claimed() {
      yield* options.known?.() ?? [];
      yield* claimedNow.values();
    },
  };
  // Each source finds its formulas in document order; merging the lists keeps that order
  // with few comparisons (sorting 1,000 sites compared siblings in long lists ~10,000 times).
  const perSource: MathSite[][] = [];
  for (const source of sources) {
    if (source.selector && !present.has(source)) continue;
    const found: MathSite[] = [];
    // One source's sites never nest, so the first source with any (on a page scanned for
    // the first time) needs no walk up from each of them.
    for (const site of source.find(root, context)) {
      if (mayBeClaimed && insideClaimed(site.element)) continue;
      claimedNow.set(site.element, site);
      found.push(site);
    }
    if (found.length > 0) {
      perSource.push(found);
      mayBeClaimed = true;
    }
  }
  return perSource.reduce(mergeInDocumentOrder, []);
}

/** Merges two lists already in document order. */
function mergeInDocumentOrder(a: MathSite[], b: MathSite[]): MathSite[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: MathSite[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(precedes(a[i]!, b[j]!) ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/**
 * The sources whose elements are under `root` (or are `root`): a native query per
 * selector (see hasMatch), so that a page of 1,000 KaTeX formulas is not walked once per
 * kind of math it lacks with a slow selector list. A root smaller than the page (an added
 * subtree, mostly without math) is first asked every source's selector as one list.
 */
function sourcesPresent(root: ParentNode, sources: readonly MathSource[]): Set<MathSource> {
  const answers = new Map<string, boolean>();
  const present = new Set<MathSource>();
  const isDocument = (root as Node).nodeType === 9;
  if (!spansPage(root)) {
    const list = selectorListOf(sources);
    if (list === '' || !hasMatch(root, list)) return present;
  }
  for (const source of sources) {
    const selector = (isDocument ? source.documentSelector : undefined) ?? source.selector;
    if (!selector) continue;
    let found = answers.get(selector);
    if (found === undefined) answers.set(selector, (found = hasMatch(root, selector)));
    if (found) present.add(source);
  }
  return present;
}

const selectorLists = new WeakMap<readonly MathSource[], { count: number; list: string }>();

/** The selectors of `sources`, as one list (made again only when the list of sources has grown). */
function selectorListOf(sources: readonly MathSource[]): string {
  const made = selectorLists.get(sources);
  if (made?.count === sources.length) return made.list;
  const list = [...new Set(sources.map((source) => source.selector).filter((selector): selector is string => !!selector))].join(', ');
  selectorLists.set(sources, { count: sources.length, list });
  return list;
}

function precedes(a: MathSite, b: MathSite): boolean {
  // DOCUMENT_POSITION_FOLLOWING = 4: b comes after a.
  return (a.element.compareDocumentPosition(b.element) & 4) !== 0;
}
