import katex from 'katex';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { KIND_ATTRIBUTE, RAW_WRAPPER_ATTRIBUTE } from './marks';
import { registeredSources } from './registry';
import type { MathSite } from './types';
import { watchPage, type PageWatcher } from './watcher';

let window: Window;
let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  window.close();
});

function setUp(html: string, sources?: () => ReturnType<typeof registeredSources>) {
  window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  const found: MathSite[] = [];
  const gone: Element[] = [];
  watcher = watchPage(document, { found: (sites) => found.push(...sites), gone: (elements) => gone.push(...elements) }, { debounceMs: 10, sources });
  return { document, found, gone };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('page watcher', () => {
  it('hands raw TeX over to the renderer that replaces it: one formula, no wrapper left behind', async () => {
    const { document, found, gone } = setUp('<p id="p">Loss $$E = -\\sum_k t_k \\log y_k$$ here.</p>');
    expect(found.map((site) => site.source)).toEqual(['raw']);
    const span = found[0]!.element;
    span.setAttribute(KIND_ATTRIBUTE, 'ce_multiclass');
    // What KaTeX auto-render does: replace the text node with its output, inside our span.
    span.innerHTML = katex.renderToString('E = -\\sum_k t_k \\log y_k', { displayMode: true });
    await settle();
    expect(gone).toEqual([span]);
    expect(span.isConnected).toBe(false);
    expect(document.querySelectorAll(`[${RAW_WRAPPER_ATTRIBUTE}]`)).toHaveLength(0);
    expect(found.map((site) => [site.source, site.element.className])).toEqual([
      ['raw', ''],
      ['katex', 'katex-display'],
    ]);
    expect(found[1]!.element.parentElement!.id).toBe('p');
  });

  it('scans only what is added, and forgets what leaves', async () => {
    const { document, found, gone } = setUp('<div id="a"><p>\\(x\\)</p></div>');
    expect(found).toHaveLength(1);
    const added = document.createElement('section');
    added.innerHTML = '<p>\\(y\\) and \\(z\\)</p>';
    document.body.appendChild(added);
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['x', 'y', 'z']);
    document.getElementById('a')!.remove();
    await settle();
    expect(gone).toEqual([found[0]!.element]);
  });

  it('reads a formula again when the page takes its mark off (morphdom patching) or its TeX changes', async () => {
    const { document, found, gone } = setUp(`<p>${katex.renderToString('a')}</p>`);
    const element = found[0]!.element;
    watcher!.withoutObserving(() => element.setAttribute(KIND_ATTRIBUTE, 'ce_multiclass'));
    element.removeAttribute(KIND_ATTRIBUTE);
    await settle();
    expect(gone).toEqual([element]);
    expect(found.map((site) => site.element)).toEqual([element, element]);
    document.querySelector('annotation')!.textContent = 'b';
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['a', 'a', 'b']);
  });

  it('ignores the extension’s own UI nodes', async () => {
    const { document, found } = setUp('<p>\\(x\\)</p>');
    const badge = document.createElement('xent-lens-badges');
    badge.textContent = '\\(not math\\)';
    document.body.appendChild(badge);
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['x']);
  });

  it('rescans with some sources only: the others’ formulas are neither read again nor doubled', async () => {
    const raw = registeredSources().filter((source) => source.name === 'raw');
    const withoutRaw = registeredSources().filter((source) => source.name !== 'raw');
    const { document, found } = setUp(`<p>${katex.renderToString('a')} and \\(b\\)</p><section id="s"></section>`, () => withoutRaw);
    expect(found.map((site) => [site.source, site.tex])).toEqual([['katex', 'a']]);
    watcher!.rescan(raw);
    expect(found.map((site) => [site.source, site.tex])).toEqual([['katex', 'a'], ['raw', 'b']]);
    watcher!.rescan(raw);
    expect(found).toHaveLength(2);
    // The observer goes on as before.
    document.getElementById('s')!.innerHTML = katex.renderToString('c');
    await settle();
    expect(found.map((site) => site.tex)).toEqual(['a', 'b', 'c']);
  });

  it('scans at once, without the debounce, the batch that brings the first formulas while the page is still loading', async () => {
    const render = (document: Document) => {
      const p = document.createElement('p');
      p.innerHTML = katex.renderToString('E = -\\sum_k t_k \\log y_k');
      document.body.append(p);
    };
    for (const readyState of ['loading', 'complete'] as const) {
      window = new Window();
      const document = window.document as unknown as Document;
      document.body.innerHTML = '<p>Prose first.</p>';
      Object.defineProperty(document, 'readyState', { value: readyState, configurable: true });
      const found: MathSite[] = [];
      watcher = watchPage(document, { found: (sites) => found.push(...sites), gone: () => undefined }, { debounceMs: 10_000, maxWaitMs: 10_000 });
      // The parser adds prose: that waits, as every batch without formulas does.
      document.body.append(document.createElement('p'));
      await Promise.resolve();
      expect(found).toEqual([]);
      render(document);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(found.map((site) => site.source), readyState).toEqual(readyState === 'loading' ? ['katex'] : []);
      // Later batches wait for the debounce again.
      if (readyState === 'loading') {
        render(document);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(found).toHaveLength(1);
      }
      watcher.stop();
      window.close();
    }
  });

  it('scans nothing again for added text that cannot hold a formula (the parser’s whitespace), and does for raw TeX or a source’s own element', async () => {
    const scanned: string[] = [];
    const counting = registeredSources().map((source) => ({
      ...source,
      find: (root: ParentNode, context?: Parameters<typeof source.find>[1]) => {
        if (source.name === 'raw') scanned.push((root as Element).localName ?? '#document');
        return source.find(root, context);
      },
    }));
    const { document, found } = setUp(`<p>${katex.renderToString('x')}</p><math-renderer class="js-display-math"></math-renderer>`, () => counting);
    scanned.length = 0;
    document.body.append('\n  ', 'Prose without math.');
    (document.body.lastChild as Text).appendData(' More of it, as a parser adds to a text node.');
    await settle();
    expect(scanned).toEqual([]);
    document.body.append('Then $$E = -\\log y$$ in the text.');
    await settle();
    expect(scanned).toEqual(['body']);
    document.querySelector('math-renderer')!.append('$$E = -\\sum_k t_k \\log y_k$$');
    await settle();
    expect(scanned).toEqual(['body', 'math-renderer']);
    expect(found.map((site) => site.source)).toEqual(['katex', 'raw', 'github']);
  });

  it('reads nothing while the page loads until a batch ends with a formula, and scans the whole page once it has loaded', async () => {
    window = new Window();
    const document = window.document as unknown as Document;
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const found: MathSite[] = [];
    watcher = watchPage(document, { found: (sites) => found.push(...sites), gone: () => undefined }, { debounceMs: 10_000, maxWaitMs: 10_000 });
    // A formula the server rendered, then more of the page in the same batch: not read yet.
    const formula = document.createElement('p');
    formula.innerHTML = katex.renderToString('E = -\\log y');
    document.body.append(formula);
    for (let i = 0; i < 12; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: 'Prose.' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found).toEqual([]);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('DOMContentLoaded'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found.map((site) => site.source)).toEqual(['katex']);
  });

  it('looks into the shadow roots of a loading page once it has loaded, and only then (a long page is walked once, not part-parsed and again whole)', async () => {
    window = new Window();
    const document = window.document as unknown as Document;
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const found: MathSite[] = [];
    watcher = watchPage(document, { found: (sites) => found.push(...sites), gone: () => undefined }, { debounceMs: 10, maxWaitMs: 10_000 });
    const card = document.createElement('formula-card');
    const shadow = card.attachShadow({ mode: 'open' });
    shadow.innerHTML = katex.renderToString('H(p,q) = -\\sum_x p(x) \\log q(x)');
    const formula = document.createElement('p');
    formula.innerHTML = katex.renderToString('E = -\\log y');
    // A batch that ends with a formula is scanned at once; the component's root waits.
    document.body.append(card, formula);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found.map((site) => site.tex)).toEqual(['E = -\\log y']);
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    document.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('DOMContentLoaded'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(found.map((site) => site.tex)).toEqual(['E = -\\log y', 'H(p,q) = -\\sum_x p(x) \\log q(x)']);
    // And the root is observed from then on.
    const later = document.createElement('p');
    later.innerHTML = katex.renderToString('L = -t \\log y');
    shadow.append(later);
    await settle();
    expect(found.map((site) => site.tex).at(-1)).toBe('L = -t \\log y');
  });
});
