// Messages between the extension's contexts (content script, background, popup).
// One closed union, so each side can switch on `type` with the compiler's help.

export type ExtensionMessage =
  /** content → background: how many formulas this tab has annotated so far (toolbar badge, popup). */
  | { type: 'formulas-found'; count: number; wrong: number }
  /** popup → background: annotate the active tab now (activeTab + scripting). */
  | { type: 'annotate-active-tab' }
  /** popup → background: what the active tab has (count, whether its site is annotated automatically). */
  | { type: 'tab-status' }
  /** background → content: run a scan now (after an injection, or from the keyboard shortcut). */
  | { type: 'rescan' };

export interface TabStatus {
  /** Formulas annotated in the tab, or null when the content script has not run there. */
  count: number | null;
  wrong: number;
  /** The tab's site is annotated without a click (Qualiteg blog, an opted-in site, or dev origins). */
  automatic: boolean;
  /** The tab can be annotated at all (not a browser page or the store). */
  annotatable: boolean;
}

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
