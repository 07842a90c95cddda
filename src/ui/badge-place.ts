// Where a badge goes beside its formula, in document coordinates: read from the page's
// layout (all reads first, then all writes, so that placing a hundred badges costs one
// layout), kept inside the page, and clear of a display formula wider than its column.
import type { MathSite } from '../page/types';

const BADGE_SIZE = 22;

/** A badge: its button, its formula, and the formula's clipping box once looked up. */
export interface Badge {
  button: HTMLButtonElement;
  site: MathSite;
  /** A display formula's nearest box that clips or scrolls it sideways (null: none), once looked up. */
  clip?: Element | null;
}

/** What of a display formula a reader sees: its text's right edge and the bottom of the box it sits in. */
export interface FormulaExtent {
  right: number;
  bottom: number;
}

/**
 * Where a badge goes: just past the top-right corner of the formula, kept inside the page.
 * A display formula's `extent` is what the reader sees of it (cut at the column edge where
 * a box scrolls it); when there is no room beside that, the badge goes under the box, at
 * its right edge, rather than over the formula's text.
 */
export function badgePosition(rect: DOMRect, scrollX: number, scrollY: number, pageWidth: number, extent?: FormulaExtent): { left: number; top: number } {
  const right = extent?.right ?? rect.right;
  if (!extent || right + 4 + BADGE_SIZE + 2 <= pageWidth) {
    const left = Math.min(right + 4, pageWidth - BADGE_SIZE - 2) + scrollX;
    return { left: Math.max(scrollX, left), top: rect.top + scrollY };
  }
  const left = Math.min(right, pageWidth) - BADGE_SIZE - 2 + scrollX;
  return { left: Math.max(scrollX, left), top: extent.bottom + 2 + scrollY };
}

/** The nearest box at or above `element` (below <body>) that clips or scrolls it sideways. */
function clippingBox(element: Element): Element | null {
  const view = element.ownerDocument.defaultView;
  const body = element.ownerDocument.body;
  for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
    if (view?.getComputedStyle(node).overflowX !== 'visible') return node;
  }
  return null;
}

/** A display formula's visible extent: text overflowing its box counts, a clipping box cuts it. */
function extentOf(badge: Badge, rect: DOMRect): FormulaExtent {
  const element = badge.site.element;
  const parentWidth = element.parentElement?.clientWidth ?? Infinity;
  let right = Math.max(rect.right, rect.left + element.scrollWidth);
  let bottom = rect.bottom;
  // Only a formula wider than its column needs its clipping box (looked up once).
  if (badge.clip === undefined && (right > rect.right + 1 || rect.width > parentWidth + 1)) badge.clip = clippingBox(element);
  if (badge.clip) {
    const box = badge.clip.getBoundingClientRect();
    right = Math.min(right, box.right);
    bottom = Math.max(bottom, box.bottom);
  }
  return { right, bottom };
}

/** Where each badge goes (null: hidden), read from the page's layout; placeAll writes them. */
export type Places = { button: HTMLButtonElement; at: { left: number; top: number } | null }[];

/** Where each of `badges` goes now, read from the layout of their document (`doc`). */
export function measurePlaces(badges: readonly Badge[], doc: Document): Places {
  const view = doc.defaultView;
  if (!view) return [];
  const width = doc.documentElement.clientWidth;
  // Every read first, then every write: interleaved, each badge would force a layout of the page.
  const rects = badges.map((badge) => (badge.site.element.isConnected ? badge.site.element.getBoundingClientRect() : null));
  const extents = badges.map((badge, i) => (badge.site.display && rects[i] ? extentOf(badge, rects[i]) : undefined));
  const { scrollX, scrollY } = view;
  return badges.map((badge, i) => {
    const rect = rects[i];
    const shown = rect && (rect.width !== 0 || rect.height !== 0);
    return { button: badge.button, at: shown ? badgePosition(rect, scrollX, scrollY, width, extents[i]) : null };
  });
}

export function writePlaces(places: Places): void {
  for (const { button, at } of places) {
    button.hidden = at === null;
    if (!at) continue;
    button.style.left = `${at.left}px`;
    button.style.top = `${at.top}px`;
  }
}
