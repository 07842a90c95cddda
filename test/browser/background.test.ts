// The background: the toolbar badge and the per-tab counts, "annotate" and the keyboard
// command, the context-menu action (through the very function contextMenus.onClicked
// calls), and the registration of automatically annotated sites.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

/** What the development build exposes on the background's global object. */
interface BackgroundHooks {
  onContextMenuClicked(info: { menuItemId: string; selectionText?: string; editable: boolean; pageUrl?: string }): Promise<string | undefined>;
  onExtensionMessage(message: unknown, sender: { tab?: { id: number }; frameId?: number }): Promise<unknown>;
  onCommand(command: string): Promise<void>;
  syncAutomaticSites(origins?: string[]): Promise<string[]>;
}
type WithHooks = { xentLens: BackgroundHooks };

describe.each(BROWSERS)('background in %s', (name) => {
  const suite = useExtensionBrowser(name);

  const tabIdOf = (path: string) =>
    suite.browser.evaluateInBackground(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url?.endsWith(wanted))?.id ?? null;
    }, path);
  const badgeText = (tabId: number) => suite.browser.evaluateInBackground((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  const status = (tabId: number) =>
    suite.browser.evaluateInBackground(
      (id) => (globalThis as unknown as WithHooks).xentLens.onExtensionMessage({ type: 'tab-status', tabId: id }, {}),
      tabId,
    ) as Promise<{ count: number | null; wrong: number; automatic: boolean; annotatable: boolean }>;

  async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  it('compiles its analysis code once installed, before any page with math asks for it', async () => {
    // First in this suite: no page has been opened, so no get-ready message has come yet.
    const readyMs = () =>
      suite.browser.evaluateInBackground(() => (globalThis as unknown as { xentLens: { cost(): { readyMs: number | null; batches: number } } }).xentLens.cost()) as Promise<{ readyMs: number | null; batches: number }>;
    await waitUntil(async () => (await readyMs()).readyMs !== null, 'the background to get ready on its own');
    expect((await readyMs()).batches).toBe(0);
  });

  it('shows the number of formulas found as the toolbar badge, and the tab status', async () => {
    const page = await suite.browser.openPage(suite.url('/qualiteg-04.html'));
    const tabId = (await tabIdOf('/qualiteg-04.html'))!;
    expect(tabId).not.toBeNull();
    await waitUntil(async () => (await status(tabId)).count !== null, 'the content script to report');
    const { count, wrong, automatic, annotatable } = await status(tabId);
    expect(count).toBeGreaterThan(0);
    // The seed's worked example −0.481486 is wrong.
    expect(wrong).toBeGreaterThan(0);
    expect({ automatic, annotatable }).toEqual({ automatic: true, annotatable: true });
    await waitUntil(async () => (await badgeText(tabId)) === String(count), 'the badge text');
    await page.close();
  });

  it('keeps counts in storage.session and starts a tab afresh when it navigates', async () => {
    const page = await suite.browser.openPage(suite.url('/qualiteg-04.html'));
    const tabId = (await tabIdOf('/qualiteg-04.html'))!;
    await waitUntil(async () => (await status(tabId)).count !== null, 'the content script to report');
    // What a restarted background would find: the status is read back from storage.session.
    await suite.browser.evaluateInBackground((id) => chrome.storage.session.set({ [`tab:${id}`]: { count: 7, wrong: 2 } }), tabId);
    expect(await status(tabId)).toMatchObject({ count: 7, wrong: 2 });

    await page.goto(suite.url('/hello.html'));
    await waitUntil(async () => (await status(tabId)).count === null && (await badgeText(tabId)) === '', 'the count to be forgotten');
    await page.close();
  });

  it('annotates a tab on request and from the keyboard command', async () => {
    const page = await suite.browser.openPage(suite.url('/qualiteg-04.html'));
    const tabId = (await tabIdOf('/qualiteg-04.html'))!;
    await waitUntil(async () => (await status(tabId)).count !== null, 'the content script to report');
    const reply = (await suite.browser.evaluateInBackground(
      (id) => (globalThis as unknown as WithHooks).xentLens.onExtensionMessage({ type: 'annotate-active-tab', tabId: id }, {}),
      tabId,
    )) as { outcome: string; status: { count: number } };
    // The script was already there (an automatic site), so it was asked to rescan, not injected again.
    expect(reply.outcome).toBe('scanned');
    expect(reply.status.count).toBeGreaterThan(0);

    // The command rescans the active tab, whose content script then reports again.
    await suite.browser.evaluateInBackground((id) => chrome.storage.session.remove(`tab:${id}`), tabId);
    await suite.browser.evaluateInBackground(() => (globalThis as unknown as WithHooks).xentLens.onCommand('annotate-page'));
    await waitUntil(async () => ((await status(tabId)).count ?? 0) > 0, 'the count after the command');
    await page.close();
  });

  it('refuses to annotate browser pages', async () => {
    const page = await suite.browser.openExtensionPage('options.html');
    const tabId = (await tabIdOf('/options.html'))!;
    const reply = (await suite.browser.evaluateInBackground(
      (id) => (globalThis as unknown as WithHooks).xentLens.onExtensionMessage({ type: 'annotate-active-tab', tabId: id }, {}),
      tabId,
    )) as { outcome: string };
    expect(reply.outcome).toBe('not-annotatable');
    await page.close();
  });

  it('opens the calculator prefilled from a selection through the context-menu handler', async () => {
    const selectionText = 'E = -(1·log 0.33 + 0·log 0.32 + 0·log 0.35) = -0.481486';
    const url = await suite.browser.evaluateInBackground(
      (text) =>
        (globalThis as unknown as WithHooks).xentLens.onContextMenuClicked({ menuItemId: 'compute-cross-entropy', selectionText: text, editable: false }),
      selectionText,
    );
    expect(url).toBe(`${suite.browser.extensionOrigin}/popup.html?t=1,0,0&y=0.33,0.32,0.35`);
    await waitUntil(
      async () => (await suite.browser.evaluateInBackground((wanted) => chrome.tabs.query({}).then((tabs) => tabs.some((tab) => tab.url === wanted)), url)) === true,
      'the calculator window',
    );
    const page = await suite.browser.openExtensionPage(url!.slice(suite.browser.extensionOrigin.length + 1));
    await page.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.108663');
    await page.close();

    const other = await suite.browser.evaluateInBackground(() =>
      (globalThis as unknown as WithHooks).xentLens.onContextMenuClicked({ menuItemId: 'something-else', selectionText: '1', editable: false }),
    );
    expect(other).toBeUndefined();
  });

  it('registers the content script for granted sites and drops them when no permission backs them', async () => {
    const registered = () =>
      suite.browser.evaluateInBackground(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map(({ id, matches, js, world }) => ({ id, matches, js, world: world ?? 'ISOLATED' })),
      );
    await suite.browser.evaluateInBackground(() => (globalThis as unknown as WithHooks).xentLens.syncAutomaticSites(['https://zenn.dev/*']));
    expect(await registered()).toEqual([
      { id: 'xent-lens-auto-content', matches: ['https://zenn.dev/*'], js: ['content.js'], world: 'ISOLATED' },
    ]);
    // What permissions.onRemoved does: sync with what is granted now (nothing optional here).
    expect(await suite.browser.evaluateInBackground(() => (globalThis as unknown as WithHooks).xentLens.syncAutomaticSites())).toEqual([]);
    expect(await registered()).toEqual([]);
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
