// @ts-check
// Source text run inside Firefox for the harness, not in Node.
//
// WebDriver BiDi in Firefox does not script pages whose principal is an
// extension's (Mozilla bug 1755014), so the harness reaches popup.html, options.html
// and the background page another way: Firefox started with
// --remote-allow-system-access lets BiDi call functions in the browser window
// (chrome://browser/content/browser.xhtml). From there a frame script — which runs
// in the extension process beside the page — evaluates functions in the page,
// sends trusted mouse and key events, and reports the extension's console errors.

/** Runs in the frame script (extension process); `content` is the page's window. */
export const FRAME_SCRIPT = String.raw`
(() => {
  let sandbox = null;
  let sandboxWindow = null;
  const inPage = () => {
    if (sandboxWindow !== content) {
      sandboxWindow = content;
      // wantXrays: false — the function sees the page's globals (document, browser, chrome) as the page does.
      sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false, sameZoneAs: content });
    }
    return sandbox;
  };
  const reply = (id, payload) => sendAsyncMessage('xent-lens:done', { id, ...payload });
  // The frame script's own data: URL would flood the stack; name it instead.
  const fail = (id, error) =>
    reply(id, { error: String((error && error.message) || error) + (error && error.stack ? '\n' + String(error.stack).replace(/data:,[^\s:]*/g, 'harness-frame-script') : '') });

  const deepQuery = /*DEEP_QUERY*/;

  // Firefox's own EventUtils (what Marionette and BiDi input use): trusted mouse and
  // key events through the widget layer, focus and default actions included.
  let eventUtils = null;
  const events = () => {
    if (!eventUtils || eventUtils.window !== content) {
      eventUtils = { window: content, parent: content, _EU_Ci: Ci, _EU_Cc: Cc };
      Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', eventUtils);
    }
    return eventUtils;
  };
  const MODIFIERS = { Shift: 'shiftKey', Control: 'ctrlKey', Alt: 'altKey', Meta: 'metaKey' };

  addMessageListener('xent-lens:eval', ({ data }) => {
    Promise.resolve()
      .then(() => Cu.evalInSandbox('(' + data.source + ')', inPage(), 'latest', 'xent-lens-harness.js', 1)(data.arg))
      .then((value) => reply(data.id, value === undefined ? { undefined: true } : { json: JSON.stringify(value) }), (error) => fail(data.id, error));
  });

  addMessageListener('xent-lens:click', ({ data }) => {
    try {
      const element = deepQuery(content.document, data.selector);
      if (!element) return reply(data.id, { json: 'false' });
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      events().synthesizeMouseAtPoint(x, y, {}, content);
      reply(data.id, { json: 'true' });
    } catch (error) {
      fail(data.id, error);
    }
  });

  addMessageListener('xent-lens:mouse', ({ data }) => {
    try {
      const type = { down: 'mousedown', move: 'mousemove', up: 'mouseup' }[data.type];
      events().synthesizeMouseAtPoint(data.x, data.y, { type }, content);
      reply(data.id, { json: 'true' });
    } catch (error) {
      fail(data.id, error);
    }
  });

  addMessageListener('xent-lens:keys', ({ data }) => {
    try {
      if (data.text !== undefined) {
        events().sendString(data.text, content);
      } else {
        // Playwright's names: 'Enter', 'a', 'Shift+Tab', 'Control+a'.
        const parts = data.key.split('+').filter(Boolean);
        const key = parts.pop();
        const modifiers = Object.fromEntries(parts.map((part) => [MODIFIERS[part], true]));
        events().synthesizeKey(key.length === 1 ? key : key === 'Space' ? ' ' : 'KEY_' + key, modifiers, content);
      }
      reply(data.id, { json: 'true' });
    } catch (error) {
      fail(data.id, error);
    }
  });

  // Console errors of the extension's own pages (background, popup, options), with
  // the earlier ones the process kept; the harness reads them from stdout.
  addMessageListener('xent-lens:watch-console', ({ data }) => {
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    const report = (message) => {
      if (message.level !== 'error' || !String(message.filename).startsWith(data.origin)) return;
      const text = Array.from(message.arguments || [], (part) => { try { return typeof part === 'string' ? part : String(part); } catch { return '?'; } }).join(' ');
      dump('[xent-lens-console-error] ' + JSON.stringify({ key: [message.timeStamp, message.innerID, text].join('|'), text, url: message.filename }) + '\n');
    };
    for (const event of storage.getEvents()) report(event.wrappedJSObject ?? event);
    const listener = (message) => report(message.wrappedJSObject ?? message);
    storage.addLogEventListener(listener, Services.scriptSecurityManager.getSystemPrincipal());
    addEventListener('unload', () => storage.removeLogEventListener(listener), { once: true });
    reply(data.id, { json: 'true' });
  });
})();
`;

