// The extension makes no network request: not its service worker, not its content
// script, not its popup or options page, while it annotates a page and the reader uses
// the popover and the calculator. Every request the browser issued and every request the
// fixture server answered must be one the page itself makes.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import { selectPopoverInput } from '../harness/page-steps';

const LAYER = 'xent-lens-layer';
// Clicks name shadow-root elements without the layer: both harnesses pierce open shadow roots.
const PAGE = '/qualiteg-04.html';

/** What the demo page loads by itself: its HTML, KaTeX (script, CSS, fonts) and the favicon. */
const pageOwn = (path: string): boolean => path === PAGE || path.startsWith('/vendor/katex/') || path === '/favicon.ico';

/** Schemes that never leave the browser. */
const LOCAL_SCHEME = /^(?:chrome-extension|moz-extension|data|blob|about):/;

/** Focuses and selects the first y cell of the open popover (in the badge layer's shadow root) and types. */
async function typeIntoPopover(page: TestPage, text: string): Promise<void> {
  await selectPopoverInput(page);
  await page.type(text);
}

/** The same in the popup, an extension page (no argument: Firefox hands extension pages none they can iterate). */
async function typeIntoPopup(page: TestPage, text: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[data-column="y"]')!;
    input.focus();
    input.select();
  });
  await page.type(text);
}

describe.each(BROWSERS)('network in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('makes no request while annotating, in the popover, the popup, the options page and the background', async () => {
    const page = await suite.browser.openPage(suite.url(PAGE));
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('button.xl-badge[data-verdict="wrong"]'), LAYER);
    await page.click('button.xl-badge[data-verdict="wrong"]');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]'), LAYER);
    await typeIntoPopover(page, '0.5');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[data-part="value"]')?.textContent === '0.693147', LAYER);

    const popup = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await popup.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.108663');
    await typeIntoPopup(popup, '0.5');
    await popup.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '0.693147');
    expect(await popup.evaluate(() => document.querySelector('[data-part="value"]')?.textContent)).toBe('0.693147');

    const options = await suite.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.readyState === 'complete');
    expect(await suite.browser.evaluateInBackground(() => chrome.runtime.getManifest().manifest_version)).toBe(3);

    // Anything deferred (a timer, an idle callback, a lazy font) gets a moment to show itself.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    for (const p of [page, popup, options]) await p.close();

    const origin = new URL(suite.url('/')).origin;
    const strays = suite.serverRequests.filter((path) => !pageOwn(new URL(path, origin).pathname));
    expect(strays, 'requests the fixture server answered that the page did not make').toEqual([]);
    expect(suite.serverRequests.map((path) => new URL(path, origin).pathname)).toContain(PAGE);

    const requests = suite.browser.requests;
    if (requests) {
      const network = requests.filter((url) => !LOCAL_SCHEME.test(url));
      const foreign = network.filter((url) => !url.startsWith(`${origin}/`) || !pageOwn(new URL(url).pathname));
      expect(foreign, 'requests from the extension').toEqual([]);
      expect(network).toContain(suite.url(PAGE));
    }
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
