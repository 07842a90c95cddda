// Raw TeX in the page's text: $$…$$, \[…\], \(…\), \begin{equation|align|…}…\end{…}
// ($…$ is money on a web page). Either the renderer has not run yet, or nothing renders
// it. Each match is wrapped in the extension's <span> so it can carry the marks; when a
// renderer later replaces the text, the watcher unwraps the span and the renderer's own
// source takes over. (Markdown drafts are read without a DOM: ../static.ts.)
import { RAW_WRAPPER_ATTRIBUTE, isExtensionNode, wrapRawTex } from '../marks';
import { defineSource } from '../registry';
import { RAW_TEX_OPENING } from './selectors';
import type { MathSite, ScanContext, SourceName } from '../types';
import { matchRawTex } from '../raw-tex';

/** Text in these elements is never math: code, scripts, form fields, renderer output. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'TEXTAREA', 'PRE', 'CODE', 'NOSCRIPT', 'TEMPLATE', 'KBD', 'SAMP', 'OPTION',
  'SVG', 'MATH', 'INPUT', 'SELECT', 'IFRAME', 'OBJECT',
]);


/**
 * Finds delimited TeX in the text nodes under `root`, wraps each match in the
 * extension's span and returns the spans as sites. Skips code and form fields,
 * the extension's own nodes, and subtrees the context has claimed.
 */
export function findRawTexSites(root: ParentNode, context?: ScanContext): MathSite[] {
  // One native read of all the text first: on a page without a single delimiter (most
  // pages) the element-by-element walk below, and the style it makes the browser compute, is skipped.
  const all = (root as Node).nodeType === 9 ? (root as Document).documentElement?.textContent : (root as Node).textContent;
  if (all !== null && all !== undefined && (!RAW_TEX_OPENING.test(all) || onlyInSkippedText(root, all, context))) return [];
  const hits: Text[] = [];
  // A hand-written walk: TreeWalker filters are not honoured by linkedom (the CLI).
  const start = root as Node;
  if (start.nodeType === 1 && skipsSubtree(start as Element, context)) return [];
  let node: Node | null = start.firstChild;
  while (node && node !== start) {
    if (node.nodeType === 3) {
      if (RAW_TEX_OPENING.test((node as Text).data)) hits.push(node as Text);
    } else if (node.nodeType === 1 && !skipsSubtree(node as Element, context) && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== start && !node.nextSibling) node = node.parentNode;
    if (!node || node === start) break;
    node = node.nextSibling;
  }

  const sites: MathSite[] = [];
  for (const text of hits) {
    const matches = matchRawTex(text.data);
    // Right to left, so the offsets of the earlier matches stay valid.
    const wrapped: MathSite[] = [];
    for (const match of matches.reverse()) {
      const span = wrapRawTex(text, match.start, match.end);
      wrapped.unshift({ element: span, tex: match.tex, display: match.display, source: 'raw' });
    }
    sites.push(...wrapped);
  }
  return sites;
}

/** Where a page keeps TeX or code the walk never reads: the skipped tags, KaTeX's annotation, the extension's own wrappers. */
const KEPT = [...[...SKIPPED_TAGS].map((tag) => tag.toLowerCase()), 'annotation', `[${RAW_WRAPPER_ATTRIBUTE}]`].join(',');
/**
 * The kept places by tag, those a page fills with TeX or with code that writes delimiters
 * (a renderer's options) first: each is one native walk, and counting stops as soon as
 * every delimiter is accounted for.
 */
const KEPT_TAGS = ['script', 'style', 'code', 'pre', 'textarea', 'noscript', 'template', 'annotation', 'math', 'svg', 'kbd', 'samp', 'option', 'input', 'select', 'iframe', 'object'];
const OPENINGS = new RegExp(RAW_TEX_OPENING.source, 'g');

const openingsIn = (text: string): number => text.match(OPENINGS)?.length ?? 0;
/**
 * Sources whose TeX is text inside the formula's element (KaTeX's annotation): its
 * delimiters are counted from the TeX the scan kept, not from a read of the formula's
 * text (1,000 reads on a page of 1,000 formulas). Its rendered glyphs are not counted;
 * a delimiter among them leaves the count short, and the walk then settles it.
 */
const TEX_IS_TEXT: ReadonlySet<SourceName> = new Set(['katex']);

/**
 * Whether every delimiter in the text under `root` sits where the walk would skip it: in
 * a formula already found, or in a kept place. A page of rendered formulas keeps each
 * one's TeX (KaTeX's annotation holds \begin{aligned}, scripts hold \( in strings), so
 * the text test alone would send the walk over every element. The formulas are counted
 * first, from the list the scan keeps (no query at all); a selector for "outermost kept
 * element" matched every element of the page against a long list, 10–20 ms on the
 * 1,000-formula page.
 */
function onlyInSkippedText(root: ParentNode, all: string, context?: ScanContext): boolean {
  let left = openingsIn(all);
  const rootNode = root as Node;
  for (const site of context?.claimed() ?? []) {
    if (left <= 0) return true;
    if (TEX_IS_TEXT.has(site.source)) {
      // The count first: most formulas hold no delimiter, and need no question of the DOM.
      const count = openingsIn(site.tex);
      if (count > 0 && rootNode.contains(site.element)) left -= count;
    } else if (rootNode.contains(site.element)) left -= openingsIn(site.element.textContent ?? '');
  }
  for (const tag of KEPT_TAGS) {
    if (left <= 0) return true;
    const elements = root.querySelectorAll(tag);
    for (let i = 0; i < elements.length && left > 0; i++) {
      const element = elements[i]!;
      const count = openingsIn(element.textContent ?? '');
      // Counted once: not again inside a formula or inside an outer kept place.
      if (count > 0 && !element.parentElement?.closest(KEPT) && !insideClaimed(element, context)) left -= count;
    }
  }
  return left <= 0;
}

function insideClaimed(element: Element, context?: ScanContext): boolean {
  if (!context) return false;
  for (let node: Element | null = element; node; node = node.parentElement) if (context.isClaimed(node)) return true;
  return false;
}

function skipsSubtree(element: Element, context?: ScanContext): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (isExtensionNode(element) || element.hasAttribute(RAW_WRAPPER_ATTRIBUTE)) return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return context?.isClaimed(element) ?? false;
}

export const rawSource = defineSource({
  name: 'raw',
  find: (root, context) => findRawTexSites(root, context),
});

// Checked on: the Qualiteg blog (Ghost; $$…$$ and \(…\) in the text, rendered by
// KaTeX in the browser), Markdown drafts, pages whose renderer is blocked by CSP.
// Fixture: test/fixtures/pages/sources-raw.html, sources-late.html.
