import katex from 'katex';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findZennSites } from './zenn';

describe('Zenn source', () => {
  it('reads embed-katex before render, inline and display, and leaves rendered ones to KaTeX', () => {
    const rendered = katex.renderToString('z', { displayMode: true });
    const { document } = parseHTML(`<html><body>
      <p>inline <embed-katex><eq>t_k \\log y_k</eq></embed-katex></p>
      <section><embed-katex display-mode="1"><eqn>E = -\\sum_k t_k \\log y_k</eqn></embed-katex></section>
      <section><embed-katex display-mode="1"><eqn>${rendered}</eqn></embed-katex></section>
    </body></html>`);
    const sites = findZennSites(document.body);
    expect(sites.map((site) => [site.tex, site.display, site.element.tagName.toLowerCase()])).toEqual([
      ['t_k \\log y_k', false, 'embed-katex'],
      ['E = -\\sum_k t_k \\log y_k', true, 'embed-katex'],
    ]);
  });
});
