// One scan: runs every registered source over a root and returns each formula
// once, in document order. A formula inside another one already claimed (KaTeX's
// hidden MathML, a math element inside Wikipedia's wrapper) is dropped.
import { hasMatch, isElement, spansPage } from './dom';
import './sources/index';
import { registeredSources } from './registry';
import { walkOutside, type TagSearch } from './shadow';
import type { MathSite, MathSource, ScanContext } from './types';

export interface ScanOptions {
  /** Elements found in earlier scans: skipped, with everything inside them (leave it out when there are none). */
  isKnown?: (element: Element) => boolean;
  /** The formulas of those elements, listed (for the sources that count what they hold). */
  known?: () => Iterable<MathSite>;
  /** The sources to run (default: all registered, in their order). */
  sources?: readonly MathSource[];
  /**
   * Given for a whole-document scan that may answer its sources named by a tag with one
   * walk of the elements outside the formulas found (see scanForMath); `hosts` is then set
   * to the custom elements that walk met, outside every formula the scan found.
   */
  walk?: DocumentWalk;
}

export interface DocumentWalk {
  /** The custom elements outside the scan's formulas (and the extension's own), in document order. */
  hosts?: Element[];
}

/** A selector that is a tag name alone ('math', 'mjx-container'): a walk can answer it by each element's name. */
const PLAIN_TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9-]*)?$/;
/**
 * Tags the walk notes but does not enter: another renderer's output, where nothing a later
 * source reads sits (the MathML inside is that renderer's copy, which the MathML source
 * passes over; MathJax's mjx-* elements hold no shadow roots), and MathML itself.
 */
const NOT_ENTERED: ReadonlySet<string> = new Set(['mjx-container', 'math']);

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

  // A whole document of rendered formulas is mostly their output (65,000 of the 67,500
  // elements of 1,000 KaTeX formulas). A source named by a tag (Zenn's, GitHub's and
  // MathJax's elements, MathML) would cost one native walk of all of it when absent, and
  // MathML's own query one more when KaTeX's hidden copies make \`math\` present: once the
  // formulas of the sources before them are claimed, one walk of what lies outside those
  // formulas says which of these tags occur, and lists the custom elements whose shadow
  // roots the watcher looks into (which it walked for separately). Not when a source that
  // is present runs after the first of them (MathJax 2's frames would be walked unclaimed).
  const byTag = options.walk && (root as Node).nodeType === 9 ? sources.filter((source) => !!source.selector && PLAIN_TAG.test(source.selector)) : [];
  const present = sourcesPresent(root, sources, new Set(byTag));
  const firstByTag = byTag.length > 0 ? sources.indexOf(byTag[0]!) : -1;
  const walkAnswers = byTag.length > 0 && !sources.some((source, i) => i > firstByTag && present.has(source));
  if (!walkAnswers) for (const source of byTag) if (hasMatch(root, source.selector!)) present.add(source);
  let tags: TagSearch | null = null;
  let hosts: Element[] = [];
  let claimedAtWalk = 0;
  const metOnWalk = (source: MathSource): boolean => {
    if (!tags) {
      tags = { wanted: new Set(byTag.map((each) => each.selector!)), notEntered: NOT_ENTERED, met: new Set() };
      hosts = walkOutside(root as Node, isClaimed, tags);
      claimedAtWalk = claimedNow.size;
    }
    return tags.met.has(source.selector!);
  };
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
    if (source.selector && !(walkAnswers && byTag.includes(source) ? metOnWalk(source) : present.has(source))) continue;
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
  if (tags && options.walk) {
    // Hosts inside formulas that sources after the walk found are not outside them.
    options.walk.hosts = claimedNow.size > claimedAtWalk ? hosts.filter((host) => !insideClaimed(host)) : hosts;
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
function sourcesPresent(root: ParentNode, sources: readonly MathSource[], notAsked: ReadonlySet<MathSource> = new Set()): Set<MathSource> {
  const answers = new Map<string, boolean>();
  const present = new Set<MathSource>();
  const isDocument = (root as Node).nodeType === 9;
  if (!spansPage(root)) {
    const list = selectorListOf(sources);
    if (list === '' || !hasMatch(root, list)) return present;
  }
  for (const source of sources) {
    const selector = (isDocument ? source.documentSelector : undefined) ?? source.selector;
    if (!selector || notAsked.has(source)) continue;
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
