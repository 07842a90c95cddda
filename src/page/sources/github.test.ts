import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { SOURCE_TEX_ATTRIBUTE } from '../marks';
import { mathmlToTex } from '../mathml-to-tex';
import { useMathMLConverter } from '../mathml-tex';
import { findGitHubSites, stripDelimiters } from './github';

/** GitHub's markup for $…$, $$…$$ and a ```math fence, as the server sends it. */
const SERVED = `<html><body>
  <p dir="auto">Inline <math-renderer class="js-inline-math" style="display: inline" data-static-url="/static" data-run-id="a1">$\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$</math-renderer> here.</p>
  <math-renderer class="js-display-math" style="display: block" data-static-url="/static" data-run-id="b2">$$
E = -\\sum_{k=1}^{K} t_k \\log y_k
$$</math-renderer>
  <math-renderer class="js-display-math" style="display: block" data-static-url="/static" data-run-id="c3">L = -\\frac{1}{N}\\sum_i \\log p_i</math-renderer>
  <p>Code stays code: <code>$$E = -\\sum_k t_k \\log y_k$$</code></p>
</body></html>`;

/** What MathJax 3 leaves inside (CHTML output with its assistive MathML), without the TeX. */
const RENDERED_MATHML =
  '<math display="block" xmlns="http://www.w3.org/1998/Math/MathML"><mi>E</mi><mo>=</mo><mo>−</mo><munderover><mo data-mjx-texclass="OP">∑</mo><mrow><mi>k</mi><mo>=</mo><mn>1</mn></mrow><mi>K</mi></munderover><msub><mi>t</mi><mi>k</mi></msub><mi>log</mi><mo data-mjx-texclass="NONE">⁡</mo><msub><mi>y</mi><mi>k</mi></msub></math>';

describe('GitHub source', () => {
  it('reads inline, display and fenced math as served, and keeps the TeX on the element', () => {
    const { document } = parseHTML(SERVED);
    const sites = findGitHubSites(document.body);
    expect(sites.map((site) => [site.tex, site.display])).toEqual([
      ['\\hat{y}_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}', false],
      ['E = -\\sum_{k=1}^{K} t_k \\log y_k', true],
      ['L = -\\frac{1}{N}\\sum_i \\log p_i', true],
    ]);
    expect(sites.map((site) => site.element.getAttribute(SOURCE_TEX_ATTRIBUTE))).toEqual(sites.map((site) => site.tex));
  });

  it('reads the kept TeX after the renderer replaced the text', () => {
    const { document } = parseHTML(SERVED);
    findGitHubSites(document.body);
    const display = document.querySelector('[data-run-id="b2"]')!;
    display.innerHTML = `<mjx-container jax="CHTML" display="true"><mjx-math aria-hidden="true"></mjx-math><mjx-assistive-mml>${RENDERED_MATHML}</mjx-assistive-mml></mjx-container>`;
    const again = findGitHubSites(display);
    expect(again.map((site) => [site.element, site.tex])).toEqual([[display, 'E = -\\sum_{k=1}^{K} t_k \\log y_k']]);
  });

  it('converts the rendered MathML of an element whose text it never saw, then reads it', async () => {
    const { document } = parseHTML(`<html><body><math-renderer class="js-display-math"><mjx-container jax="CHTML"><mjx-assistive-mml>${RENDERED_MATHML}</mjx-assistive-mml></mjx-container></math-renderer></body></html>`);
    let loads = 0;
    useMathMLConverter(async () => {
      loads++;
      return mathmlToTex;
    });
    expect(findGitHubSites(document.body)).toEqual([]);
    expect(findGitHubSites(document.body), 'asked once, not twice').toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
    const [site] = findGitHubSites(document.body);
    expect(site?.tex).toMatch(/^E = - \\sum_\{k = 1\}\^\{K\} t_\{k\} log\s+y_\{k\}$/);
    expect(site?.display).toBe(true);
  });

  it('strips each of GitHub’s delimiters and nothing else', () => {
    expect(stripDelimiters('$x^2$')).toBe('x^2');
    expect(stripDelimiters('$`x^2`$')).toBe('x^2');
    expect(stripDelimiters('$$\nx^2\n$$')).toBe('x^2');
    expect(stripDelimiters('  a + b ')).toBe('a + b');
    expect(stripDelimiters('$$a$$')).toBe('a');
  });
});
