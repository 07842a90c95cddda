// The badge beside each recognised formula. All badges live in one host element of the
// extension's (appended to <html>, with an open shadow root), positioned over the page
// at the formula's corner: they take no layout space and follow scroll (absolute
// document coordinates), resizes and reflows (one ResizeObserver, one rAF per change).
// The first badges of a page (EAGER_BADGES: more than most articles have) are made at once,
// so that a screen reader's list of buttons holds them all. Past those, a badge is made
// when its formula first comes within a screen's height of the viewport (one
// IntersectionObserver says when): a page of hundreds of cross-entropy formulas makes and
// places the few a reader can reach, and the rest as they scroll near (or all of them once
// keyboard focus enters the layer). Once made, a badge stays and follows its formula.
import type { MathSite } from '../page/types';
import type { FormulaAnalysis, FormulaKind, WorkedExampleCheck } from '../tex/types';
import { badgesShownOn, DEFAULT_SETTINGS, type Settings } from '../extension/settings';
import { badgeWord } from './badge-words';
import { langOf, loadUiSettings, type Lang } from './i18n';
import type { OpenPopover } from './popover';
import { BADGE_LAYER_CSS } from './styles';
import { measurePlaces, writePlaces, type Badge } from './badge-place';

/** The worked examples found on the page so far; the popover prefills from them. */
export interface PageExamples {
  examples(): WorkedExampleCheck[];
}

export const LAYER_TAG = 'xent-lens-layer';
/** How many badges a page gets at once, wherever their formulas are; the rest wait to come near. */
export const EAGER_BADGES = 40;
/** How far beyond the viewport a formula's badge is already made: a screen's height each way, so scrolling meets it placed. */
const NEAR_MARGIN = '100% 0px 100% 0px';

interface Layer {
  host: HTMLElement;
  shadow: ShadowRoot;
  badges: Badge[];
  /** The formulas that have a badge, or will have one when they come near the viewport. */
  badged: WeakSet<Element>;
  /** Makes the badge of each formula still far from the viewport, once it comes near. */
  unmade: Map<Element, () => void>;
  /** Badges still to be made at once (see EAGER_BADGES). */
  eagerLeft: number;
  /** Says when a formula without its badge yet comes near (null where the DOM has no IntersectionObserver: every badge is made at once). */
  nearness: IntersectionObserver | null;
  /** What a click on each badge does (one listener on the layer for them all). */
  onClick: WeakMap<Element, () => void>;
  /** A badge button with what every badge shares, cloned for each new one. */
  blank: HTMLButtonElement;
  observer: ResizeObserver | null;
  /** The pending placing: the frame it waits for, then the task after that frame (0: none). */
  frame: number;
  placing: ReturnType<typeof setTimeout> | 0;
  open: OpenPopover | null;
  /** Places every badge at the next frame (once, however many ask). */
  schedule(): void;
}

let layer: Layer | null = null;
/**
 * What the badges need of the reader's settings, worked out once per page (not once per
 * badge): the settings, their language, and whether this site shows badges at all.
 */
interface BadgeSettings {
  prefs: Settings;
  lang: Lang;
  shownHere: boolean;
}
let settings: Promise<BadgeSettings> | null = null;
type PopoverChunk = typeof import('./popover');
/** The popover and what it brings (KaTeX, the calculator): a file of its own (popover.js), loaded on the first opening. */
let popoverChunk: Promise<PopoverChunk> | null = null;
/** How that file is loaded: from the extension, by its URL (the badges ship inside the content script, which cannot split). */
let popoverLoader = (): Promise<PopoverChunk> => import(chrome.runtime.getURL('popover.js')) as Promise<PopoverChunk>;
const loadPopover = () => (popoverChunk ??= popoverLoader());

/** Loads the popover another way (the unit tests import the module itself). */
export function usePopoverLoader(load: () => Promise<PopoverChunk>): void {
  popoverLoader = load;
  popoverChunk = null;
}

