// Keeps the list of formulas on a live page up to date: one scan of the whole
// document at the start, then one debounced MutationObserver that scans only
// what was added, re-reads a formula whose element changed (a renderer replacing
// raw TeX, MathJax re-typesetting, morphdom patching), and forgets formulas whose
// elements left the page. Each formula is reported once. Open shadow roots found in
// what is scanned are scanned too and observed by the same observer (one debounced
// observer for the page and its roots); custom elements not defined yet are looked at
// again, as their definitions may attach a root later.
import { elementOf, hasMatch, isElement } from './dom';
import { KIND_ATTRIBUTE, RAW_WRAPPER_ATTRIBUTE, SOURCE_TEX_ATTRIBUTE, isUiNode, unwrapRawTex } from './marks';
import { MATH_SELECTOR } from './presence';
import { scanForMath } from './scan';
import { hasRawTexOpening } from './sources/selectors';
import { findShadowRoots, isDefined } from './shadow';
import type { MathSite, MathSource } from './types';

/** How many of a loading batch's last records (and of each one's added nodes) are asked for a formula. */
const LAST_RECORDS_ASKED = 8;

export interface WatcherCallbacks {
  /** Formulas seen for the first time (or re-read after their element changed). */
  found(sites: MathSite[]): void;
  /** Elements that no longer hold the formula they were reported with; their marks must go. */
  gone(elements: Element[]): void;
}

export interface WatcherOptions {
  /** Quiet time before a batch of changes is scanned. */
  debounceMs?: number;
  /** A page that never stops changing is still scanned this often. */
  maxWaitMs?: number;
  /** The sources each scan runs (default: all registered). */
  sources?: () => readonly MathSource[];
}

export interface PageWatcher {
  /**
   * Scans the whole document again now (new formulas only; known ones are skipped).
   * With `sources`, only those run, over the document and the open roots already
   * observed (the other sources' formulas are known, and the observer follows changes).
   */
  rescan(sources?: readonly MathSource[]): void;
  /** Scans `root` soon; with `changed`, re-reads the formula at `root` even if known. */
  scanSoon(root: Element, changed?: boolean): void;
  /** Runs `write` (the extension's own DOM writes) without the observer seeing them. */
  withoutObserving(write: () => void): void;
  /** The formulas known now, with the TeX each was reported with. */
  known(): ReadonlyMap<Element, MathSite>;
  stop(): void;
}

