import katex from 'katex';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { findShadowRoots } from './shadow';
import type { MathSite } from './types';
import { watchPage, type PageWatcher } from './watcher';

let window: Window;
let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  window.close();
});

const rendered = (tex: string) => katex.renderToString(tex, { displayMode: true });
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

function page(html: string) {
  window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

function watch(document: Document) {
  const found: MathSite[] = [];
  watcher = watchPage(document, { found: (sites) => found.push(...sites), gone: () => undefined }, { debounceMs: 10 });
  return found;
}

describe('open shadow roots', () => {
  it('finds the open roots of custom elements under a root, passing over skipped subtrees, never closed ones', () => {
    const document = page('<math-note id="a"></math-note><div id="plain"></div><formula-card id="b"></formula-card><section id="skip"><math-note id="c"></math-note></section><closed-card id="d"></closed-card><late-card></late-card>');
    const open = document.getElementById('a')!.attachShadow({ mode: 'open' });
    const card = document.getElementById('b')!.attachShadow({ mode: 'open' });
    document.getElementById('c')!.attachShadow({ mode: 'open' });
    document.getElementById('d')!.attachShadow({ mode: 'closed' });
    // A built-in element's root is not looked for: that would touch every element of every page.
    document.getElementById('plain')!.attachShadow({ mode: 'open' });
    const search = findShadowRoots(document.body, (element) => element.id === 'skip');
    expect(search.roots).toEqual([open, card]);
    expect(search.undefinedHosts.map((host) => host.localName)).toEqual(['closed-card', 'late-card']);
  });

  it('reads formulas inside open roots, and follows what is added to them later', async () => {
    const document = page('<p>outside</p><formula-card id="card"></formula-card><closed-card id="closed"></closed-card>');
    const shadow = document.getElementById('card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<div>${rendered('E = -\\sum_k t_k \\log y_k')}</div>`;
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = `<div>${rendered('H(p,q) = -\\sum_x p(x) \\log q(x)')}</div>`;
    const found = watch(document);
    expect(found.map((site) => [site.tex, site.element.getRootNode() === shadow])).toEqual([['E = -\\sum_k t_k \\log y_k', true]]);
    const more = document.createElement('div');
    more.innerHTML = rendered('L = -\\log p_y');
    shadow.append(more);
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['E = -\\sum_k t_k \\log y_k', 'L = -\\log p_y']);
  });

  it('follows a web component added later, and one whose definition loads late', async () => {
    const document = page('<late-card id="late"></late-card>');
    const found = watch(document);
    expect(found).toEqual([]);
    // Added already rendered (a framework inserting a component).
    const card = document.createElement('formula-card');
    card.attachShadow({ mode: 'open' }).innerHTML = rendered('E = -\\sum_k t_k \\log y_k');
    document.body.append(card);
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['E = -\\sum_k t_k \\log y_k']);
    // Defined afterwards: its constructor attaches a root, with no change to the page's own tree.
    const html = rendered('H(p,q) = -\\sum_x p(x) \\log q(x)');
    window.customElements.define(
      'late-card',
      class extends window.HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = html;
        }
      },
    );
    await settle(700);
    expect(found.map((site) => site.tex)).toEqual(['E = -\\sum_k t_k \\log y_k', 'H(p,q) = -\\sum_x p(x) \\log q(x)']);
  });
});
