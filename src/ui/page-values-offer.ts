// "Use the table's values": the values a table or a sentence beside the formula holds,
// offered in the popover. Nothing is filled until the reader clicks; each offer says
// where its values come from, and pointing at it outlines that table or sentence on the
// page (an outline drawn in the extension's own layer, the page is not touched).
import { readSentenceValues, readTableValues, type PageSymbols, type PageValues } from '../core/page-values';
import { findNearbyValues, type NearbyValues } from '../page/nearby-values';
import type { FormulaKind } from '../tex/types';
import type { CalculatorHandle } from './calculator';
import { t as msg, type Lang } from './i18n';

export interface ValueOffer {
  source: NearbyValues;
  values: PageValues;
}

/** The offers for a formula: each nearby table or sentence whose values can be read. */
export function offersNear(formula: Element, symbols: PageSymbols): ValueOffer[] {
  const offers: ValueOffer[] = [];
  for (const source of findNearbyValues(formula)) {
    const values = source.type === 'table' ? readTableValues(source.rows, symbols) : readSentenceValues(source.text, symbols);
    if (values) offers.push({ source, values });
  }
  return offers;
}

const BATCHABLE = new Set<FormulaKind>(['ce_multiclass', 'ce_expectation', 'log_likelihood', 'likelihood_product', 'ce_multiclass_batch']);

/** The kind to fill and the inputs for it; null when the values do not fit the formula. */
function inputsFor(kind: FormulaKind, values: PageValues, currentT: number[][]): { kind: FormulaKind; t: number[] | number[][]; y: number[] | number[][] } | null {
  if (values.shape === 'samples') {
    const rows = values.y as number[][];
    if (!BATCHABLE.has(kind)) return null;
    const k = rows[0]?.length ?? 0;
    const t = (values.t as number[][] | null) ?? rows.map(() => Array.from({ length: k }, (_, i) => (i === 0 ? 1 : 0)));
    if (rows.length === 1 && kind !== 'ce_multiclass_batch') return { kind, t: t[0]!, y: rows[0]! };
    return { kind: 'ce_multiclass_batch', t, y: rows };
  }
  const y = values.y as number[];
  const binary = kind === 'ce_binary' || kind === 'ce_binary_batch';
  if (kind === 'ce_multiclass_batch') {
    const t = (values.t as number[] | null) ?? (currentT[0]?.length === y.length ? currentT[0]! : y.map((_, i) => (i === 0 ? 1 : 0)));
    return { kind, t: [t], y: [y] };
  }
  // Binary forms: one entry per sample; the binary one-sample form becomes a batch for several.
  const nextKind = kind === 'ce_binary' && y.length > 1 ? 'ce_binary_batch' : kind;
  const current = currentT.flat();
  const fallback = binary ? y.map(() => 1) : y.map((_, i) => (i === 0 ? 1 : 0));
  const t = (values.t as number[] | null) ?? (current.length === y.length ? current : fallback);
  return { kind: nextKind, t, y };
}

function describe(offer: ValueOffer, lang: Lang): string {
  if (offer.source.type === 'sentence') return msg(lang, 'fromSentence', offer.source.text);
  const size =
    offer.values.shape === 'samples'
      ? msg(lang, 'valuesSize', String((offer.values.y as number[][]).length), String((offer.values.y as number[][])[0]?.length ?? 0))
      : msg(lang, 'valuesCount', String(offer.values.y.length));
  const label = offer.source.label.length > 80 ? `${offer.source.label.slice(0, 79)}…` : offer.source.label;
  return msg(lang, 'fromTable', label, size);
}

/** The section of offers; `layer` is where the outline of a pointed-at source is drawn. */
export function buildValueOffers(doc: Document, offers: readonly ValueOffer[], lang: Lang, layer: ShadowRoot, calculator: () => CalculatorHandle, kind: FormulaKind): HTMLElement | null {
  const usable = offers.filter((offer) => inputsFor(kind, offer.values, []) !== null);
  if (usable.length === 0) return null;
  const section = doc.createElement('section');
  section.className = 'xl-offers';
  section.dataset.part = 'page-values';
  const heading = doc.createElement('h3');
  heading.className = 'xl-popover-title';
  heading.textContent = msg(lang, 'pageValues');
  const status = doc.createElement('p');
  status.className = 'xl-status';
  status.setAttribute('role', 'status');
  section.append(heading);
  const outline = doc.createElement('div');
  outline.className = 'xl-source-outline';
  outline.hidden = true;
  const show = (element: Element) => {
    const rect = element.getBoundingClientRect();
    Object.assign(outline.style, { left: `${rect.left - 3}px`, top: `${rect.top - 3}px`, width: `${rect.width + 6}px`, height: `${rect.height + 6}px` });
    outline.hidden = false;
    if (!outline.isConnected) layer.append(outline);
  };
  const hide = () => {
    outline.hidden = true;
  };
  for (const offer of usable) {
    const row = doc.createElement('div');
    row.className = 'xl-offer';
    const button = doc.createElement('button');
    button.type = 'button';
    button.dataset.part = offer.source.type === 'table' ? 'use-table' : 'use-sentence';
    button.textContent = msg(lang, offer.source.type === 'table' ? 'useTable' : 'useSentence');
    const where = doc.createElement('span');
    where.className = 'xl-status xl-offer-source';
    where.textContent = describe(offer, lang);
    button.setAttribute('aria-describedby', `${(where.id = `xl-offer-${++offerIds}`)}`);
    button.addEventListener('click', () => {
      const handle = calculator();
      const next = inputsFor(handle.state().kind, offer.values, handle.state().t);
      if (!next) return;
      if (next.kind !== handle.state().kind) handle.setKind(next.kind);
      handle.setInputs(next.t, next.y);
      status.textContent = msg(lang, 'filledFrom', where.textContent ?? '');
    });
    for (const [on, off] of [['pointerenter', 'pointerleave'], ['focus', 'blur']] as const) {
      button.addEventListener(on, () => show(offer.source.element));
      button.addEventListener(off, hide);
    }
    row.append(button, where);
    section.append(row);
  }
  section.append(status);
  return section;
}

let offerIds = 0;

/** Removes the outline a section may have left in the layer. */
export function removeSourceOutline(layer: ShadowRoot): void {
  layer.querySelector('.xl-source-outline')?.remove();
}