export function watchPage(document: Document, callbacks: WatcherCallbacks, options: WatcherOptions = {}): PageWatcher {
  const debounceMs = options.debounceMs ?? 120;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const known = new Map<Element, MathSite>();
  const pendingRoots = new Set<Node>();
  const dirty = new Set<Element>();
  let sawRemoval = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let stopped = false;
  /** Open shadow roots observed so far, and custom elements that may attach one once defined. */
  const shadowRoots = new Set<ShadowRoot>();
  const undefinedHosts = new Set<Element>();
  let hostCheck: ReturnType<typeof setTimeout> | undefined;
  let hostCheckDelay = 500;
  /**
   * Whether the document's own shadow-root search waits for DOMContentLoaded: a scan of a
   * document still loading leaves it out (the page's components are mostly defined by its
   * scripts later, and a long page would be walked twice: part-parsed, then whole).
   */
  let documentShadowsPending = false;

  const isKnown = (element: Element) => known.has(element);
  const closestKnown = (node: Node): Element | null => {
    for (let element = elementOf(node); element; element = element.parentElement) if (known.has(element)) return element;
    return null;
  };
  const insideUi = (node: Node): boolean => {
    for (let element = elementOf(node); element; element = element.parentElement) if (isUiNode(element)) return true;
    return false;
  };
  const onlyUiNodes = (nodes: NodeList) => nodes.length > 0 && [...nodes].every(isUiNode);

  function note(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes' && record.attributeName === KIND_ATTRIBUTE) {
        // Mostly our own marks coming back, one per formula marked: only a mark the page took
        // off a known formula matters, and that needs no walk up from it.
        const element = target as Element;
        if (known.has(element) && record.oldValue !== null && !element.hasAttribute(KIND_ATTRIBUTE)) dirty.add(element);
        continue;
      }
      if (insideUi(target)) continue;
      if (record.type === 'attributes') {
        const owner = closestKnown(target);
        // The page took our mark off (morphdom patching to its own markup): read the formula again.
        if (owner) dirty.add(owner);
        else if (isElement(target)) pendingRoots.add(target);
        continue;
      }
      if (record.type === 'childList') {
        const ours = (record.addedNodes.length === 0 || onlyUiNodes(record.addedNodes)) && (record.removedNodes.length === 0 || onlyUiNodes(record.removedNodes));
        if (ours) continue;
        const owner = closestKnown(target);
        if (owner) {
          dirty.add(owner);
          continue;
        }
        for (const added of record.addedNodes) {
          if (isUiNode(added)) continue;
          const root = isElement(added) ? added : textWorthReading(added) ? added.parentElement : null;
          if (root) pendingRoots.add(root);
        }
        if (record.removedNodes.length > 0) sawRemoval = true;
        continue;
      }
      // characterData: text edited in place (or the parser adding to a text node it began).
      const owner = closestKnown(target);
      if (owner) dirty.add(owner);
      else if (textWorthReading(target)) pendingRoots.add(target.parentElement!);
    }
  }

  /**
   * Whether an added or changed text node can hold a formula: raw TeX (a delimiter in it), or the text
   * of an element a source reads whole (GitHub's served math, a MathJax 2 script). Other
   * text, such as the whitespace the parser adds between a long page's elements, would
   * only have its parent, often the body, scanned again for nothing.
   */
  function textWorthReading(text: Node): boolean {
    const parent = text.parentElement;
    if (!parent) return false;
    if (text.nodeType === 3 && hasRawTexOpening((text as Text).data)) return true;
    return parent.matches(MATH_SELECTOR);
  }

  // The document's own window's observer (the same in a content script; happy-dom's in tests).
  const Observer = (document.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => {
    if (!waitingForLoad()) {
      note(records);
      schedule();
    } else if (lastAdditionsHoldMath(records)) {
      pendingRoots.add(document);
      flushNow();
    }
  });

  /**
   * While the parser is still adding the page and no formula is known, batches are not
   * read record by record (a long page's parse is thousands of them) and nothing is
   * scanned: the whole page is, once it has loaded, or as soon as a batch ends with a
   * formula (see lastAdditionsHoldMath).
   */
  function waitingForLoad(): boolean {
    return known.size === 0 && document.readyState === 'loading';
  }

  /**
   * Whether the last few additions of a batch hold a source's element: a renderer that
   * drew the page's formulas while it loads (auto-render's script at the end of the body)
   * ends its batch with one. They are scanned at once, in the observer's own callback:
   * the page's first layout comes right after, on a long page it keeps the thread for a
   * second or more, and the formulas' TeX should be on its way to the background by then,
   * not waiting behind it for the debounce's timer.
   */
  function lastAdditionsHoldMath(records: MutationRecord[]): boolean {
    for (let i = records.length - 1; i >= Math.max(0, records.length - LAST_RECORDS_ASKED); i--) {
      const added = records[i]!.addedNodes;
      for (let j = 0; j < Math.min(added.length, LAST_RECORDS_ASKED); j++) {
        const node = added[j]!;
        if (isElement(node) && !isUiNode(node) && hasMatch(node, MATH_SELECTOR)) return true;
      }
    }
    return false;
  }

  /** Scans what is pending after `quietMs` without changes (the debounce; never later than maxWaitMs after the first). */
  function schedule(quietMs = debounceMs): void {
    if (stopped || (pendingRoots.size === 0 && dirty.size === 0 && !sawRemoval)) return;
    const now = Date.now();
    if (timer === undefined) firstPendingAt = now;
    else clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  }

  function flushNow(): void {
    if (timer !== undefined) clearTimeout(timer);
    flush();
  }

  function flush(): void {
    timer = undefined;
    note(observer.takeRecords());
    const gone: Element[] = [];
    const roots: Node[] = [...pendingRoots, ...hostsWithNewRoots()];
    pendingRoots.clear();

    for (const element of dirty) {
      if (!known.delete(element)) continue;
      gone.push(element);
      if (element.hasAttribute(RAW_WRAPPER_ATTRIBUTE)) {
        // A renderer has replaced the raw TeX inside our span: take the span away
        // and let the renderer's own source find the formula.
        const parent = unwrapRawTex(element);
        if (parent) roots.push(parent);
      } else if (element.isConnected) roots.push(element);
    }
    dirty.clear();
    if (sawRemoval) {
      for (const element of known.keys()) {
        if (element.isConnected) continue;
        known.delete(element);
        gone.push(element);
      }
      sawRemoval = false;
    }

    const found: MathSite[] = [];
    for (const root of outermost(roots)) found.push(...scan(root as ParentNode));
    if (documentShadowsPending && document.readyState !== 'loading') {
      documentShadowsPending = false;
      found.push(...scanShadowRoots(document));
    }
    observer.takeRecords(); // our own wrapping and unwrapping
    if (gone.length > 0) callbacks.gone(gone);
    if (found.length > 0) callbacks.found(found);
  }

  function scan(root: ParentNode): MathSite[] {
    if (isElement(root) && closestKnown(root)) return [];
    const sites = scanForMath(root, { isKnown: known.size > 0 ? isKnown : undefined, known: () => known.values(), sources: options.sources?.() });
    for (const site of sites) known.set(site.element, site);
    const loadingDocument = root === document && document.readyState === 'loading';
    if (root === document) documentShadowsPending = loadingDocument;
    if (!loadingDocument) sites.push(...scanShadowRoots(root));
    return sites;
  }

  /** Formulas inside web components under `root`: each open root found is observed and scanned once. */
  function scanShadowRoots(root: ParentNode): MathSite[] {
    const sites: MathSite[] = [];
    const search = findShadowRoots(root, isKnown);
    for (const host of search.undefinedHosts) undefinedHosts.add(host);
    if (search.undefinedHosts.length > 0) checkHostsLater();
    for (const shadow of search.roots) {
      if (shadowRoots.has(shadow)) continue;
      shadowRoots.add(shadow);
      observer.observe(shadow, observeOptions);
      sites.push(...scan(shadow));
    }
    return sites;
  }

  /** Custom elements that attached an open root since they were last looked at (scanning a host finds its root). */
  function hostsWithNewRoots(): Element[] {
    const hosts: Element[] = [];
    for (const host of undefinedHosts) {
      if (!host.isConnected) undefinedHosts.delete(host);
      else if (host.shadowRoot) {
        undefinedHosts.delete(host);
        if (!shadowRoots.has(host.shadowRoot)) hosts.push(host);
      } else if (isDefined(host)) undefinedHosts.delete(host); // defined, and its root (if any) is closed
    }
    return hosts;
  }

  /** Custom elements may be defined late (a script loaded on demand): look again, less and less often. */
  function checkHostsLater(): void {
    if (hostCheck !== undefined || stopped || hostCheckDelay > 16_000) return;
    hostCheck = setTimeout(() => {
      hostCheck = undefined;
      hostCheckDelay *= 2;
      const hosts = hostsWithNewRoots();
      for (const host of hosts) pendingRoots.add(host);
      if (hosts.length > 0) schedule();
      if (undefinedHosts.size > 0) checkHostsLater();
    }, hostCheckDelay);
  }

  /** The roots that are still on the page and not inside another root. */
  function outermost(roots: Node[]): Node[] {
    const connected = [...new Set(roots)].filter((root) => root.isConnected);
    if (connected.length > 64) {
      // Too many to sort out: each tree they sit in (the document, a shadow root) whole.
      const trees = new Set(connected.map((root) => root.getRootNode()));
      return [...trees].map((tree) => (tree === document ? document.body : tree)).filter((tree): tree is Node => !!tree);
    }
    return connected.filter((root) => !connected.some((other) => other !== root && other.contains(root)));
  }

  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeOldValue: true,
    attributeFilter: [KIND_ATTRIBUTE, 'data-latex', SOURCE_TEX_ATTRIBUTE],
  };

  // The whole document, not its body: a document is asked for each source by its shorter
  // selector (MathJax 2's scripts rather than its six output classes, each a walk of the page).
  const initial = scan(document);
  observer.observe(document, observeOptions);
  // What the parser added while nothing was known was not read: the whole page is scanned once it has loaded.
  if (document.readyState === 'loading') {
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        if (stopped) return;
        // With formulas known, only the shadow roots the loading scans left out (see documentShadowsPending).
        if (known.size === 0) pendingRoots.add(document);
        else if (!documentShadowsPending) return;
        // In a task of its own, not inside the page's DOMContentLoaded handlers.
        setTimeout(() => stopped || flushNow(), 0);
      },
      { once: true },
    );
  }
  if (initial.length > 0) callbacks.found(initial);

  return {
    rescan(sources) {
      if (stopped) return;
      if (sources) {
        note(observer.takeRecords());
        const found: MathSite[] = [];
        for (const root of [document.body, ...shadowRoots]) {
          if (!root?.isConnected) continue;
          for (const site of scanForMath(root, { isKnown: known.size > 0 ? isKnown : undefined, known: () => known.values(), sources })) {
            known.set(site.element, site);
            found.push(site);
          }
        }
        observer.takeRecords(); // our own wrapping
        if (found.length > 0) callbacks.found(found);
        schedule();
        return;
      }
      if (document.body) pendingRoots.add(document.body);
      for (const shadow of shadowRoots) if (shadow.isConnected) pendingRoots.add(shadow);
      sawRemoval = true;
      flushNow();
    },
    scanSoon(root, changed = false) {
      if (changed && known.has(root)) dirty.add(root);
      else pendingRoots.add(root);
      schedule();
    },
    withoutObserving(write) {
      note(observer.takeRecords());
      try {
        write();
      } finally {
        observer.takeRecords();
      }
    },
    known: () => known,
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (hostCheck !== undefined) clearTimeout(hostCheck);
      observer.disconnect();
    },
  };
}
