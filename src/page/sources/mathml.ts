// MathML on the page (Temml, native MathML, converters that keep the source):
// the TeX is in annotation[encoding="application/x-tex"], else in alttext.
// MathML inside another renderer's output (KaTeX's hidden copy, MathJax's
// assistive copy) or inside Wikipedia's wrapper belongs to those sources.
import { queryAll, stripStyleWrapper, texAnnotation } from '../dom';
import { defineSource } from '../registry';
import type { MathSite } from '../types';

/** Math elements inside another renderer's output, in one selector query (not one lookup per element). */
const INSIDE_OTHER_RENDERERS = ['.katex', 'mjx-container', '.MathJax', '.MathJax_CHTML', '.mjx-chtml', '.MJX_Assistive_MathML', '.mwe-math-element']
  .map((renderer) => `${renderer} math`)
  .join(', ');

export function findMathMLSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  const all = queryAll(root, 'math');
  if (all.length === 0) return sites;
  // Selectors match ancestors above `root` too: a root inside KaTeX's output is covered.
  const belongElsewhere = new Set(queryAll(root, INSIDE_OTHER_RENDERERS));
  for (const math of all) {
    if (belongElsewhere.has(math)) continue;
    const tex = texAnnotation(math) ?? math.getAttribute('alttext')?.trim();
    if (!tex) continue;
    sites.push({ element: math, tex: stripStyleWrapper(tex), display: math.getAttribute('display') === 'block', source: 'mathml' });
  }
  return sites;
}

export const mathmlSource = defineSource({ name: 'mathml', selector: 'math', find: findMathMLSites });

// Checked on: Temml output (annotate: true), native MathML with alttext (arXiv's
// HTML papers via LaTeXML). Fixture: test/fixtures/pages/sources-mathml.html.
