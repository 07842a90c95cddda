// One bar per class (or sample): its length is its share of the largest contribution,
// so the reader sees at a glance which term carries the loss. Bars are made once and
// updated in place; only widths that change are written.

export interface Bar {
  element: HTMLElement;
  fill: HTMLElement;
  /** The last width written, to skip writes that change nothing. */
  width: string;
  infinite: boolean;
}

export function createBar(doc: Document): Bar {
  const element = doc.createElement('div');
  element.className = 'xl-bar';
  element.setAttribute('aria-hidden', 'true');
  const fill = doc.createElement('span');
  element.append(fill);
  return { element, fill, width: '', infinite: false };
}

/** A bar's width (percent of the largest finite contribution); an infinite one fills its bar. */
export function barWidth(v: number | null, largest: number): { width: number; infinite: boolean } {
  if (v === null || Number.isNaN(v) || v <= 0) return { width: 0, infinite: false };
  if (v === Infinity) return { width: 100, infinite: true };
  return { width: largest > 0 ? (100 * v) / largest : 0, infinite: false };
}

/** Widths of a set of bars; negative or missing contributions get no bar. */
export function barWidths(values: readonly (number | null)[]): { width: number; infinite: boolean }[] {
  let largest = 0;
  for (const v of values) if (v !== null && Number.isFinite(v) && v > largest) largest = v;
  return values.map((v) => barWidth(v, largest));
}

/** Writes one bar, skipping writes that change nothing. */
export function setBarWidth(bar: Bar, { width, infinite }: { width: number; infinite: boolean }): void {
  const text = `${width.toFixed(1)}%`;
  if (text !== bar.width) {
    bar.fill.style.width = text;
    bar.width = text;
  }
  if (infinite !== bar.infinite) {
    bar.element.dataset.infinite = String(infinite);
    bar.infinite = infinite;
  }
}

export function updateBars(bars: readonly Bar[], values: readonly (number | null)[]): void {
  const widths = barWidths(values);
  bars.forEach((bar, i) => setBarWidth(bar, widths[i] ?? { width: 0, infinite: false }));
}
