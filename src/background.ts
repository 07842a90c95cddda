// Background entry: the listeners live in src/extension/background-main.ts.
import { onContextMenuClicked } from './extension/context-menu';
import { onCommand, onExtensionMessage, startBackground } from './extension/background-main';
import { syncAutomaticSites } from './extension/site-access';

startBackground();

if (__DEV__) {
  // The browser tests call the very functions the listeners call.
  Object.assign(globalThis, { xentLens: { onContextMenuClicked, onExtensionMessage, onCommand, syncAutomaticSites } });
}
