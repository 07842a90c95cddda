import katex from 'katex';
import { parseHTML } from 'linkedom';
import temml from 'temml';
import { describe, expect, it } from 'vitest';
import { findMathMLSites } from './mathml';

describe('MathML source', () => {
  it('reads Temml annotations and native alttext, not MathML inside KaTeX output', () => {
    const annotated = temml.renderToString('E = -\\sum_k t_k \\log y_k', { displayMode: true, annotate: true });
    const bare = temml.renderToString('x');
    const { document } = parseHTML(`<html><body>
      <div>${annotated}</div>
      <p><math alttext="H(p,q)"><mi>H</mi></math> and ${bare}</p>
      <p>${katex.renderToString('y')}</p>
    </body></html>`);
    const sites = findMathMLSites(document.body);
    expect(sites.map((site) => [site.tex, site.display])).toEqual([
      ['E = -\\sum_k t_k \\log y_k', true],
      ['H(p,q)', false],
    ]);
  });
});
