// The background (service worker in Chrome, event page in Firefox). Every listener is
// added synchronously when the script starts, as both browsers require for waking it;
// whatever must outlive it (tab counts, settings, history) lives in storage.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyseBatch, getReady, withEveryLog } from './analyse-formulas';
import { AnalysisCache } from './analysis-cache';
import { activeTabId, annotateTab, tabStatus } from './annotate';
import { createContextMenu, onContextMenuClicked } from './context-menu';
import { isExtensionMessage, type AnalysesReply, type AnnotateReply, type ExtensionMessage, type TabStatus } from './messages';
import { loadSettings } from './settings';
import { syncAutomaticSites } from './site-access';
import type { KeyValueArea } from './storage-area';
import { badgeColourFor, badgeTextFor, forgetTab, recordTabCount, type TabCount } from './tab-counts';

const sessionArea = (): KeyValueArea => browser.storage.session;

let analysisCache: AnalysisCache | null = null;
/** One cache per life of the background; storage.session carries it to the next (memory only where the area is missing). */
function analyses(): AnalysisCache {
  analysisCache ??= new AnalysisCache((browser.storage as { session?: KeyValueArea }).session ?? null, __ANALYSIS_VERSION__);
  return analysisCache;
}

async function showBadge(tabId: number, count: TabCount | null): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeTextFor(count) });
  if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: badgeColourFor(count) });
}

type Reply = TabStatus | AnnotateReply | AnalysesReply | undefined;

/** The runtime.onMessage listener (exposed to the development build's tests). */
export async function onExtensionMessage(message: unknown, sender: Runtime.MessageSender): Promise<Reply> {
  if (!isExtensionMessage(message)) return undefined;
  return handleMessage(message, sender);
}

async function handleMessage(message: ExtensionMessage, sender: Runtime.MessageSender): Promise<Reply> {
  switch (message.type) {
    case 'formulas-found': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      // Each frame reports its own formulas; the tab's badge and status count them all.
      const count = await recordTabCount(sessionArea(), tabId, message, sender.frameId ?? 0);
      await showBadge(tabId, count);
      return undefined;
    }
    case 'annotate-active-tab': {
      const tabId = message.tabId ?? (await activeTabId());
      if (tabId === undefined) return { outcome: 'not-annotatable', status: unknownTab() };
      return annotateTab(sessionArea(), tabId);
    }
    case 'tab-status': {
      const tabId = message.tabId ?? (await activeTabId());
      return tabId === undefined ? unknownTab() : tabStatus(sessionArea(), tabId);
    }
    case 'analyse-formulas': {
      if (!Array.isArray(message.texts)) return undefined;
      // The reader's option to judge every numeric log, not only the cross-entropy family's.
      const settings = await loadSettings(browser.storage.sync);
      const contexts = settings.verdictsOnEveryLog ? withEveryLog(message.texts.length, message.contexts) : message.contexts;
      return { ...(await analyseBatch(analyses(), message.texts, contexts)), settings };
    }
    case 'get-ready': {
      // The rest of the content script first: the frame is waiting for it, on a page that may be drawing its formulas.
      // At once, not when the frame is next idle; refused, the content script imports the file itself.
      const injected = runInSenderFrame(sender, 'annotator.js', 'ISOLATED');
      // The settings the batch reads are read meanwhile too.
      void Promise.all([getReady(analyses()), loadSettings(browser.storage.sync)]).catch(() => undefined);
      await injected;
      return undefined;
    }
    case 'load-bridge':
      await runInSenderFrame(sender, 'page-bridge.js', 'MAIN');
      return undefined;
    case 'rescan':
      return undefined;
  }
}

/**
 * Runs one of the extension's files in the frame a content script wrote from, as soon as
 * the frame takes it, under the frame's own permission (the content script runs there, so
 * one exists); where that is refused, nothing.
 */
async function runInSenderFrame(sender: Runtime.MessageSender, file: string, world: 'ISOLATED' | 'MAIN'): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  await browser.scripting
    .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file], world, injectImmediately: true })
    .catch(() => undefined);
}

function unknownTab(): TabStatus {
  return { count: null, wrong: 0, automatic: false, annotatable: false };
}

export async function onCommand(command: string): Promise<void> {
  if (command !== 'annotate-page') return;
  const tabId = await activeTabId();
  if (tabId !== undefined) await annotateTab(sessionArea(), tabId);
}

/** A tab navigating starts its count afresh; a closed tab's count goes. */
async function onTabUpdated(tabId: number, change: { status?: string }): Promise<void> {
  if (change.status !== 'loading') return;
  await forgetTab(sessionArea(), tabId);
  await showBadge(tabId, null).catch(() => undefined);
}

/**
 * After an install, an update or a browser start, the first page with math comes soon: the
 * analysis code is compiled then, off any page's path, not when that page's first batch
 * arrives (a first visit's marks came 240 ms after its first frame, against 3 ms once warm).
 * Other wakes of the background (a tab's navigation, a message) do not pay for it.
 */
function warmUp(): void {
  void getReady(analyses()).catch(() => undefined);
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => onExtensionMessage(message, sender));
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command) => void onCommand(command));
  browser.tabs.onUpdated.addListener((tabId, change) => void onTabUpdated(tabId, change));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(sessionArea(), tabId));
  browser.permissions.onAdded.addListener(() => void syncAutomaticSites());
  browser.permissions.onRemoved.addListener(() => void syncAutomaticSites());
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenu();
    void syncAutomaticSites();
    warmUp();
  });
  browser.runtime.onStartup.addListener(() => {
    // Chrome keeps menus across restarts; recreating them costs nothing and covers a
    // browser that does not keep an event page's menus.
    void createContextMenu();
    void syncAutomaticSites();
    warmUp();
  });
}
