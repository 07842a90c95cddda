// Frames: the content script runs in each frame the page's permission covers (a frame
// from the same site, a srcdoc frame that inherits the page), each frame marks its own
// formulas and its badges open the popover there, and the tab's status counts them all.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const LAYER = 'xent-lens-layer';

interface Hooks {
  xentLens: { onExtensionMessage(message: unknown, sender: object): Promise<{ count: number | null; wrong: number }> };
}

/** The kinds marked in a frame's document (by the frame element's id), formula by formula. */
function frameMarks(page: TestPage, id: string) {
  return page.evaluate((frameId) => {
    const doc = (document.getElementById(frameId) as HTMLIFrameElement | null)?.contentDocument;
    if (!doc) return null;
    return [...doc.querySelectorAll<HTMLElement>('[data-expect]')].map((container) => ({
      expect: container.dataset.expect ?? '',
      kinds: [...container.querySelectorAll('[data-xent-lens-kind]')].map((element) => element.getAttribute('data-xent-lens-kind')),
    }));
  }, id);
}

describe.each(BROWSERS)('frames in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('marks formulas in a same-origin frame and a srcdoc frame; the popover opens in the frame; the tab counts all frames', async () => {
    const page = await suite.browser.openPage(suite.url('/places-frame.html'));
    await page.waitFor(() => document.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.waitFor(() => (document.getElementById('same') as HTMLIFrameElement).contentDocument?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.waitFor(() => (document.getElementById('srcdoc') as HTMLIFrameElement).contentDocument?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(await frameMarks(page, 'same')).toEqual([
      { expect: 'ce_multiclass', kinds: ['ce_multiclass'] },
      { expect: '', kinds: [] },
    ]);
    expect(await frameMarks(page, 'srcdoc')).toEqual([{ expect: 'ce_expectation', kinds: ['ce_expectation'] }]);

    // The frame has its own badge layer; its badge opens the popover inside the frame.
    await page.waitFor(
      (layer) => (document.getElementById('same') as HTMLIFrameElement).contentDocument?.querySelector(layer)?.shadowRoot?.querySelector('button.xl-badge:not([hidden])'),
      LAYER,
    );
    await page.evaluate((layer) => {
      const doc = (document.getElementById('same') as HTMLIFrameElement).contentDocument!;
      doc.querySelector(layer)!.shadowRoot!.querySelector<HTMLButtonElement>('button.xl-badge')!.click();
    }, LAYER);
    await page.waitFor(
      (layer) => (document.getElementById('same') as HTMLIFrameElement).contentDocument?.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]')?.textContent,
      LAYER,
    );

    // The popup's page status: the page's formula and one in each frame.
    const tabId = await suite.browser.evaluateInBackground(async () => (await chrome.tabs.query({})).find((tab) => tab.url?.endsWith('/places-frame.html'))?.id ?? null);
    expect(tabId).not.toBeNull();
    const deadline = Date.now() + 10_000;
    let count: number | null = null;
    while (Date.now() < deadline && count !== 3) {
      count = (await suite.browser.evaluateInBackground((id) => (globalThis as unknown as Hooks).xentLens.onExtensionMessage({ type: 'tab-status', tabId: id }, {}), tabId)).count;
      if (count !== 3) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(count).toBe(3);
    await page.close();
  });

  it('keeps a site’s badges off in its frames too, srcdoc frames included (the marks stay)', async () => {
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.set({ settings: { schemaVersion: 1, badgesOffOn: ['127.0.0.1'] } }));
    const page = await suite.browser.openPage(suite.url('/places-frame.html'));
    await page.waitFor(() => (document.getElementById('srcdoc') as HTMLIFrameElement).contentDocument?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.waitFor(() => (document.getElementById('same') as HTMLIFrameElement).contentDocument?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1000)));
    const badges = await page.evaluate((layer) =>
      [document, ...['same', 'srcdoc'].map((id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument!)].map(
        (doc) => doc.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge').length ?? 0,
      ),
    LAYER);
    expect(badges).toEqual([0, 0, 0]);
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.clear());
    await page.close();
  });

  it('leaves a frame from a site the extension may not read alone, while marking the page and its own site’s frame', async () => {
    // *.localhost is loopback in both browsers, and no match pattern of the build covers it.
    const port = new URL(suite.url('/')).port;
    const page = await suite.browser.openPage(suite.url(`/places-frame-cross.html?other=${encodeURIComponent(`http://other.localhost:${port}`)}`));
    await page.waitFor(() => document.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.waitFor(() => (document.getElementById('same') as HTMLIFrameElement).contentDocument?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    // The other frame had as long as this site's frame, and a while more.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1500)));
    type Answer = { origin: string; formulas: number; marked: number } | null;
    const ask = (id: string) => page.evaluate((frameId) => (window as unknown as { askFrame(id: string): Promise<Answer> }).askFrame(frameId), id);
    expect(await ask('same')).toMatchObject({ formulas: 1, marked: 1 });
    expect(await ask('other')).toEqual({ origin: `http://other.localhost:${port}`, formulas: 1, marked: 0 });

    // The tab's status counts the page and its own site's frame only.
    const tabId = await suite.browser.evaluateInBackground(async () => (await chrome.tabs.query({})).find((tab) => tab.url?.includes('/places-frame-cross.html'))?.id ?? null);
    const status = await suite.browser.evaluateInBackground((id) => (globalThis as unknown as Hooks).xentLens.onExtensionMessage({ type: 'tab-status', tabId: id }, {}), tabId);
    expect(status.count).toBe(2);
    await page.close();
  });

  it('logged no extension error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