function layerFor(doc: Document): Layer {
  if (layer && layer.host.isConnected) return layer;
  const host = doc.createElement(LAYER_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_LAYER_CSS;
  shadow.append(style);
  doc.documentElement.append(host);
  // Hidden until placed; placing waits for the next frame, so a page with a hundred
  // formulas gets one layout for all its badges, not one per badge.
  const blank = doc.createElement('button');
  blank.type = 'button';
  blank.className = 'xl-badge';
  blank.setAttribute('aria-haspopup', 'dialog');
  blank.setAttribute('aria-expanded', 'false');
  blank.hidden = true;
  const created: Layer = { host, shadow, badges: [], badged: new WeakSet(), unmade: new Map(), eagerLeft: EAGER_BADGES, nearness: null, onClick: new WeakMap(), blank, observer: null, frame: 0, placing: 0, open: null, schedule: () => undefined };
  shadow.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    const button = target?.closest?.('.xl-badge');
    const open = button ? created.onClick.get(button) : undefined;
    if (!open) return;
    event.stopPropagation();
    open();
  });
  // A reader who moves by keyboard reaches the badges with Tab, in document order, not by
  // scrolling: once focus is in the layer, the badges not made yet are made.
  shadow.addEventListener('focusin', () => makeUnmade(created));
  // Window resizes (and DOMs without ResizeObserver) place in a task after the next frame,
  // not in its animation callback: that runs before the frame's layout, and reading
  // positions there would make the extension lay out the page itself.
  const schedule = () => {
    if (created.frame || created.placing) return;
    created.frame = requestAnimationFrame(() => {
      created.frame = 0;
      created.placing = setTimeout(() => {
        created.placing = 0;
        placeAll(created);
      }, 0);
    });
  };
  created.schedule = schedule;
  if (typeof ResizeObserver !== 'undefined') {
    // Its notifications come inside a frame, right after the browser's own layout: positions
    // read there are already laid out. A task after the frame could meet a layout a font or
    // the page had dirtied since, and the extension then laid out the page itself (70–1,270 ms
    // of a 1,000-formula page's first layout, in some loads). A new formula's first
    // notification places its badge; the page's reflows move the badges. They are written in
    // the next frame's animation callback: a write inside the observer's callback that changed
    // an observed size (a scrollbar appearing) would be a loop error on the page.
    created.observer = new ResizeObserver(() => {
      const places = measurePlaces(created.badges, doc);
      requestAnimationFrame(() => writePlaces(places));
    });
    if (doc.body) created.observer.observe(doc.body);
  }
  if (typeof IntersectionObserver !== 'undefined') {
    created.nearness = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          if (!isIntersecting) continue;
          created.nearness?.unobserve(target);
          const make = created.unmade.get(target);
          created.unmade.delete(target);
          make?.();
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
  }
  // A resize can move the formulas without resizing any (a centred column).
  doc.defaultView?.addEventListener('resize', schedule, { passive: true });
  layer = created;
  return created;
}

/** Makes every badge still waiting for its formula to come near (see layerFor). */
function makeUnmade(current: Layer): void {
  if (current.unmade.size === 0) return;
  const waiting = [...current.unmade];
  current.unmade.clear();
  for (const [element, make] of waiting) {
    current.nearness?.unobserve(element);
    make();
  }
}

function placeAll(current: Layer): void {
  writePlaces(measurePlaces(current.badges, current.host.ownerDocument));
}

function badgeName(analysis: FormulaAnalysis, lang: Lang): string {
  const verdict = analysis.example?.verdict;
  if (verdict === 'wrong') return badgeWord(lang, 'badgeWrong');
  if (verdict === 'rounding') return badgeWord(lang, 'badgeRounding');
  if (verdict === 'correct') return badgeWord(lang, 'badgeCorrect');
  const kind = analysis.recognition?.kind;
  if (kind === 'entropy' || kind === 'kl_divergence' || kind === 'js_divergence') return badgeWord(lang, `badgeName_${kind}`);
  return badgeWord(lang, 'badgeName');
}

/** The badge's letter: E for a cross-entropy, H for an entropy, D for a divergence (KL, JS). */
function letterOf(kind: FormulaKind): string {
  if (kind === 'entropy') return 'H';
  return kind === 'kl_divergence' || kind === 'js_divergence' ? 'D' : 'E';
}

/** The kind to calculate: the recognition's, else the worked example's, else the plain multi-class form. */
function kindOf(analysis: FormulaAnalysis): FormulaKind {
  return analysis.recognition?.kind ?? analysis.example?.kind ?? 'ce_multiclass';
}

function insertInDocumentOrder(current: Layer, badge: Badge): void {
  // Formulas mostly arrive in document order: one comparison with the last badge.
  const last = current.badges.at(-1);
  const afterLast = !last || last.site.element.compareDocumentPosition(badge.site.element) & Node.DOCUMENT_POSITION_FOLLOWING;
  const next = afterLast ? -1 : current.badges.findIndex(
    (other) => other.site.element.compareDocumentPosition(badge.site.element) & Node.DOCUMENT_POSITION_PRECEDING,
  );
  if (next < 0) {
    current.shadow.append(badge.button);
    current.badges.push(badge);
  } else {
    current.shadow.insertBefore(badge.button, current.badges[next]!.button);
    current.badges.splice(next, 0, badge);
  }
}

function createBadge(site: MathSite, analysis: FormulaAnalysis, page: PageExamples, settings: BadgeSettings): void {
  const current = layerFor(site.element.ownerDocument);
  if (current.badged.has(site.element)) return;
  current.badged.add(site.element);
  const make = () => makeBadge(current, site, analysis, page, settings);
  if (!current.nearness || current.eagerLeft > 0) {
    current.eagerLeft -= 1;
    return make();
  }
  // Made once near the viewport (see layerFor).
  current.unmade.set(site.element, make);
  current.nearness.observe(site.element);
}

