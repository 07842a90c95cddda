// Sites annotated automatically beyond the manifest's own: the reader grants an origin
// (optional host permission, requested on their click in the options page), and the
// background registers the content script for every granted origin, in all its frames
// (and the about:blank and srcdoc frames that inherit it). Revoking the
// permission, here or in the browser's own UI, unregisters them (permissions.onRemoved).
import browser, { type Scripting } from 'webextension-polyfill';
import { matchesPattern } from './match-patterns';

export const AUTO_CONTENT_ID = 'xent-lens-auto-content';
/** The MathJax bridge was once registered beside it; an earlier version's registration is taken away. */
export const AUTO_BRIDGE_ID = 'xent-lens-auto-bridge';

/** Host patterns the manifest grants by itself (the Qualiteg blog; 127.0.0.1 and localhost in development). */
export function manifestOrigins(manifest: { host_permissions?: string[] } = browser.runtime.getManifest()): string[] {
  return manifest.host_permissions ?? [];
}

/** Origins the reader has granted on top of the manifest's. */
export async function grantedOptionalOrigins(): Promise<string[]> {
  const builtIn = new Set(manifestOrigins());
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((origin) => !builtIn.has(origin) && origin !== '<all_urls>').sort();
}

export function automaticScripts(origins: readonly string[]): Scripting.RegisteredContentScript[] {
  return [
    { id: AUTO_CONTENT_ID, matches: [...origins], js: ['content.js'], runAt: 'document_start', allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true },
  ];
}

/** Makes the registered scripts match `origins` (by default, what is granted now). */
export async function syncAutomaticSites(origins?: readonly string[]): Promise<string[]> {
  const wanted = origins ?? (await grantedOptionalOrigins());
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_CONTENT_ID, AUTO_BRIDGE_ID] });
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
  if (wanted.length > 0) await browser.scripting.registerContentScripts(automaticScripts(wanted));
  return [...wanted];
}

/** The origins the automatic scripts are registered for now. */
export async function registeredAutomaticOrigins(): Promise<string[]> {
  const [content] = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_CONTENT_ID] });
  return content?.matches ?? [];
}

/** Whether a page URL is annotated without a click: by the manifest or by a granted site. */
export async function isAnnotatedAutomatically(url: string): Promise<boolean> {
  const manifest = browser.runtime.getManifest();
  const patterns = [
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...(await registeredAutomaticOrigins()),
  ];
  return patterns.some((pattern) => matchesPattern(pattern, url));
}
