// A message from the content script that wants no reply (counts, load-bridge).
import type { ExtensionMessage } from './messages';

/** Sends `message`; nobody listening (background asleep, extension reloaded) or a context that is gone is fine. */
export function tellBackground(message: ExtensionMessage): void {
  try {
    void chrome.runtime.sendMessage(message)?.catch?.(() => undefined);
  } catch {
    // The extension context is gone (reloaded while the page stayed open).
  }
}
