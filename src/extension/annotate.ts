// Annotating a tab on the reader's request (popup button, keyboard shortcut): the
// activeTab grant lets the background inject both content scripts into that one tab, in
// every frame the extension may script there (the page's own origin and what inherits it;
// a frame from another origin only where that origin is allowed too).
import browser from 'webextension-polyfill';
import type { AnnotateReply, TabStatus } from './messages';
import { isAnnotatedAutomatically } from './site-access';
import type { KeyValueArea } from './storage-area';
import { readTabCount } from './tab-counts';

/** Pages no extension may script: browser pages and the add-on stores. */
const CLOSED_URL = /^(?!https?:|file:)|^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/;

export function isAnnotatableUrl(url: string | undefined): boolean {
  // Without a URL (no grant for this tab) the browser decides when we try.
  return url === undefined || !CLOSED_URL.test(url);
}

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

export async function tabStatus(counts: KeyValueArea, tabId: number): Promise<TabStatus> {
  const [tab, count] = await Promise.all([browser.tabs.get(tabId).catch(() => undefined), readTabCount(counts, tabId)]);
  const url = tab?.url;
  return {
    count: count?.count ?? null,
    wrong: count?.wrong ?? 0,
    automatic: url !== undefined && (await isAnnotatedAutomatically(url)),
    annotatable: tab !== undefined && isAnnotatableUrl(url),
  };
}

/** Asks the tab's content script to rescan; injects it first when it is not there. */
export async function annotateTab(counts: KeyValueArea, tabId: number): Promise<AnnotateReply> {
  const before = await tabStatus(counts, tabId);
  if (!before.annotatable) return { outcome: 'not-annotatable', status: before };
  try {
    await browser.tabs.sendMessage(tabId, { type: 'rescan' });
    return { outcome: 'scanned', status: await tabStatus(counts, tabId) };
  } catch {
    // No receiving end: the content script is not in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['content.js'] });
  } catch {
    return { outcome: 'failed', status: await tabStatus(counts, tabId) };
  }
  // The fresh script scans on its own; the rescan is for one that was already listening.
  await browser.tabs.sendMessage(tabId, { type: 'rescan' }).catch(() => undefined);
  return { outcome: 'injected', status: await tabStatus(counts, tabId) };
}
