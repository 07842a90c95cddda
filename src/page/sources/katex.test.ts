import katex from 'katex';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findKatexSites } from './katex';

describe('KaTeX source', () => {
  it('reads the TeX annotation of real KaTeX output; display math is the .katex-display', () => {
    const inline = katex.renderToString('E = -\\sum_k t_k \\log y_k');
    const display = katex.renderToString('H(p,q) = -\\sum_x p(x)\\log q(x)', { displayMode: true });
    const htmlOnly = katex.renderToString('x', { output: 'html' });
    const { document } = parseHTML(`<html><body><p>${inline}</p><div>${display}</div><p>${htmlOnly}</p></body></html>`);
    const sites = findKatexSites(document.body);
    expect(sites.map((site) => [site.tex, site.display, site.element.className])).toEqual([
      ['E = -\\sum_k t_k \\log y_k', false, 'katex'],
      ['H(p,q) = -\\sum_x p(x)\\log q(x)', true, 'katex-display'],
    ]);
  });

  it('finds the formula when the root is the .katex element itself', () => {
    const { document } = parseHTML(`<html><body>${katex.renderToString('a+b')}</body></html>`);
    const element = document.querySelector('.katex')!;
    expect(findKatexSites(element).map((site) => site.element)).toEqual([element]);
  });
});
