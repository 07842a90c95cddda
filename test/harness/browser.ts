// One small interface over the real browsers the tests drive with the built
// extension loaded. Every browser test goes through `launchExtensionBrowser`, so a
// test is written once and runs in each browser named by BROWSERS.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium';

export type BrowserName = 'chromium' | 'firefox';

/** The browsers to test: BROWSERS=chromium,firefox (the default) or one of them. */
export const BROWSERS: BrowserName[] = (process.env.BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

const here = dirname(fileURLToPath(import.meta.url));

export const DIST = {
  chromium: resolve(here, '../../dist/chrome'),
  firefox: resolve(here, '../../dist/firefox'),
};

/** A page in the browser, with just what the tests need. */
export interface TestPage {
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Clicks the first element matching a CSS selector (open shadow roots are searched too). */
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  /** A real mouse event at a point of the viewport (CSS pixels): drags are down, moves, up. */
  mouse(type: 'down' | 'move' | 'up', x: number, y: number): Promise<void>;
  type(text: string): Promise<void>;
  /** `clip` (CSS pixels of the viewport) is honoured in pages, not in the Firefox extension tabs. */
  screenshot(path: string, options?: { fullPage?: boolean; clip?: { x: number; y: number; width: number; height: number } }): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Browser UI language, e.g. 'en-US' or 'ja'. */
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Keep the profile in this folder (for restart tests); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Device pixels per CSS pixel (Chromium; screenshots for the docs use 2). */
  scale?: number;
  /** Show a window (the demo on a desktop); headless by default. */
  headless?: boolean;
}

export interface ExtensionBrowser {
  name: BrowserName;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  openPage(url: string): Promise<TestPage>;
  /** Opens e.g. 'popup.html?t=1,0,0' of the extension in a tab. */
  openExtensionPage(path: string): Promise<TestPage>;
  /** Runs `fn` in the extension's background context (service worker / event page). */
  evaluateInBackground<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Console errors and uncaught exceptions from the extension's own contexts and the pages. */
  errors: string[];
  /**
   * URL of every request the browser issued, in order: pages, content scripts, the
   * service worker and extension pages (network tests read it). Optional: a harness
   * that cannot observe requests leaves it out, and tests fall back on the server's log.
   */
  requests?: string[];
  /**
   * Stops the background as the browser does when it idles (Chromium: the service worker,
   * through CDP's ServiceWorker.stopAllWorkers; Firefox: the event page, terminated as
   * its idle timer would). Resolves once it is gone; the next event wakes it.
   */
  stopBackground(): Promise<void>;
  /** Closes the browser and starts it again with the same profile. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const ownProfile = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), `xent-lens-${name}-`)));
  const browser = await launchOne(name, { ...options, userDataDir });
  const close = browser.close;
  browser.close = async () => {
    await close();
    if (ownProfile) await rm(userDataDir, { recursive: true, force: true });
  };
  return browser;
}

async function launchOne(name: BrowserName, options: LaunchOptions & { userDataDir: string }): Promise<ExtensionBrowser> {
  if (name === 'chromium') return launchChromium(DIST.chromium, options);
  const { launchFirefox } = await import('./firefox');
  return launchFirefox(DIST.firefox, options);
}
