import katex from 'katex';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { scanForMath, type DocumentWalk } from './scan';

let window: Window;
afterEach(() => window.close());

function page(html: string): Document {
  window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

/** The selectors `document` is asked for with querySelector / querySelectorAll while `run` runs. */
function queriesDuring(document: Document, run: () => void): string[] {
  const asked: string[] = [];
  const prototypes = [Object.getPrototypeOf(document), Object.getPrototypeOf(Object.getPrototypeOf(document))];
  const restore: (() => void)[] = [];
  for (const name of ['querySelector', 'querySelectorAll'] as const) {
    const owner = prototypes.find((proto) => Object.prototype.hasOwnProperty.call(proto, name)) ?? prototypes[0];
    const original = owner[name];
    owner[name] = function (this: ParentNode, selector: string) {
      if (this === (document as unknown)) asked.push(selector);
      return original.call(this, selector);
    };
    restore.push(() => (owner[name] = original));
  }
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return asked;
}

const rendered = (tex: string) => katex.renderToString(tex);

describe('a whole-document scan with a walk outside its formulas', () => {
  it('asks the document for no tag that the walk answers: not for absent components, nor for MathML when only KaTeX holds any', () => {
    const document = page(`<p>${rendered('E = -\\log y')}</p><p>${rendered('H = -\\sum_x p(x) \\log p(x)')}</p><my-card></my-card>`);
    const walk: DocumentWalk = {};
    let sites: ReturnType<typeof scanForMath> = [];
    const asked = queriesDuring(document, () => (sites = scanForMath(document, { walk })));
    expect(sites.map((site) => site.source)).toEqual(['katex', 'katex']);
    // Without the walk each of these is a native walk of every element of the page, KaTeX's output included.
    for (const tag of ['embed-katex', 'math-renderer', 'mjx-container', 'math']) expect(asked).not.toContain(tag);
    expect(asked.some((selector) => selector.startsWith('math:not('))).toBe(false);
    // The walk listed the custom elements outside the formulas, for their shadow roots.
    expect(walk.hosts?.map((host) => host.localName)).toEqual(['my-card']);
  });

  it('still finds what those tags hold outside the formulas: MathML of its own, Zenn, GitHub', () => {
    const mathml = '<math display="block"><semantics><mi>L</mi><annotation encoding="application/x-tex">L = -\\log q</annotation></semantics></math>';
    const document = page(
      `<p>${rendered('E = -\\log y')}</p><section>${mathml}</section>` +
        '<embed-katex><eq>a + b</eq></embed-katex><math-renderer class="js-display-math">$$c = d$$</math-renderer>',
    );
    const walk: DocumentWalk = {};
    const sites = scanForMath(document, { walk });
    expect(sites.map((site) => [site.source, site.tex])).toEqual([
      ['katex', 'E = -\\log y'],
      ['mathml', 'L = -\\log q'],
      ['zenn', 'a + b'],
      ['github', 'c = d'],
    ]);
    // Formulas found after the walk are not hosts to look into.
    expect(walk.hosts).toEqual([]);
  });

  it('answers as the native queries do without a walk, and leaves hosts unset, when a source present runs after the tags (MathJax 2)', () => {
    const document = page(`<p>${rendered('E = -\\log y')}</p><script type="math/tex">x = y</script><my-card></my-card>`);
    const walk: DocumentWalk = {};
    const asked = queriesDuring(document, () => scanForMath(document, { walk }));
    expect(asked).toContain('embed-katex');
    expect(walk.hosts).toBeUndefined();
  });

  it('is not taken for a scan of part of the page', () => {
    const document = page(`<p>${rendered('E = -\\log y')}</p>`);
    const walk: DocumentWalk = {};
    expect(scanForMath(document.body, { walk }).map((site) => site.source)).toEqual(['katex']);
    expect(walk.hosts).toBeUndefined();
  });
});
