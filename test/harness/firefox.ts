// Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi: the
// built extension installed from dist/firefox, headless, and kept off the network.
//
// Web pages are driven with puppeteer. Extension pages and the background page are
// out of BiDi's reach in Firefox (Mozilla bug 1755014), so they go through the
// browser window instead: see firefox-chrome.js.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type JSHandle, type Page } from 'puppeteer-core';
import { findFirefox } from './find-browser.mjs';
import { CHROME_HARNESS, DEEP_QUERY, FRAME_SCRIPT } from './firefox-chrome.js';
import { firefoxPrefs } from './firefox-prefs';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './browser';

/** The extension's id in Firefox: build.mjs writes it into browser_specific_settings. */
const EXTENSION_ID = 'cross-entropy-lens@xent-lens.dev';

/** The part of puppeteer's BiDi browser the harness uses beyond the public API. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface BidiEvaluation {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

/** puppeteer's per-frame sandbox realm (internal in its types, public at run time). */
interface IsolatedRealm {
  waitForFunction(expression: string, options: { timeout: number; polling: number }): Promise<JSHandle>;
}

interface FrameReply {
  json?: string;
  undefined?: boolean;
  error?: string;
}

export async function launchFirefox(extensionDir: string, options: LaunchOptions & { userDataDir: string }): Promise<ExtensionBrowser> {
  const errors: string[] = [];
  const seen = new Set<string>();
  // One moz-extension://<uuid> per profile, chosen here and kept in the profile, so
  // the origin (and what the extension stored under it) survives a restart.
  const uuidFile = join(options.userDataDir, 'xent-lens-extension-uuid');
  if (!existsSync(uuidFile)) writeFileSync(uuidFile, randomUUID());
  const uuid = readFileSync(uuidFile, 'utf8').trim();
  const extensionOrigin = `moz-extension://${uuid}`;

  const record = (key: string, line: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    errors.push(line);
  };
  // "Error: x" from stderr and "x" from BiDi are the same uncaught error.
  const recordUncaught = (message: string, where = ''): void =>
    record(`uncaught|${message.replace(/^(Uncaught )?([A-Za-z]*Error: )?/, '')}`, `uncaught: ${message}${where}`);

  let browser: Browser;
  let chrome: ChromeWindow;
  const watched = new WeakSet<Page>();

  function watchPage(page: Page): void {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url ?? page.url()})`);
    });
    page.on('pageerror', (error) => {
      // One line per error, as Chromium gives them (Firefox adds "\nSource: …" to CSP reports).
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
      // Firefox reports a CSP violation as a script error; Chromium (and this list) as
      // a console error of the page that has the policy.
      if (message.startsWith('Content-Security-Policy:')) errors.push(`console: ${message} (${page.url()})`);
      // A font the page's CSP kept out is reported twice by Firefox, as the CSP report
      // above and as a failed download: keep the second only when the font is ours.
      else if (/^downloadable font: .*content blocked/.test(message) && !message.includes(extensionOrigin)) return;
      else recordUncaught(message);
    });
  }

  function readOutput(text: string): void {
    for (const line of text.split('\n')) {
      // Uncaught exceptions in any of the extension's contexts (Firefox prints them
      // with browser.dom.window.dump.enabled).
      const uncaught = /^JavaScript error: (moz-extension:\/\/[^,]+), line (\d+): (.*)$/.exec(line);
      if (uncaught && uncaught[1].startsWith(extensionOrigin)) recordUncaught(uncaught[3], ` (${uncaught[1]}:${uncaught[2]})`);
      const consoleError = /^\[xent-lens-console-error\] (.*)$/.exec(line);
      if (consoleError) {
        const { key, text: message, url } = JSON.parse(consoleError[1]) as { key: string; text: string; url: string };
        record(`console|${key}`, `console: ${message} (${url})`);
      }
    }
  }

  async function start(): Promise<void> {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: options.headless ?? true,
      userDataDir: options.userDataDir,
      // Lets BiDi reach the browser window, the harness's way into extension pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: firefoxPrefs({ uuid, extensionId: EXTENSION_ID, locale: options.locale, colorScheme: options.colorScheme }),
      defaultViewport: { width: 1200, height: 900 },
      protocolTimeout: 60_000,
    });
    const child = browser.process();
    child?.stdout?.setEncoding('utf8').on('data', readOutput);
    child?.stderr?.setEncoding('utf8').on('data', readOutput);
    browser.on('targetcreated', (target) => {
      void target.page().then((page) => page && watchPage(page), () => undefined);
    });
    // A temporary add-on, as web-ext and about:debugging install it: gone when
    // Firefox quits, so every start installs it again (same id, same uuid).
    const id = await browser.installExtension(extensionDir);
    if (id !== EXTENSION_ID) throw new Error(`installed ${id}, expected ${EXTENSION_ID}`);
    chrome = await ChromeWindow.open(browser);
    await chrome.call('watchConsole', extensionOrigin);
  }

  await start();

  const extensionBrowser: ExtensionBrowser = {
    name: 'firefox',
    extensionOrigin,
    errors,
    openPage: async (url) => {
      if (url.startsWith('moz-extension:')) return openExtensionTab(chrome, url);
      const page = await browser.newPage();
      watchPage(page);
      await page.goto(url);
      return wrapPage(page);
    },
    openExtensionPage: (path) => openExtensionTab(chrome, `${extensionOrigin}/${path}`),
    evaluateInBackground: async (fn, arg) => chrome.evaluate('background', fn as (a: unknown) => unknown, arg) as never,
    stopBackground: async () => void (await chrome.call('stopBackground')),
    restart: async () => {
      await browser.close();
      await start();
    },
    close: async () => {
      await browser.close();
    },
  };
  return extensionBrowser;
}

/** The browser window (chrome://browser/content/browser.xhtml) as a BiDi realm. */
class ChromeWindow {
  private constructor(
    private connection: BidiConnection,
    private context: string,
  ) {}

  static async open(browser: Browser): Promise<ChromeWindow> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox showed no browser window to the harness');
    const chrome = new ChromeWindow(connection, window.context);
    await chrome.run(CHROME_HARNESS, [FRAME_SCRIPT.replace('/*DEEP_QUERY*/', DEEP_QUERY), EXTENSION_ID]);
    return chrome;
  }

  /** Calls window.xentLensHarness[method](...args) in the browser window. */
  call(method: string, ...args: unknown[]): Promise<unknown> {
    return this.run('(method, args) => window.xentLensHarness[JSON.parse(method)](...JSON.parse(args))', [method, args]);
  }

  /** Runs `fn(arg)` in an extension tab or the background page; the value comes back through JSON. */
  async evaluate(tabId: string, fn: (arg: unknown) => unknown, arg: unknown): Promise<unknown> {
    const reply = await this.send(tabId, 'xent-lens:eval', { source: fn.toString(), arg });
    return reply.undefined ? undefined : JSON.parse(reply.json ?? 'null');
  }

  async send(tabId: string, message: string, data: object): Promise<FrameReply> {
    const reply = JSON.parse((await this.call('send', tabId, message, JSON.stringify(data))) as string) as FrameReply;
    if (reply.error) throw new Error(reply.error);
    return reply;
  }

  private async run(functionDeclaration: string, args: unknown[]): Promise<unknown> {
    const { result } = (await this.connection.send('script.callFunction', {
      functionDeclaration,
      awaitPromise: true,
      target: { context: this.context },
      // Strings only: the harness's own JSON, so nothing depends on BiDi's value mapping.
      arguments: args.map((value) => ({ type: 'string', value: JSON.stringify(value) })),
    })) as { result: BidiEvaluation };
    if (result.type === 'exception') throw new Error(`in the Firefox window: ${result.exceptionDetails?.text}`);
    return result.result?.value;
  }
}

async function openExtensionTab(chrome: ChromeWindow, url: string): Promise<TestPage> {
  const tabId = (await chrome.call('open', url)) as string;
  let current = url;
  const evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => chrome.evaluate(tabId, fn as (a: unknown) => unknown, arg) as Promise<R>;
  // As page.goto does: return once the page has loaded.
  const loaded = async () => {
    const deadline = Date.now() + 30_000;
    while ((await evaluate(() => document.readyState).catch(() => 'loading')) !== 'complete') {
      if (Date.now() > deadline) throw new Error(`${url} did not finish loading`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
  await loaded();
  const page: TestPage = {
    url: () => current,
    goto: async (next) => {
      await chrome.call('goto', tabId, next);
      current = next;
      await loaded();
    },
    evaluate,
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!(await evaluate(fn, arg))) {
        if (Date.now() > deadline) throw new Error(`waitFor timed out after ${timeoutMs} ms: ${fn.toString().slice(0, 200)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    click: async (selector) => {
      const deadline = Date.now() + 15_000;
      while ((await chrome.send(tabId, 'xent-lens:click', { selector })).json !== 'true') {
        if (Date.now() > deadline) throw new Error(`click: no element matches ${selector}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    press: async (key) => void (await chrome.send(tabId, 'xent-lens:keys', { key })),
    mouse: async (type, x, y) => void (await chrome.send(tabId, 'xent-lens:mouse', { type, x, y })),
    type: async (text) => void (await chrome.send(tabId, 'xent-lens:keys', { text })),
    screenshot: async (path, options) => {
      const dataUrl = (await chrome.call('screenshot', tabId, options?.fullPage ?? false)) as string;
      await writeFile(path, Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
    },
    setViewport: async (width, height) => void (await chrome.call('setViewport', tabId, width, height)),
    close: async () => void (await chrome.call('close', tabId)),
  };
  return page;
}

function wrapPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg, timeoutMs = 15_000) =>
      void (await page.waitForFunction(fn as (a: unknown) => unknown, { timeout: timeoutMs, polling: 50 }, arg)),
    // Found in puppeteer's isolated realm, out of reach of a page that replaced DOM methods.
    click: async (selector) => {
      const realm = (page.mainFrame() as unknown as { isolatedRealm(): IsolatedRealm }).isolatedRealm();
      // Visible, as Playwright's click waits for in Chromium: a badge is hidden until its first frame places it.
      const visible = `(() => { const found = (${DEEP_QUERY})(document, ${JSON.stringify(selector)}); return found && found.getClientRects().length > 0 ? found : null; })()`;
      const handle = await realm.waitForFunction(visible, { timeout: 15_000, polling: 50 });
      const element = handle.asElement() as ElementHandle<Element> | null;
      if (!element) throw new Error(`click: no element matches ${selector}`);
      await element.click();
      await element.dispose();
    },
    press: async (key) => {
      // Playwright spells chords 'Shift+Tab'; puppeteer presses one key at a time.
      const keys = key.split('+').filter(Boolean) as Parameters<Page['keyboard']['press']>[0][];
      const last = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(last);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    mouse: async (type, x, y) => {
      await page.mouse.move(x, y);
      if (type === 'down') await page.mouse.down();
      if (type === 'up') await page.mouse.up();
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path, options) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: options?.fullPage ?? false, ...(options?.clip ? { clip: options.clip } : {}) })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}