/** Runs once in the browser window (parent process): the harness's side of it. */
export const CHROME_HARNESS = String.raw`
(frameScriptJson, extensionIdJson) => {
  if (window.xentLensHarness) return 'ready';
  const FRAME = 'data:,' + encodeURIComponent(JSON.parse(frameScriptJson));
  const extensionId = JSON.parse(extensionIdJson);
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const system = Services.scriptSecurityManager.getSystemPrincipal();
  const tabs = new Map();
  const pending = new Map();
  const attached = new WeakSet();
  let nextId = 1;

  const onDone = ({ data }) => {
    const settle = pending.get(data.id);
    if (!settle) return;
    pending.delete(data.id);
    settle(data);
  };
  const attach = (browser) => {
    const loader = browser.frameLoader;
    if (!loader || attached.has(loader)) return;
    attached.add(loader);
    browser.messageManager.addMessageListener('xent-lens:done', onDone);
    browser.messageManager.loadFrameScript(FRAME, false);
  };
  const ask = (browser, name, data) => {
    attach(browser);
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      browser.messageManager.sendAsyncMessage(name, { ...data, id });
    });
  };
  const loaded = (browser, url) => new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      const here = browser.currentURI?.spec;
      const global = browser.browsingContext?.currentWindowGlobal;
      if (here === url && global && global.documentURI?.spec === url && !browser.webProgress?.isLoadingDocument) return resolve();
      if (Date.now() - started > 30000) return reject(new Error('timed out loading ' + url + ' (at ' + here + ')'));
      setTimeout(check, 25);
    };
    check();
  });
  const backgroundBrowser = async () => {
    for (let attempt = 0; attempt < 200; attempt++) {
      for (const context of ExtensionParent.ParentAPIManager.proxyContexts.values()) {
        if (context.extension?.id === extensionId && context.viewType === 'background' && context.xulBrowser) return context.xulBrowser;
      }
      // An event page that went idle starts again when something needs it.
      const extension = ExtensionParent.GlobalManager.getExtension(extensionId);
      if (attempt === 0) extension?.wakeupBackground?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the extension has no background page');
  };
  const target = async (tabId) => (tabId === 'background' ? backgroundBrowser() : tabs.get(tabId)?.linkedBrowser);

  window.xentLensHarness = {
    async open(url) {
      const tab = gBrowser.addTab(url, { triggeringPrincipal: system });
      gBrowser.selectedTab = tab;
      const id = String(nextId++);
      tabs.set(id, tab);
      await loaded(tab.linkedBrowser, url);
      return id;
    },
    async goto(tabId, url) {
      const browser = await target(tabId);
      browser.loadURI(Services.io.newURI(url), { triggeringPrincipal: system });
      await loaded(browser, url);
    },
    async url(tabId) {
      return (await target(tabId)).currentURI.spec;
    },
    async send(tabId, name, dataJson) {
      const browser = await target(tabId);
      if (tabs.has(tabId)) gBrowser.selectedTab = tabs.get(tabId);
      return JSON.stringify(await ask(browser, name, JSON.parse(dataJson)));
    },
    async screenshot(tabId, fullPage) {
      const browser = await target(tabId);
      const global = browser.browsingContext.currentWindowGlobal;
      const size = JSON.parse((await ask(browser, 'xent-lens:eval', { source: '() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]' })).json);
      const rect = fullPage ? new DOMRect(0, 0, size[0], size[1]) : null;
      const bitmap = await global.drawSnapshot(rect, 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    },
    async setViewport(tabId, width, height) {
      const browser = await target(tabId);
      window.resizeBy(width - browser.clientWidth, height - browser.clientHeight);
    },
    async close(tabId) {
      const tab = tabs.get(tabId);
      tabs.delete(tabId);
      if (tab) gBrowser.removeTab(tab);
    },
    /** Terminates the event page as its idle timer would; the next event it listens to starts it again. */
    async stopBackground() {
      const extension = ExtensionParent.GlobalManager.getExtension(extensionId);
      if (!extension) throw new Error('the extension is not installed');
      // Resolves once the page is gone (a pending event may start it again right after).
      await extension.terminateBackground({ ignoreDevToolsAttached: true });
      return true;
    },
    async watchConsole(origin) {
      await ask(await backgroundBrowser(), 'xent-lens:watch-console', { origin });
    },
  };
  return 'installed';
}
`;

/**
 * `(root, selector) => Element | null`, as Playwright's CSS engine reads a selector:
 * open shadow roots are searched, and a descendant combinator (a space) crosses
 * them (`xent-lens-layer button.xl-badge` finds the button in the layer's shadow
 * root). `>`, `+` and `~` stay inside one tree. Run where the page's own scripts
 * cannot have replaced the DOM methods it uses (an isolated realm, a frame script).
 */
export const DEEP_QUERY = String.raw`(root, selector) => {
  const split = (text, isCut) => {
    const parts = [];
    let depth = 0;
    let quote = '';
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '(') depth++;
      else if (c === ']' || c === ')') depth--;
      else if (depth === 0 && isCut(text, i)) {
        parts.push(text.slice(start, i));
        start = i + 1;
      }
    }
    parts.push(text.slice(start));
    return parts.map((part) => part.trim()).filter(Boolean);
  };
  const isDescendantSpace = (text, i) => {
    if (!/\s/.test(text[i])) return false;
    const before = text.slice(0, i).trimEnd().slice(-1);
    const after = text.slice(i + 1).trimStart().charAt(0);
    return before !== '' && after !== '' && !'>+~'.includes(before) && !'>+~'.includes(after);
  };
  const composedParent = (element) => element.parentElement || (element.parentNode && element.parentNode.host) || null;
  const matchesChain = (element, segments) => {
    if (!element.matches(segments[segments.length - 1])) return false;
    if (segments.length === 1) return true;
    const rest = segments.slice(0, -1);
    for (let up = composedParent(element); up; up = composedParent(up)) if (matchesChain(up, rest)) return true;
    return false;
  };
  const groups = split(selector, (text, i) => text[i] === ',').map((group) => split(group, isDescendantSpace));
  const visit = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      if (groups.some((segments) => matchesChain(element, segments))) return element;
      if (element.shadowRoot) {
        const inner = visit(element.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  return visit(root);
}`;
