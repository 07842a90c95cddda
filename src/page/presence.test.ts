import katex from 'katex';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { selectorsOf } from './dom';
import { DOCUMENT_MATH_SELECTORS, lookForMath, MATH_SELECTOR, watchForMath, type MathLookout } from './presence';
import { registeredSources } from './sources/index';
import { RENDERER_ASSETS } from './sources/selectors';

let window: Window | undefined;
let lookout: MathLookout | undefined;
afterEach(() => {
  lookout?.stop();
  window?.close();
});

function page(html: string): Document {
  window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = html;
  return document;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('first look for math', () => {
  it('asks for every selector a source reads', () => {
    const asked = MATH_SELECTOR.split(', ');
    for (const source of registeredSources()) {
      if (!source.selector) continue;
      for (const part of source.selector.split(', ')) expect(asked, source.name).toContain(part);
    }
  });

  it('asks a whole document single selectors, KaTeX’s first and GitHub’s after MathJax’s, one for each source that reads elements', () => {
    for (const selector of DOCUMENT_MATH_SELECTORS) expect(selectorsOf(selector)).toEqual([selector]);
    expect(DOCUMENT_MATH_SELECTORS.slice(0, 3)).toEqual(['.katex', 'mjx-container', 'math-renderer']);
    for (const source of registeredSources()) {
      if (!source.selector) continue;
      expect(DOCUMENT_MATH_SELECTORS, source.name).toContain(source.documentSelector ?? source.selector);
    }
  });

  it.each([
    ['KaTeX output', katex.renderToString('E = -\\sum_k t_k \\log y_k')],
    ['GitHub math as served', '<math-renderer class="js-display-math">$$E = -\\sum_k t_k \\log y_k$$</math-renderer>'],
    ['MathML', '<math><mi>x</mi></math>'],
    ['MathJax 2 script', '<script type="math/tex">x</script>'],
    ['raw TeX in prose', '<p>The loss \\(E = -\\log y\\) falls.</p>'],
    ['a display environment', '<p>\\begin{equation} x \\end{equation}</p>'],
    ['a custom element not defined yet', '<formula-card></formula-card>'],
  ])('sees %s', (_name, html) => {
    expect(lookForMath(page(`<article>${html}</article>`)).found).toBe(true);
  });

  it.each([
    ['prose', '<p>No formulas, only words and a price of $5.</p>'],
    ['delimiters in a script or a style', '<script>const pattern = /\\(x\\)/;</script><style>a::before { content: "\\(" }</style>'],
  ])('sees nothing in %s', (_name, html) => {
    expect(lookForMath(page(`<article>${html}</article>`)).found).toBe(false);
  });

  it('looks inside open shadow roots and names the ones it met', () => {
    // (happy-dom answers :defined with false for every element, so each host here has a root.)
    const document = page('<math-card id="card"></math-card><plain-card id="empty"></plain-card>');
    const empty = document.getElementById('empty')!.attachShadow({ mode: 'open' });
    const card = document.getElementById('card')!.attachShadow({ mode: 'open' });
    card.innerHTML = '<p>Only words.</p>';
    expect(lookForMath(document)).toEqual({ found: false, shadowRoots: [card, empty] });
    card.innerHTML = katex.renderToString('x');
    expect(lookForMath(document).found).toBe(true);
  });

  it('calls back once, at the first sign of math added later, also inside a shadow root it met', async () => {
    const document = page('<p id="p">Words.</p><note-card id="card"></note-card>');
    const root = document.getElementById('card')!.attachShadow({ mode: 'open' });
    let calls = 0;
    lookout = watchForMath(document, () => calls++);
    document.getElementById('p')!.append(' more words');
    await settle();
    expect(calls).toBe(0);
    root.innerHTML = '<p>Then $$E = -\\log y$$ in the card.</p>';
    await settle();
    expect(calls).toBe(1);
    document.body.insertAdjacentHTML('beforeend', katex.renderToString('y'));
    await settle();
    expect(calls).toBe(1);
  });

  it('calls back at once for a page whose math a selector finds, naming the selector (KaTeX’s asked first)', () => {
    const heard: (string | null)[] = [];
    lookout = watchForMath(page(`<p>${katex.renderToString('x')}</p>`), (matched) => heard.push(matched));
    expect(heard).toEqual(['.katex']);
    lookout.stop();
    lookout = watchForMath(page('<p>Words.</p><math-renderer>$x$</math-renderer>'), (matched) => heard.push(matched));
    expect(heard).toEqual(['.katex', 'math-renderer']);
    lookout.stop();
    lookout = watchForMath(page('<math-renderer><mjx-container></mjx-container></math-renderer><math-renderer>$x$</math-renderer>'), (matched) => heard.push(matched));
    expect(heard).toEqual(['.katex', 'math-renderer', 'mjx-container']);
  });

  it('reads the text for raw TeX and asks custom elements for their roots only after the native query, once idle', async () => {
    let calls = 0;
    const steps: number[] = [];
    lookout = watchForMath(page('<p>\\[x\\]</p>'), () => calls++, (start) => steps.push(start));
    expect(calls).toBe(0);
    await settle();
    expect(calls).toBe(1);
    expect(steps).toHaveLength(1);

    const document = page('<p>Words.</p><note-card id="card"></note-card>');
    document.getElementById('card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Then $$E = -\\log y$$ in the card.</p>';
    let inCard = 0;
    const shadowSteps: number[] = [];
    const second = watchForMath(document, () => inCard++, (start) => shadowSteps.push(start));
    await settle();
    second.stop();
    expect(inCard).toBe(1);
    expect(shadowSteps).toHaveLength(1);
  });

  describe('while the parser is still at work (document_start)', () => {
    /** A page still being parsed, with a first look watching it and what the look said. */
    function watchLoadingPage(html: string): { document: Document; heard: (string | null)[] } {
      const document = page(html);
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      const heard: (string | null)[] = [];
      lookout = watchForMath(document, (matched) => heard.push(matched));
      return { document, heard };
    }
    function finishLoading(document: Document): void {
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new (document.defaultView as unknown as typeof globalThis).Event('DOMContentLoaded'));
    }
    const link = (document: Document, href: string) => {
      const element = document.createElement('link');
      element.rel = 'stylesheet';
      element.href = href;
      document.head.append(element);
    };

    it('takes a renderer’s stylesheet or script in the head as a sign, before any formula is drawn', async () => {
      for (const add of [(d: Document) => link(d, '/assets/katex@0.16/katex.min.css'), (d: Document) => d.head.append(Object.assign(d.createElement('script'), { src: '/js/MathJax/tex-chtml.js' }))]) {
        const { document, heard } = watchLoadingPage('<p>Prose for now.</p>');
        link(document, '/css/site.css');
        await settle();
        expect(heard).toEqual([]);
        add(document);
        await settle();
        expect(heard).toEqual([RENDERER_ASSETS]);
        finishLoading(document);
        expect(heard).toHaveLength(1);
        lookout?.stop();
        window?.close();
      }
    });

    it('without one, looks once the document has loaded, as at a loaded page', async () => {
      const { document, heard } = watchLoadingPage(`<article>${katex.renderToString('x')}</article>`);
      link(document, '/css/site.css');
      await settle();
      expect(heard).toEqual([]);
      finishLoading(document);
      expect(heard).toEqual(['.katex']);
    });

    it('follows the parser from an empty document into its head, and no further than the body', async () => {
      const { document, heard } = watchLoadingPage('');
      document.documentElement.remove();
      await settle();
      const html = document.createElement('html');
      const head = document.createElement('head');
      html.append(head);
      document.append(html);
      await settle();
      link(document, '/css/site.css');
      const body = document.createElement('body');
      html.append(body);
      await settle();
      // In the body the parser's additions are not looked at one by one: the look at the loaded page sees them.
      const late = document.createElement('link');
      late.rel = 'stylesheet';
      late.href = '/katex/katex.min.css';
      body.append(late);
      await settle();
      expect(heard).toEqual([]);

      const second = watchLoadingPage('');
      second.document.documentElement.remove();
      const html2 = second.document.createElement('html');
      html2.append(second.document.createElement('head'));
      second.document.append(html2);
      await settle();
      link(second.document, '/vendor/katex/katex.min.css');
      await settle();
      expect(second.heard).toEqual([RENDERER_ASSETS]);
    });

    it('takes a renderer already in the head when it starts on a page still loading (injected late)', () => {
      const document = page('<p>Prose.</p>');
      link(document, '/katex/katex.min.css');
      Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
      const heard: (string | null)[] = [];
      lookout = watchForMath(document, (matched) => heard.push(matched));
      expect(heard).toEqual([RENDERER_ASSETS]);
    });

    it('says nothing once stopped, loaded or not', async () => {
      const { document, heard } = watchLoadingPage(`<article>${katex.renderToString('x')}</article>`);
      lookout?.stop();
      link(document, '/katex/katex.min.css');
      await settle();
      finishLoading(document);
      expect(heard).toEqual([]);
    });
  });
});
