// KaTeX output (auto-render, server-side rendering, Ghost, Zenn after render,
// docs sites): the TeX is kept in the hidden MathML's
// annotation[encoding="application/x-tex"]; .katex-display wraps display math.
import { queryAll, texAnnotation } from '../dom';
import { defineSource } from '../registry';
import type { MathSite } from '../types';

export function findKatexSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const katex of queryAll(root, '.katex')) {
    // KaTeX's MathML part is .katex-mathml; output 'html' only leaves no TeX to read.
    const mathml = katex.querySelector(':scope > .katex-mathml') ?? katex;
    const tex = texAnnotation(mathml);
    if (!tex) continue;
    const display = katex.parentElement?.classList.contains('katex-display') ?? false;
    sites.push({ element: display ? katex.parentElement! : katex, tex, display, source: 'katex' });
  }
  return sites;
}

export const katexSource = defineSource({ name: 'katex', selector: '.katex', find: findKatexSites });

// Checked on: KaTeX auto-render pages (the Qualiteg blog), Zenn articles after
// render, KaTeX's own docs. Fixture: test/fixtures/pages/sources-katex.html.
