// "This page": whether the active tab's site is annotated automatically, how many
// formulas were found there, and the button that annotates it now (activeTab grant).
import browser from 'webextension-polyfill';
import type { AnnotateReply, ExtensionMessage, TabStatus } from '../../extension/messages';
import { t, type Lang } from '../i18n';
import { h } from './dom';

/** After a click, counts arrive from the content script when its pass ends: look again a few times. */
const FOLLOW_UP_DELAYS_MS = [300, 800, 1500, 3000];

export interface PageStatusView {
  element: HTMLElement;
  load(): Promise<void>;
}

export function buildPageStatus(lang: Lang): PageStatusView {
  const site = h('p', { class: 'site', 'data-part': 'site-status' });
  const found = h('p', { class: 'found', 'data-part': 'found', role: 'status' });
  const button = h('button', { type: 'button', class: 'primary', 'data-part': 'annotate' }, t(lang, 'popup_annotate'));
  const element = h('section', { class: 'page-status', 'aria-label': t(lang, 'popup_thisPage') }, h('div', {}, site, found), button);
  // Hidden until we know there is a page to speak of (not when the popup is itself a tab).
  element.hidden = true;
  let tabId: number | undefined;

  function show(status: TabStatus): void {
    element.hidden = false;
    button.disabled = !status.annotatable;
    site.textContent = t(lang, !status.annotatable ? 'popup_notAnnotatable' : status.automatic ? 'popup_automatic' : 'popup_onClick');
    found.textContent = status.count === null ? (status.annotatable ? t(lang, 'popup_notRunYet') : '') : foundText(lang, status.count, status.wrong);
  }

  async function ask<R>(message: ExtensionMessage): Promise<R | undefined> {
    try {
      return (await browser.runtime.sendMessage(message)) as R;
    } catch {
      return undefined;
    }
  }

  button.addEventListener('click', async () => {
    if (tabId === undefined) return;
    button.disabled = true;
    found.textContent = t(lang, 'popup_annotating');
    const reply = await ask<AnnotateReply>({ type: 'annotate-active-tab', tabId });
    if (!reply) {
      found.textContent = t(lang, 'popup_failed');
      button.disabled = false;
      return;
    }
    show(reply.status);
    if (reply.outcome === 'failed') found.textContent = t(lang, 'popup_failed');
    for (const delay of FOLLOW_UP_DELAYS_MS) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const status = await ask<TabStatus>({ type: 'tab-status', tabId });
      if (status) show(status);
      if (status?.count !== null && status?.count !== undefined) break;
    }
  });

  return {
    element,
    async load() {
      // In a tab or window of its own (context menu, shared link) the popup has no page beside it.
      if (await browser.tabs.getCurrent().catch(() => undefined)) return;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      tabId = tab?.id;
      if (tabId === undefined) return;
      const status = await ask<TabStatus>({ type: 'tab-status', tabId });
      if (status) show(status);
    },
  };
}

/** "3 formulas found, 1 worked example wrong" in the UI language. */
export function foundText(lang: Lang, count: number, wrong: number): string {
  const n = String(count);
  if (wrong === 0) return t(lang, count === 1 ? 'popup_foundOne' : 'popup_foundMany', n);
  const key = count === 1 ? 'popup_foundOneWrongOne' : wrong === 1 ? 'popup_foundWrongOne' : 'popup_foundWrongMany';
  return t(lang, key, n, String(wrong));
}
