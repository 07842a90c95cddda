// "Compute cross-entropy" on selected text: the numbers in the selection open the
// calculator prefilled, in a small window of the popup's size.
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { calculationFromSelection, calculationQuery } from './calculation-link';

export const COMPUTE_MENU_ID = 'compute-cross-entropy';
const WINDOW_SIZE = { width: 440, height: 720 };

export async function createContextMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create(
    { id: COMPUTE_MENU_ID, title: browser.i18n.getMessage('contextMenuCompute'), contexts: ['selection'] },
    // Reading lastError marks it handled: a second create during a quick restart is harmless.
    () => void browser.runtime.lastError,
  );
}

/** The calculator URL for a selection ("popup.html" alone when it holds no number). */
export function calculatorUrlFor(selectionText: string | undefined): string {
  const request = calculationFromSelection(selectionText ?? '') ?? {};
  return browser.runtime.getURL(`popup.html${calculationQuery(request)}`);
}

/** The contextMenus.onClicked listener; returns the URL it opened, for tests. */
export async function onContextMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<string | undefined> {
  if (info.menuItemId !== COMPUTE_MENU_ID) return undefined;
  const url = calculatorUrlFor(info.selectionText);
  try {
    await browser.windows.create({ url, type: 'popup', ...WINDOW_SIZE });
  } catch {
    // No separate windows (e.g. Firefox for Android): a tab beside the page.
    await browser.tabs.create({ url, ...(tab?.index !== undefined ? { index: tab.index + 1 } : {}) });
  }
  return url;
}
