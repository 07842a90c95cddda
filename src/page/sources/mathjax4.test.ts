import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findMathJax4Sites } from './mathjax4';

describe('MathJax 4 source', () => {
  it('reads data-latex from the mjx-math node of each container (shape seen in sources-mathjax4.html)', () => {
    const { document } = parseHTML(`<html><body>
      <mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math data-latex="E = - \\sum_k t_k\\log{y_k}"><mjx-mi data-latex="E"></mjx-mi></mjx-math></mjx-container>
      <mjx-container class="MathJax" jax="CHTML"><mjx-math><mjx-mi>x</mjx-mi></mjx-math></mjx-container>
    </body></html>`);
    const sites = findMathJax4Sites(document.body);
    expect(sites.map((site) => [site.tex, site.display, site.source])).toEqual([['E = - \\sum_k t_k\\log{y_k}', true, 'mathjax4']]);
  });
});
