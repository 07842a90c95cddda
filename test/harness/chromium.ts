// Chromium through playwright-core: the system Chromium, the built extension
// loaded unpacked, headless, and kept off the network.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './find-browser.mjs';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './browser';

/** Flags that keep Chromium from calling home: the machines have no network. */
export const OFFLINE_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider',
];

export async function launchChromium(extensionDir: string, options: LaunchOptions & { userDataDir: string }): Promise<ExtensionBrowser> {
  const errors: string[] = [];
  const requests: string[] = [];
  let context = await start();
  let worker = await serviceWorkerOf(context);
  // Node's URL gives non-web schemes an opaque origin, so cut the origin out by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');

  async function start(): Promise<BrowserContext> {
    const ctx = await chromium.launchPersistentContext(options.userDataDir, {
      executablePath: findChromium(),
      headless: options.headless ?? true,
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1200, height: 900 },
      deviceScaleFactor: options.scale ?? 1,
      args: [
        ...OFFLINE_FLAGS,
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        `--lang=${options.locale ?? 'en-US'}`,
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
    });
    ctx.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
    });
    ctx.on('weberror', (error) => errors.push(`uncaught: ${error.error().message}`));
    // Playwright reports the extension's service worker requests here too.
    ctx.on('request', (request) => requests.push(request.url()));
    return ctx;
  }

  const browser: ExtensionBrowser = {
    name: 'chromium',
    extensionOrigin,
    errors,
    requests,
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      return wrapPage(page);
    },
    openExtensionPage: (path) => browser.openPage(`${extensionOrigin}/${path}`),
    evaluateInBackground: async (fn, arg) => {
      // A stopped worker is replaced by the one the next event starts.
      if (worker.isClosed?.() || !context.serviceWorkers().includes(worker)) worker = await serviceWorkerOf(context);
      return (await worker.evaluate(fn as (a: unknown) => unknown, arg)) as never;
    },
    stopBackground: async () => {
      // Playwright keeps the same Worker across a stop and a restart (Chrome reuses the
      // target), so the stop is read from the ServiceWorker domain's own status reports.
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
      const ours = (event: Versions) => event.versions.filter((version) => version.scriptURL.startsWith(extensionOrigin));
      try {
        const stopped = new Promise<void>((resolve) => {
          cdp.on('ServiceWorker.workerVersionUpdated', (event: Versions) => {
            const versions = ours(event);
            if (versions.length > 0 && versions.every((version) => version.runningStatus === 'stopped')) resolve();
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    restart: async () => {
      await context.close();
      context = await start();
      worker = await serviceWorkerOf(context);
    },
    close: () => context.close(),
  };
  return browser;
}

async function serviceWorkerOf(context: BrowserContext): Promise<Worker & { isClosed?: () => boolean }> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 30_000,
  });
}

export function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg, timeoutMs = 15_000) =>
      void (await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout: timeoutMs })),
    click: (selector) => page.locator(selector).first().click(),
    press: (key) => page.keyboard.press(key),
    mouse: async (type, x, y) => {
      await page.mouse.move(x, y);
      if (type === 'down') await page.mouse.down();
      if (type === 'up') await page.mouse.up();
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, options) => void (await page.screenshot({ path, fullPage: options?.fullPage ?? false, ...(options?.clip ? { clip: options.clip } : {}) })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}
