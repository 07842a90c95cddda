// The page stays as its author made it: badges move nothing (no layout shift), the
// page's own MathJax can typeset again after annotation, and copying the page's math
// copies what it did before (KaTeX's copy-tex: the TeX). Pages: make-hostile-pages.mjs.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const LAYER = 'xent-lens-layer';
const KIND = '[data-xent-lens-kind], [data-xent-lens-verdict]';

/** Waits until `selector` itself, or something inside it, carries a mark of the extension. */
function waitForMark(page: TestPage, selector: string): Promise<void> {
  return page.waitFor(
    ([sel, marks]) => {
      const element = document.querySelector(sel);
      return element !== null && (element.matches(marks) || element.querySelector(marks) !== null);
    },
    [selector, KIND] as const,
  );
}

/** Waits until `count` badges are placed, then for two frames so that their layout is done. */
async function waitForBadges(page: TestPage, count: number): Promise<void> {
  await page.waitFor(
    ([layer, n]) => [...(document.querySelector(layer)?.shadowRoot?.querySelectorAll<HTMLElement>('button.xl-badge') ?? [])].filter((b) => !b.hidden && b.style.top !== '').length >= n,
    [LAYER, count] as const,
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Takes the extension's traces off the page (marks, raw-TeX wrappers, the badge layer),
 * giving back the page as it was before annotation, to compare with.
 */
function stripExtension(page: TestPage): Promise<void> {
  return page.evaluate((layer) => {
    document.querySelector(layer)?.remove();
    for (const element of document.querySelectorAll('[data-xent-lens-raw]')) element.replaceWith(...element.childNodes);
    for (const element of document.querySelectorAll('[data-xent-lens-kind], [data-xent-lens-verdict]')) {
      element.removeAttribute('data-xent-lens-kind');
      element.removeAttribute('data-xent-lens-verdict');
    }
    document.body.normalize();
  }, LAYER);
}

describe.each(BROWSERS)('the page stays intact in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('moves nothing on the page: no layout shift, and the badge layer takes no space', async () => {
    const page = await suite.browser.openPage(suite.url('/intact-layout.html'));
    await waitForMark(page, '#mathml');
    await waitForMark(page, '#last-real');
    await waitForBadges(page, 4);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; nodes: string[] }[] | null>((resolve) => {
          if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
            resolve(null);
            return;
          }
          type Shift = PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
          const entries: Shift[] = [];
          const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as Shift[])));
          observer.observe({ type: 'layout-shift', buffered: true });
          // Buffered entries arrive with the observer's first callback.
          setTimeout(() => {
            observer.disconnect();
            resolve(entries.map((e) => ({ value: e.value, nodes: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') })));
          }, 200);
        }),
    );
    // Chromium has the Layout Instability API; Firefox does not, and relies on the checks below.
    if (name === 'chromium') expect(shifts).not.toBeNull();
    if (shifts !== null) expect(shifts).toEqual([]);
    // Everywhere: the layer has no size, and the page's extent is the same without it.
    const extent = await page.evaluate((layer) => {
      const host = document.querySelector<HTMLElement>(layer)!;
      const box = host.getBoundingClientRect();
      const rects = () => [...document.querySelectorAll('#article > *')].map((e) => JSON.stringify(e.getBoundingClientRect()));
      const before = { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, rects: rects() };
      host.style.setProperty('display', 'none', 'important');
      const without = { width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight, rects: rects() };
      host.style.removeProperty('display');
      return { hostSize: box.width * box.height, same: JSON.stringify(before) === JSON.stringify(without) };
    }, LAYER);
    expect(extent).toEqual({ hostSize: 0, same: true });
    // The raw-TeX wrapper is a plain inline box: it adds no margin, padding or border.
    const wrappers = await page.evaluate(() =>
      [...document.querySelectorAll('[data-xent-lens-raw]')].map((span) => {
        const style = getComputedStyle(span);
        return `${style.display} ${style.margin} ${style.padding} ${style.borderWidth}`;
      }),
    );
    expect(wrappers.length).toBeGreaterThan(0);
    for (const wrapper of wrappers) expect(wrapper).toMatch(/^inline 0px 0px 0px$/);
    await page.close();
    expect(extensionErrors(suite.browser)).toEqual([]);
  });

  it('lets the page’s MathJax typeset again after annotation, and keeps its output intact', async () => {
    const page = await suite.browser.openPage(suite.url('/intact-mathjax3.html'));
    await page.waitFor(() => (window as unknown as { fixtureRendered?: boolean }).fixtureRendered === true);
    await waitForMark(page, '#mj-inline');
    await waitForMark(page, '#mj-example');
    const output = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('mjx-container')].map((container) => {
          const copy = container.cloneNode(true) as Element;
          // Less the extension's marks, and the menu counter MathJax renumbers on every render.
          for (const marked of [copy, ...copy.querySelectorAll('*')]) {
            for (const attribute of ['data-xent-lens-kind', 'data-xent-lens-verdict', 'ctxtmenu_counter']) marked.removeAttribute(attribute);
          }
          return copy.outerHTML;
        }),
      );
    const before = await output();
    expect(before.length).toBe(3);
    const typeset = await page.evaluate(async () => {
      type MathJax3 = { typesetPromise(elements?: Element[]): Promise<void>; startup: { document: { rerender(): unknown } } };
      const mathJax = (window as unknown as { MathJax: MathJax3 }).MathJax;
      const later = document.getElementById('mj-later')!;
      later.textContent = String.raw`\(H(p,q) = -\sum_x p(x)\log q(x)\)`;
      await mathJax.typesetPromise();
      await mathJax.typesetPromise([later]);
      await Promise.resolve(mathJax.startup.document.rerender());
      return { errors: document.querySelectorAll('mjx-merror').length, containers: document.querySelectorAll('mjx-container').length };
    });
    expect(typeset).toEqual({ errors: 0, containers: 4 });
    // The new formula is found too, and the old output is what MathJax made, unchanged.
    await waitForMark(page, '#mj-later');
    expect((await output()).slice(0, 2)).toEqual(before.slice(0, 2));
    await page.close();
    expect(extensionErrors(suite.browser)).toEqual([]);
  });

  it('copies the page’s math as before: the selection’s text and KaTeX copy-tex’s TeX', async () => {
    const page = await suite.browser.openPage(suite.url('/intact-katex.html'));
    await page.waitFor(() => (window as unknown as { fixtureRendered?: boolean }).fixtureRendered === true);
    await waitForMark(page, '#copy-inline');
    await waitForMark(page, '#copy-display');
    await waitForBadges(page, 2);
    const copy = () =>
      page.evaluate(() => {
        const select = (node: Node) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          const selection = getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          return selection;
        };
        const copied = (node: Node) => {
          select(node);
          // copy-tex listens for 'copy' and writes the TeX of every formula in the selection.
          const event = new ClipboardEvent('copy', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true });
          document.getElementById('copy-para')!.dispatchEvent(event);
          return event.clipboardData!.getData('text/plain');
        };
        return {
          paragraph: copied(document.getElementById('copy-para')!),
          display: copied(document.getElementById('copy-display')!),
          selectedText: select(document.getElementById('article')!).toString(),
          wholePage: select(document.documentElement).toString(),
        };
      });
    const annotated = await copy();
    expect(annotated.paragraph).toContain(String.raw`$E = -\sum_k t_k \log y_k$`);
    expect(annotated.display).toContain('0.481486');
    await stripExtension(page);
    expect(annotated).toEqual(await copy());
    await page.close();
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
