// Pages that try to turn the extension against the reader or break it: TeX built to run
// script or hang a renderer, a strict CSP, built-ins replaced by the page, math that
// keeps coming and going. No page TeX may run script or load anything, the page keeps
// ticking, a real formula at the end is still found, and the popover still works.
// Pages: test/fixtures/pages/make-hostile-pages.mjs.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import { selectPopoverInput } from '../harness/page-steps';

const LAYER = 'xent-lens-layer';
// Clicks name shadow-root elements without the layer: both harnesses pierce open shadow roots.
const KIND = '[data-xent-lens-kind]';

/** True once `selector` (or something inside it) carries the extension's kind mark. */
function waitForMark(page: TestPage, selector: string, timeoutMs?: number): Promise<void> {
  return page.waitFor(
    ([sel, kind]) => {
      const element = document.querySelector(sel);
      return element !== null && (element.matches(kind) || element.querySelector(kind) !== null);
    },
    [selector, KIND] as const,
    timeoutMs,
  );
}

/** The page's own counter keeps going: its main thread is not held up. */
async function waitForTicks(page: TestPage, more: number): Promise<void> {
  const start = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
  await page.waitFor(([from, n]) => (window as unknown as { __ticks: number }).__ticks >= from + n, [start, more] as const);
}

/**
 * The extension's errors, less the strict-CSP page's own: its CSP blocks its KaTeX fonts,
 * style attributes, favicon and inline script, which is the page's business. Browsers word
 * these differently and do not always name the page, so every CSP report that does not
 * name the extension is left out here; the extension's own violations are caught by a
 * securitypolicyviolation listener in that test.
 */
function ownErrors(browser: Parameters<typeof extensionErrors>[0]): string[] {
  return extensionErrors(browser).filter(
    (line) =>
      !(/Content[- ]Security[- ]Policy/i.test(line) && !/(?:chrome|moz)-extension:/.test(line)) &&
      !/downloadable font:[\s\S]*\/vendor\/katex\/fonts\//.test(line),
  );
}

const pwned = (page: TestPage) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

const longTasks = (page: TestPage) =>
  page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks?: number[] }).__longTasks ?? [];
    return { count: tasks.length, longest: Math.round(Math.max(0, ...tasks)) };
  });

/** Everything in the document and the badge layer that could run script or fetch something. */
function dangerousMarkup(page: TestPage): Promise<string[]> {
  return page.evaluate((layer) => {
    const found: string[] = [];
    const roots: ParentNode[] = [document];
    const shadow = document.querySelector(layer)?.shadowRoot;
    if (shadow) roots.push(shadow);
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? '';
          if (/^on/i.test(attribute)) found.push(`${element.tagName} ${attribute}`);
          if (/^\s*javascript:/i.test(value)) found.push(`${element.tagName} ${attribute}=${value}`);
          // Attributes that load something (a title or a KaTeX error message may quote the TeX: harmless).
          if (/^(?:href|xlink:href|src|srcset|action|formaction|poster|data|style|background)$/i.test(attribute) && /pwned/.test(value)) {
            found.push(`${element.tagName} ${attribute}=${value}`);
          }
        }
        if (element.tagName === 'SCRIPT' && /pwned/.test(element.textContent ?? '') && root !== document) found.push('script in the layer');
      }
    }
    return found;
  }, LAYER);
}

