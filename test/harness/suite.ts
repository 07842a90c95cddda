// Vitest glue: one browser with the extension and one fixture server per describe block.
import { afterAll, beforeAll } from 'vitest';
import { launchExtensionBrowser, type BrowserName, type ExtensionBrowser, type LaunchOptions } from './browser';
import { startFixtureServer } from './server.mjs';

export { BROWSERS } from './browser';

export interface ExtensionSuite {
  browser: ExtensionBrowser;
  /** URL of a fixture page (test/fixtures/pages/…) on 127.0.0.1. */
  url(path: string): string;
  /** Path and query of every request the fixture server answered, in order. */
  serverRequests: string[];
}

export function useExtensionBrowser(name: BrowserName, options: LaunchOptions = {}): ExtensionSuite {
  const suite = {} as ExtensionSuite;
  let server: Awaited<ReturnType<typeof startFixtureServer>> | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    suite.url = server.url;
    suite.serverRequests = server.requests;
    suite.browser = await launchExtensionBrowser(name, options);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await server?.close();
  });
  return suite;
}

/** Errors worth failing a test for: the extension's own, not the fixture server's 404s. */
export function extensionErrors(browser: ExtensionBrowser): string[] {
  return browser.errors.filter((line) => !/Failed to load resource/.test(line));
}
