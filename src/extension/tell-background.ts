// Messages from the content script to the background: one that waits for the background's
// answer (get-ready) and those that want none (counts, load-bridge).
import type { ExtensionMessage } from './messages';

/** Sends `message`; settles once the background has answered, rejects when it cannot (no listener, a context that is gone). */
export function askBackground(message: ExtensionMessage): Promise<unknown> {
  try {
    return chrome.runtime.sendMessage(message);
  } catch (error) {
    // The extension context is gone (reloaded while the page stayed open).
    return Promise.reject(error);
  }
}

/** Sends `message`; nobody listening (background asleep, extension reloaded) or a context that is gone is fine. */
export function tellBackground(message: ExtensionMessage): void {
  void askBackground(message)?.catch?.(() => undefined);
}
