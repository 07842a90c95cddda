import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findMathJax2Sites, mathjax2Source } from './mathjax2';
import { scanForMath } from '../scan';

// The shape MathJax 2.7's CommonHTML output leaves (seen in sources-mathjax2.html):
// preview, output frame (inside a display block for display math), then the script.
const PAGE = `<html><body>
  <div><span class="MathJax_Preview"></span><span class="mjx-chtml MJXc-display"><span id="MathJax-Element-1-Frame" class="mjx-chtml MathJax_CHTML"><span class="mjx-math">E</span></span></span><script type="math/tex; mode=display" id="MathJax-Element-1">E = -\\sum_k t_k \\log y_k</script></div>
  <p>and <span class="MathJax_Preview"></span><span id="MathJax-Element-2-Frame" class="mjx-chtml MathJax_CHTML"><span class="mjx-math">y</span></span><script type="math/tex" id="MathJax-Element-2">y_k</script> inline,
  not yet rendered: <script type="math/tex" id="MathJax-Element-3">t_k</script></p>
</body></html>`;

describe('MathJax 2 source', () => {
  it('reads the script beside each output and marks the output (display block for display math)', () => {
    const { document } = parseHTML(PAGE);
    const sites = findMathJax2Sites(document.body);
    expect(sites.map((site) => [site.tex, site.display, site.element.className])).toEqual([
      ['E = -\\sum_k t_k \\log y_k', true, 'mjx-chtml MJXc-display'],
      ['y_k', false, 'mjx-chtml MathJax_CHTML'],
    ]);
  });

  it('finds the formula from its output frame alone (the frame arrives after the script)', () => {
    const { document } = parseHTML(PAGE);
    const frame = document.getElementById('MathJax-Element-2-Frame')!;
    expect(findMathJax2Sites(frame).map((site) => site.tex)).toEqual(['y_k']);
  });

  it('reads nothing from frames whose scripts are gone, so a whole document is asked for its scripts alone', () => {
    const { document } = parseHTML(PAGE.replace(/<script[^>]*>[^<]*<\/script>/g, ''));
    expect(document.querySelectorAll('.MathJax_CHTML')).toHaveLength(2);
    expect(findMathJax2Sites(document)).toEqual([]);
    expect(mathjax2Source.documentSelector).toBe('script[type^="math/tex"]');
    expect(mathjax2Source.selector?.split(', ')).toContain(mathjax2Source.documentSelector);
    // With the scripts, the whole-document scan finds both rendered formulas.
    expect(scanForMath(parseHTML(PAGE).document, { sources: [mathjax2Source] }).map((site) => site.tex)).toEqual(['E = -\\sum_k t_k \\log y_k', 'y_k']);
  });
});
