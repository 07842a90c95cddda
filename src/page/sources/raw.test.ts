import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { RAW_WRAPPER_ATTRIBUTE } from '../marks';
import { matchRawTex } from '../raw-tex';
import { findRawTexSites } from './raw';

describe('raw TeX source', () => {
  it('matches each delimiter kind, display or inline', () => {
    const text = 'a $$x^2$$ b \\(y\\) c \\[z\\] d \\begin{align*} p &= q \\end{align*} e';
    expect(matchRawTex(text).map(({ tex, display }) => [tex, display])).toEqual([
      ['x^2', true],
      ['y', false],
      ['z', true],
      ['\\begin{align*} p &= q \\end{align*}', true],
    ]);
  });

  it('takes $…$ only when asked (Markdown), never money', () => {
    const text = 'costs $5 and $6, while $E = -\\sum t \\log y$ is math';
    expect(matchRawTex(text)).toEqual([]);
    expect(matchRawTex(text, { inlineDollar: true }).map((match) => match.tex)).toEqual(['E = -\\sum t \\log y']);
  });

  it('wraps each formula in a span and leaves code, pre, textarea and script alone', () => {
    const { document } = parseHTML(`<html><body>
      <p>Loss \\(E = -\\sum_k t_k \\log y_k\\) here and $$H = 1$$ there.</p>
      <code>$$a$$</code><pre>\\(b\\)</pre><textarea>$$c$$</textarea><script>var s = "$$d$$";</script>
    </body></html>`);
    const sites = findRawTexSites(document.body);
    expect(sites.map((site) => [site.tex, site.display, site.element.getAttribute(RAW_WRAPPER_ATTRIBUTE)])).toEqual([
      ['E = -\\sum_k t_k \\log y_k', false, ''],
      ['H = 1', true, ''],
    ]);
    expect(document.querySelector('p')!.textContent).toBe('Loss \\(E = -\\sum_k t_k \\log y_k\\) here and $$H = 1$$ there.');
    expect(sites[0]!.element.textContent).toBe('\\(E = -\\sum_k t_k \\log y_k\\)');
    // A second scan finds nothing new: the wrappers are the extension's own.
    expect(findRawTexSites(document.body)).toEqual([]);
  });

  it('finds raw TeX beside rendered formulas whose TeX is kept in annotations, scripts and code', () => {
    const { document } = parseHTML(`<html><body>
      <span class="katex"><math><annotation encoding="application/x-tex">\\begin{aligned} a &= b \\end{aligned}</annotation></math></span>
      <script>var s = "\\(d\\)";</script><pre><code>$$c$$</code></pre>
      <p>Raw: \\(E = -\\log y_c\\)</p>
    </body></html>`);
    expect(findRawTexSites(document).map((site) => site.tex)).toEqual(['E = -\\log y_c']);
    // Nothing left outside those places: no walk finds anything.
    expect(findRawTexSites(document)).toEqual([]);
    document.querySelector('p')!.remove();
    expect(findRawTexSites(document)).toEqual([]);
  });

  it('skips subtrees the scan has claimed', () => {
    const { document } = parseHTML('<html><body><div id="a">$$x$$</div><div>$$y$$</div></body></html>');
    const claimed = document.getElementById('a')!;
    const sites = findRawTexSites(document.body, { isClaimed: (element) => element === claimed, claimed: () => [{ element: claimed, tex: 'x', display: true, source: 'raw' }] });
    expect(sites.map((site) => site.tex)).toEqual(['y']);
  });

  it('counts the delimiters inside formulas already found once, not again in the kept places inside them', () => {
    const formula = (tex: string) => `<span class="katex"><math><semantics><annotation encoding="application/x-tex">${tex}</annotation></semantics></math></span>`;
    const page = (raw: string) =>
      parseHTML(`<html><head><script>render({ delimiters: ["$$", "\\(", "\\["] });</script></head><body>
        <p>${formula('\\begin{aligned} a &= b \\end{aligned}')} and ${formula('x \\\\[2pt] y')}</p>
        <pre><code>$$c$$</code></pre>${raw}</body></html>`).document;
    const contextOf = (document: Document) => {
      const formulas = [...document.querySelectorAll('.katex')];
      const sites = formulas.map((element) => ({ element, tex: element.querySelector('annotation')!.textContent!, display: false, source: 'katex' as const }));
      return { isClaimed: (element: Element) => formulas.includes(element), claimed: () => sites };
    };
    const rendered = page('');
    expect(findRawTexSites(rendered, contextOf(rendered))).toEqual([]);
    // One left by the renderer is still found: the formulas' own delimiters were not counted twice.
    const missed = page('<p>Left: \\(E = -\\log y_c\\)</p>');
    expect(findRawTexSites(missed, contextOf(missed)).map((site) => site.tex)).toEqual(['E = -\\log y_c']);
    // A delimiter among a formula's rendered glyphs (counted from its TeX, not its text) is left to the walk, which skips the formula.
    const glyphs = page('<p><span class="katex"><span class="katex-html">$$</span><math><annotation encoding="application/x-tex">\\$\\$</annotation></math></span></p>');
    expect(findRawTexSites(glyphs, contextOf(glyphs))).toEqual([]);
    // A formula found outside the root does not count against the root's own delimiters.
    const outside = page('<section><p>Raw: \\(a\\)</p></section>');
    expect(findRawTexSites(outside.querySelector('section')!, contextOf(outside)).map((site) => site.tex)).toEqual(['a']);
  });
});
