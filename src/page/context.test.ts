import katex from 'katex';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseFormula } from '../tex/index';
import { exampleContextOf, textAfter, textBefore } from './context';

let window: Window;
afterEach(() => window.close());

function page(html: string): Document {
  window = new Window();
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

describe('the context of a formula on a page', () => {
  it('reads the base the page states before the formula, with earlier formulas as TeX', () => {
    const general = katex.renderToString('H(p,q) = -\\sum_x p(x) \\log_2 q(x)');
    const doc = page(`<article><h2>Entropy</h2><p>The general form:</p>${general}<p>One sample:</p><p><span id="ex">$$-\\log(1/2^4) = 4$$</span> bits, as said.</p></article>`);
    const element = doc.getElementById('ex') as Element;
    expect(textBefore(element)).toContain('\\log_2 q(x)');
    expect(textAfter(element)).toMatch(/^ bits/);
    const context = exampleContextOf(element);
    expect(context.baseHint).toMatchObject({ base: '2', source: 'page' });
    expect(analyseFormula('-\\log(1/2^4) = 4', context).example).toMatchObject({ verdict: 'correct', base: '2' });
  });

  it('stays within its article and gives nothing when nothing is stated', () => {
    const doc = page('<aside>log is base 2 in this sidebar</aside><article><p>The loss:</p><p id="ex">-\\log 0.5 = 0.693</p></article>');
    const context = exampleContextOf(doc.getElementById('ex') as Element);
    expect(context.baseHint).toBeUndefined();
  });

  it('reads Japanese prose', () => {
    const doc = page('<main><p>以下、対数の底は2とします。</p><p>例：<span id="ex">x</span>（ビット）</p></main>');
    const context = exampleContextOf(doc.getElementById('ex') as Element);
    expect(context.baseHint?.base).toBe('2');
    expect(context.following).toContain('ビット');
  });
});
