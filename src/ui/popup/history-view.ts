// The popup's history list: newest first, each entry a button that restores it, and a
// button that clears them all.
import type { HistoryEntry } from '../../extension/history';
import { FORMULA_KINDS, type FormulaKind } from '../../tex/types';
import { t, type Lang, type MessageKey } from '../i18n';
import { h } from './dom';

export interface HistoryView {
  element: HTMLElement;
  render(entries: readonly HistoryEntry[]): void;
}

export function buildHistoryView(lang: Lang, handlers: { restore(entry: HistoryEntry): void; clear(): void }): HistoryView {
  const heading = h('h2', { id: 'history-heading' }, t(lang, 'popup_history'));
  const count = h('span', { class: 'count', 'data-part': 'history-count' });
  const clear = h('button', { type: 'button', class: 'quiet', 'data-part': 'clear-history' }, t(lang, 'popup_clearHistory'));
  clear.addEventListener('click', () => handlers.clear());
  const list = h('ol', { class: 'history-list', 'aria-labelledby': 'history-heading' });
  const empty = h('p', { class: 'hint' }, t(lang, 'popup_historyEmpty'));
  const element = h('section', { class: 'history', 'aria-labelledby': 'history-heading' }, h('div', { class: 'section-head' }, heading, count, clear), list, empty);
  let current: readonly HistoryEntry[] = [];

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-entry]');
    const entry = current.find((candidate) => candidate.id === button?.dataset.entry);
    if (entry) handlers.restore(entry);
  });

  return {
    element,
    render(entries) {
      current = entries;
      count.textContent = entries.length > 0 ? `(${entries.length})` : '';
      clear.hidden = entries.length === 0;
      empty.hidden = entries.length > 0;
      list.replaceChildren(...entries.map((entry) => entryItem(entry, lang)));
    },
  };
}

function entryItem(entry: HistoryEntry, lang: Lang): HTMLLIElement {
  const kindName = isCalculatorKind(entry.kind) ? t(lang, `kind_${entry.kind}` as MessageKey) : entry.kind;
  const when = new Date(entry.savedAt).toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'short', timeStyle: 'short' });
  const button = h(
    'button',
    { type: 'button', class: 'history-entry', 'data-entry': entry.id, title: t(lang, 'popup_historyEntry') },
    h('span', { class: 'entry-result' }, `${entry.kind === 'likelihood_product' ? 'L' : entry.kind === 'log_likelihood' ? 'log L' : 'E'} = ${entry.result}`),
    h('span', { class: 'entry-meta' }, `${kindName} · log ${entry.base === 'e' ? 'e' : entry.base} · ${when}`),
    h('span', { class: 'entry-values' }, `t: ${entry.t}`),
    h('span', { class: 'entry-values' }, `${entry.kind === 'ce_from_logits' ? 'z' : 'y'}: ${entry.y}`),
  );
  return h('li', {}, button);
}

export function isCalculatorKind(kind: string): kind is FormulaKind {
  return (FORMULA_KINDS as readonly string[]).includes(kind);
}
