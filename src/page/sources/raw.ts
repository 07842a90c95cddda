// Raw TeX in the page's text: $$…$$, \[…\], \(…\), \begin{equation|align|…}…\end{…}
// ($…$ is money on a web page). Either the renderer has not run yet, or nothing renders
// it. Each match is wrapped in the extension's <span> so it can carry the marks; when a
// renderer later replaces the text, the watcher unwraps the span and the renderer's own
// source takes over. (Markdown drafts are read without a DOM: ../static.ts.)
import { RAW_WRAPPER_ATTRIBUTE, isExtensionNode, wrapRawTex } from '../marks';
import { defineSource } from '../registry';
import { RAW_TEX_OPENING } from './selectors';
import type { MathSite, ScanContext } from '../types';
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
  if (all !== null && all !== undefined && (!RAW_TEX_OPENING.test(all) || onlyInSkippedText(root, all))) return [];
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
/** The outermost of those, so nested ones (pre > code) are counted once. */
const OUTERMOST_KEPT = `:is(${KEPT}):not(:is(${KEPT}) *)`;
const OPENINGS = new RegExp(RAW_TEX_OPENING.source, 'g');

const openingsIn = (text: string): number => text.match(OPENINGS)?.length ?? 0;

/**
 * Whether every delimiter in the text under `root` sits where the walk would skip it.
 * A page of rendered formulas keeps each one's TeX (KaTeX's annotation holds
 * \begin{aligned}, scripts hold \( in strings), so the text test alone sends the walk
 * over every element; counting the delimiters in those few places is one native query.
 */
function onlyInSkippedText(root: ParentNode, all: string): boolean {
  try {
    let skipped = 0;
    for (const element of Array.from(root.querySelectorAll(OUTERMOST_KEPT))) skipped += openingsIn(element.textContent ?? '');
    return skipped >= openingsIn(all);
  } catch {
    // A DOM without :is() (an older engine): walk as before.
    return false;
  }
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
