import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { stripStyleWrapper } from '../dom';
import { findWikipediaSites } from './wikipedia';

describe('Wikipedia source', () => {
  it('reads the MathML annotation, else the fallback image alt, without {\\displaystyle …}', () => {
    const { document } = parseHTML(`<html><body>
      <p><span class="mwe-math-element"><span class="mwe-math-mathml-display mwe-math-mathml-a11y" style="display: none;"><math display="block" alttext="{\\displaystyle H(p,q)=-\\sum _{x}p(x)\\,\\log q(x)}"><semantics><mrow></mrow><annotation encoding="application/x-tex">{\\displaystyle H(p,q)=-\\sum _{x}p(x)\\,\\log q(x)}</annotation></semantics></math></span><img class="mwe-math-fallback-image-display" alt="{\\displaystyle H(p,q)=-\\sum _{x}p(x)\\,\\log q(x)}"></span></p>
      <p><span class="mwe-math-element"><img class="mwe-math-fallback-image-inline" alt="{\\textstyle q}"></span></p>
    </body></html>`);
    const sites = findWikipediaSites(document.body);
    expect(sites.map((site) => [site.tex, site.display])).toEqual([
      ['H(p,q)=-\\sum _{x}p(x)\\,\\log q(x)', true],
      ['q', false],
    ]);
  });

  it('strips only a wrapper that encloses the whole formula', () => {
    expect(stripStyleWrapper('{\\displaystyle a+b}')).toBe('a+b');
    expect(stripStyleWrapper('{\\displaystyle a}{b}')).toBe('{\\displaystyle a}{b}');
    expect(stripStyleWrapper('x^{2}')).toBe('x^{2}');
  });
});