/** Opens each badge's popover in turn and clicks every link inside it. Returns how many popovers opened. */
async function openEveryPopover(page: TestPage): Promise<number> {
  const count = await page.evaluate((layer) => document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge').length ?? 0, LAYER);
  let opened = 0;
  for (let i = 0; i < count; i++) {
    await page.evaluate(
      ([layer, index]) => document.querySelector(layer)!.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.xl-badge')[index]!.click(),
      [LAYER, i] as const,
    );
    // The popover's code loads on the first opening: wait for this badge's dialog.
    const open = await page
      .waitFor(
        ([layer, index]) => {
          const shadow = document.querySelector(layer)!.shadowRoot!;
          const id = shadow.querySelectorAll<HTMLButtonElement>('button.xl-badge')[index]!.getAttribute('aria-controls');
          return id !== null && shadow.getElementById(id) !== null;
        },
        [LAYER, i] as const,
        5000,
      )
      .then(
        () => true,
        () => false,
      );
    if (!open) continue;
    opened++;
    // Rendered TeX may hold links if a renderer trusted it: follow every one.
    await page.evaluate((layer) => {
      for (const link of document.querySelector(layer)!.shadowRoot!.querySelectorAll<HTMLElement>('[role="dialog"] a, [role="dialog"] [href]')) link.click();
    }, LAYER);
  }
  return opened;
}

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('runs no script and loads nothing from TeX built to, and still finds the formula at the end', async () => {
    const page = await suite.browser.openPage(suite.url('/hostile-tex.html'));
    await waitForMark(page, '#last-real', 30_000);
    await waitForTicks(page, 10);
    await page.waitFor((layer) => (document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge').length ?? 0) > 1, LAYER);
    const opened = await openEveryPopover(page);
    expect(opened).toBeGreaterThan(1);
    await waitForTicks(page, 10);
    expect(await pwned(page)).toBeNull();
    expect(await dangerousMarkup(page)).toEqual([]);
    expect(suite.serverRequests.filter((path) => /pwned/.test(path))).toEqual([]);
    // The 300 KB formula is not a cross-entropy anyone can type into: it is left alone.
    expect(await page.evaluate((kind) => document.querySelector(`#huge ${kind}, #huge${kind}`) !== null, KIND)).toBe(false);
    console.info(`hostile-tex in ${name}: ${opened} popovers opened; long tasks ${JSON.stringify(await longTasks(page))}`);
    await page.close();
    expect(ownErrors(suite.browser)).toEqual([]);
  });

  it('works under default-src none; style-src self: marks, popover, E', async () => {
    const page = await suite.browser.openPage(suite.url('/hostile-csp.html'));
    // The page's own inline script was blocked: the CSP is in force. From here on, every
    // violation is recorded (the page's own, from its KaTeX markup, came before).
    expect(await pwned(page)).toBeNull();
    await page.evaluate(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
    });
    await waitForMark(page, '#csp-katex');
    await waitForMark(page, '#last-real');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('button.xl-badge[data-verdict="wrong"]'), LAYER);
    await page.click('button.xl-badge[data-verdict="wrong"]');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]')?.textContent === '1.108663', LAYER);
    const look = await page.evaluate((layer) => {
      const dialog = document.querySelector(layer)!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
      const box = dialog.getBoundingClientRect();
      return { position: getComputedStyle(dialog).position, width: Math.round(box.width), height: Math.round(box.height) };
    }, LAYER);
    // Styled (its stylesheet was not blocked by the page's CSP) and on screen.
    expect(look.position).toBe('fixed');
    expect(look.width).toBeGreaterThan(100);
    expect(look.height).toBeGreaterThan(50);
    await selectPopoverInput(page);
    await page.type('0.5');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[data-part="value"]')?.textContent === '0.693147', LAYER);
    expect(await page.evaluate((layer) => getComputedStyle(document.querySelector(layer)!.shadowRoot!.querySelector('button.xl-badge')!).position, LAYER)).toBe('absolute');
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    await page.close();
    expect(ownErrors(suite.browser)).toEqual([]);
  });

  it('is not thrown by a page that replaced Array.prototype, JSON, Element.prototype and MathJax', async () => {
    const page = await suite.browser.openPage(suite.url('/hostile-prototypes.html'));
    // While the page's built-ins are broken, only the harness's own world can wait and
    // click (its clicks wait for the element): these find the marks and open the popover.
    for (const id of ['#proto-example', '#proto-katex', '#last-real']) await page.click(`${id} ${KIND}, ${id}${KIND}`);
    await page.click('button.xl-badge[data-verdict="wrong"]');
    await page.click('[role="dialog"] [data-part="value"]');
    await page.press('F9');
    expect(await page.evaluate((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]')?.textContent, LAYER)).toBe('1.108663');
    await waitForTicks(page, 5);
    // The page's innerHTML trap never fired: nothing was set as HTML in its world.
    expect(await pwned(page)).toBeNull();
    await page.close();
  });

  it('keeps up with math that is removed and re-added every few milliseconds, without leaking badges', async () => {
    const page = await suite.browser.openPage(suite.url('/hostile-churn.html'));
    await waitForMark(page, '#last-real');
    await page.waitFor(() => (window as unknown as { __churns: number }).__churns >= 100);
    await waitForTicks(page, 10);
    await page.evaluate(() => (window as unknown as { __stopChurn(): void }).__stopChurn());
    // Once the page is still, every formula it holds is marked once, with one badge each.
    const settled = () =>
      page.evaluate(
        ([layer, kind]) => ({
          marked: document.querySelectorAll(kind).length,
          badges: document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge').length ?? 0,
          shown: [...(document.querySelector(layer)?.shadowRoot?.querySelectorAll<HTMLElement>('button.xl-badge') ?? [])].filter((b) => !b.hidden).length,
        }),
        [LAYER, KIND] as const,
      );
    await page.waitFor(
      ([layer, kind]) => {
        const marked = document.querySelectorAll(`#churn ${kind}`).length;
        const shown = [...(document.querySelector(layer)?.shadowRoot?.querySelectorAll<HTMLElement>('button.xl-badge') ?? [])].filter((b) => !b.hidden).length;
        return marked === 6 && shown === marked + 1;
      },
      [LAYER, KIND] as const,
    );
    const state = await settled();
    expect(state.marked).toBe(7);
    expect(state.shown).toBe(7);
    // Badges of formulas the page threw away are gone, not kept hidden (and their elements with them).
    expect(state.badges).toBe(7);
    console.info(`hostile-churn in ${name}: ${await page.evaluate(() => (window as unknown as { __churns: number }).__churns)} churns; long tasks ${JSON.stringify(await longTasks(page))}`);
    await page.close();
    expect(ownErrors(suite.browser)).toEqual([]);
  });
});
