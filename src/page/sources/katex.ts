// KaTeX output (auto-render, server-side rendering, Ghost, Zenn after render,
// docs sites): the TeX is kept in the hidden MathML's
// annotation[encoding="application/x-tex"]; .katex-display wraps display math.
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

/** The TeX annotation of each KaTeX formula: one query for them all, not two per formula. */
const ANNOTATIONS = '.katex annotation[encoding="application/x-tex"]';

export function findKatexSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  const rootNode = root as Node;
  // Under a document every .katex found is inside it; under an element, the .katex an
  // annotation belongs to may be `root`'s ancestor (root is then inside a formula).
  const mayBeOutside = rootNode.nodeType !== 9;
  let last: Element | null = null;
  // KaTeX's MathML part (.katex-mathml) holds it; output 'html' only leaves no TeX to read.
  for (const annotation of root.querySelectorAll(ANNOTATIONS)) {
    const katex = annotation.closest('.katex');
    // The formula's first annotation, of a formula inside `root` (or `root` itself).
    if (!katex || katex === last || (mayBeOutside && !rootNode.contains(katex))) continue;
    last = katex;
    const tex = annotation.textContent?.trim();
    if (!tex) continue;
    const parent = katex.parentElement;
    // className, not classList: no token list made per formula.
    const display = parent !== null && /(?:^|\s)katex-display(?:\s|$)/.test(parent.className);
    sites.push({ element: display ? parent : katex, tex, display, source: 'katex' });
  }
  return sites;
}

export const katexSource = defineSource({ name: 'katex', selector: SOURCE_SELECTORS.katex, find: findKatexSites });

// Checked on: KaTeX auto-render pages (the Qualiteg blog), Zenn articles after
// render, KaTeX's own docs. Fixture: test/fixtures/pages/sources-katex.html.
