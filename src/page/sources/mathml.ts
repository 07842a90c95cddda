// MathML on the page (Temml, native MathML, converters that keep the source):
// the TeX is in annotation[encoding="application/x-tex"], else in alttext.
// MathML inside another renderer's output (KaTeX's hidden copy, MathJax's
// assistive copy) or inside Wikipedia's wrapper belongs to those sources.
import { queryAll, stripStyleWrapper, texAnnotation } from '../dom';
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

/** Other renderers' output, whose MathML copies belong to them. */
const OTHER_RENDERERS = ['.katex', 'mjx-container', '.MathJax', '.MathJax_CHTML', '.mjx-chtml', '.MJX_Assistive_MathML', '.mwe-math-element'].join(', ');
/**
 * The math elements outside other renderers' output, asked of the browser in one query:
 * a KaTeX page's thousand hidden copies are passed over natively instead of each being
 * handed to the script and asked closest() (matching looks above `root`, as closest() does).
 */
const OWN_MATH = `math:not(:is(${OTHER_RENDERERS}) math)`;

function mathElements(root: ParentNode): Element[] {
  try {
    return queryAll(root, OWN_MATH);
  } catch {
    return queryAll(root, 'math'); // a DOM without selector lists in :not(): closest() below sorts them
  }
}

export function findMathMLSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const math of mathElements(root)) {
    // closest() looks above `root` too: a root inside KaTeX's output is covered.
    if (math.closest(OTHER_RENDERERS)) continue;
    const tex = texAnnotation(math) ?? math.getAttribute('alttext')?.trim();
    if (!tex) continue;
    sites.push({ element: math, tex: stripStyleWrapper(tex), display: math.getAttribute('display') === 'block', source: 'mathml' });
  }
  return sites;
}

export const mathmlSource = defineSource({ name: 'mathml', selector: SOURCE_SELECTORS.mathml, find: findMathMLSites });

// Checked on: Temml output (annotate: true), native MathML with alttext (arXiv's
// HTML papers via LaTeXML). Fixture: test/fixtures/pages/sources-mathml.html.