function makeBadge(current: Layer, site: MathSite, analysis: FormulaAnalysis, page: PageExamples, { prefs, lang }: BadgeSettings): void {
  if (!site.element.isConnected) {
    current.badged.delete(site.element);
    return;
  }
  // A clone of the layer's blank badge: a few calls per badge rather than a dozen.
  const button = current.blank.cloneNode(true) as HTMLButtonElement;
  const verdict = analysis.example?.verdict;
  if (verdict) button.dataset.verdict = verdict;
  button.dataset.kind = kindOf(analysis);
  button.textContent = verdict === 'wrong' ? '✗' : verdict ? '✓' : letterOf(kindOf(analysis));
  const name = badgeName(analysis, lang);
  button.setAttribute('aria-label', name);
  button.title = name;
  const badge: Badge = { button, site };
  current.onClick.set(button, () => {
    // The popover's words in the reader's language come with it, into its own file's table (the badge's own are bundled).
    loadPopover().then((popover) => popover.loadMessages(lang).then(() => popover)).then(
      (popover) => {
        try {
          toggle(popover, current, badge, analysis, page, prefs, lang);
        } catch (error) {
          reportQuietly(error);
        }
      },
      (error: unknown) => {
        popoverChunk = null;
        reportQuietly(error);
      },
    );
  });
  insertInDocumentOrder(current, badge);
  // Observing it places its badge in the next frame (see layerFor); without an observer, a frame later.
  if (current.observer) current.observer.observe(site.element);
  else current.schedule();
}


function toggle(
  { openPopover, prefillFor }: PopoverChunk,
  current: Layer,
  badge: Badge,
  analysis: FormulaAnalysis,
  page: PageExamples,
  prefs: Settings,
  lang: Lang,
): void {
  const wasOpen = current.open;
  wasOpen?.close(false);
  if (wasOpen && wasOpen.element.getAttribute('id') === badge.button.getAttribute('aria-controls')) return;
  const kind = kindOf(analysis);
  current.open = openPopover(
    current.shadow,
    badge.button,
    {
      analysis,
      kind,
      prefill: prefillFor(kind, analysis.example, safeExamples(page)),
      lang,
      base: prefs.base,
      decimals: prefs.decimals,
      formula: badge.site.element,
    },
    () => {
      if (current.open?.element.isConnected === false) current.open = null;
    },
  );
}

function safeExamples(page: PageExamples): WorkedExampleCheck[] {
  try {
    return page.examples();
  } catch {
    return [];
  }
}

function reportQuietly(error: unknown): void {
  if (typeof __DEV__ !== 'undefined' && __DEV__) console.warn('xent-lens: badge', error);
}

/** The site a frame belongs to: its own host, or for a srcdoc or about:blank frame the origin it inherits. */
function pageHostname(): string {
  if (location.hostname) return location.hostname;
  try {
    return new URL(globalThis.origin).hostname;
  } catch {
    return '';
  }
}

/**
 * Puts a badge beside a recognised formula. Never throws into the page. `readerSettings`
 * are the reader's settings as the background sent them with the analyses; without them
 * they are read from storage.
 */
export function showBadge(site: MathSite, analysis: FormulaAnalysis, page: PageExamples, readerSettings?: Settings | null): void {
  try {
    settings ??= (readerSettings ? Promise.resolve(readerSettings) : loadUiSettings().catch(() => DEFAULT_SETTINGS)).then((prefs) => ({
      prefs,
      lang: langOf(prefs.language),
      shownHere: badgesShownOn(prefs, pageHostname()),
    }));
    void settings.then((read) => {
      try {
        // The reader turned badges off for this site in the options (the marks stay).
        if (!read.shownHere) return;
        // The page may have dropped the formula while the settings were read.
        if (!site.element.isConnected) return;
        createBadge(site, analysis, page, read);
      } catch (error) {
        reportQuietly(error);
      }
    });
  } catch (error) {
    reportQuietly(error);
  }
}

/**
 * Drops the badges of formulas the page removed, so that a page which keeps replacing
 * its math does not pile up hidden badges (each holding a detached element). The badge
 * whose popover is open stays until the popover closes.
 */
export function removeBadgesOf(elements: readonly Element[]): void {
  const current = layer;
  if (!current || elements.length === 0) return;
  const gone = new Set(elements);
  for (const element of gone) {
    if (!current.unmade.delete(element)) continue;
    current.nearness?.unobserve(element);
    current.badged.delete(element);
  }
  const openId = current.open?.element.getAttribute('id');
  current.badges = current.badges.filter((badge) => {
    if (!gone.has(badge.site.element)) return true;
    if (openId && badge.button.getAttribute('aria-controls') === openId) return true;
    current.observer?.unobserve(badge.site.element);
    current.badged.delete(badge.site.element);
    badge.button.remove();
    return false;
  });
}

/** Removes every badge and the popover (used when badges are turned off for a site). */
export function removeBadges(): void {
  if (!layer) return;
  layer.open?.close(false);
  layer.observer?.disconnect();
  layer.nearness?.disconnect();
  if (layer.frame) cancelAnimationFrame(layer.frame);
  if (layer.placing) clearTimeout(layer.placing);
  layer.host.remove();
  layer = null;
}
