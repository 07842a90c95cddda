// Background entry: the listeners live in src/extension/background-main.ts.
import { onContextMenuClicked } from './extension/context-menu';
import { analysisCost } from './extension/analyse-formulas';
import { onCommand, onExtensionMessage, startBackground } from './extension/background-main';
import { syncAutomaticSites } from './extension/site-access';

startBackground();

if (__DEV__) {
  // Time from this life's start to here (fetching, compiling and running this script), for the page benchmark.
  const startupMs = performance.now();
  const cost = () => ({ startupMs, ...analysisCost });
  // The browser tests call the very functions the listeners call.
  Object.assign(globalThis, { xentLens: { onContextMenuClicked, onExtensionMessage, onCommand, syncAutomaticSites, cost } });
}
