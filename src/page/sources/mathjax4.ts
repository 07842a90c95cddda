// MathJax 4 writes the TeX into its output: data-latex on the mjx-math node (and
// on each sub-node). When it is missing (an older v4 build, or the option turned
// off), the mathjax3 source gets it from the bridge instead.
import { queryAll } from '../dom';
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

export function findMathJax4Sites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const container of queryAll(root, 'mjx-container')) {
    const math = container.querySelector(':scope > mjx-math[data-latex], :scope > svg [data-latex]');
    const tex = (container.getAttribute('data-latex') ?? math?.getAttribute('data-latex'))?.trim();
    if (!tex) continue;
    sites.push({ element: container, tex, display: container.getAttribute('display') === 'true', source: 'mathjax4' });
  }
  return sites;
}

export const mathjax4Source = defineSource({ name: 'mathjax4', selector: SOURCE_SELECTORS.mathjax4, find: findMathJax4Sites });

// Checked on: MathJax 4.1 tex-chtml with the New Computer Modern font (the
// default of the v4 CDN component). Fixture: test/fixtures/pages/sources-mathjax4.html.
