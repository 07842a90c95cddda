// The toolbar popup: the page status with "Annotate this page", the calculator (the
// popover's component, mounted on its own), and the history of calculations.
//
//   query string ─┐                        ┌─> history (storage.local)
//   settings ─────┴─> prefill ─> calculator ┤
//   history entry ───> restore ─────┘       └─> copy (inside the component)
import browser from 'webextension-polyfill';
import { readCalculationQuery } from '../../extension/calculation-link';
import { addHistoryEntry, clearHistory, HISTORY_KEY, loadHistory, readStoredHistory, type HistoryEntry } from '../../extension/history';
import { loadSettings, type Settings } from '../../extension/settings';
import { parseNumbers } from '../../core/parse';
import type { FormulaKind } from '../../tex/types';
import { mountCalculator, type CalculatorHandle, type CalculatorState } from '../calculator';
import { formatNumber, langOf, loadMessages, t, type Lang, type MessageKey } from '../i18n';
import { h } from './dom';
import { buildHistoryView, isCalculatorKind } from './history-view';
import { buildPageStatus } from './page-status';
import { prefillFrom, rowsText } from './prefill';

/** The kinds offered in the popup's menu; a link may open any other kind, which is then added. */
const MENU_KINDS: FormulaKind[] = [
  'ce_multiclass',
  'ce_multiclass_batch',
  'ce_binary',
  'ce_binary_batch',
  'ce_from_logits',
  'entropy',
  'kl_divergence',
  'js_divergence',
];
/** Quiet time after the last edit before a calculation goes into the history. */
const HISTORY_DELAY_MS = 800;

export async function mountPopup(root: HTMLElement): Promise<void> {
  const settings = await loadSettings(browser.storage.sync);
  const lang = langOf(settings.language);
  await loadMessages(lang);
  document.documentElement.lang = lang;
  document.title = t(lang, 'popup_title');

  const prefill = prefillFrom(readCalculationQuery(location.search));
  const kindSelect = buildKindSelect(lang, prefill.kind);
  const notice = h('p', { class: 'notice', role: 'status', 'data-part': 'notice' });
  if (prefill.unreadable.length > 0) notice.textContent = `${t(lang, 'popup_unreadableLink')} ${prefill.unreadable.join(', ')}`;
  notice.hidden = prefill.unreadable.length === 0;
  // The calculator's own headings are h3: an h2 (for assistive tools) keeps the outline in order.
  const calculatorHeading = h('h2', { id: 'calculator-heading', class: 'visually-hidden' }, t(lang, 'popup_calculator'));
  const calculatorHost = h('div', { class: 'calculator' });

  const recorder = historyRecorder(settings, lang);
  const history = buildHistoryView(lang, {
    restore: (entry) => {
      restore(entry);
      notice.hidden = true;
    },
    clear: () => void clearHistory(browser.storage.local).then(() => history.render([])),
  });

  const optionsLink = h('button', { type: 'button', class: 'quiet', 'data-part': 'open-options' }, t(lang, 'popup_options'));
  optionsLink.addEventListener('click', () => void browser.runtime.openOptionsPage());
  const header = h('header', {}, h('h1', {}, t(lang, 'popup_title')), optionsLink);
  const pageStatus = buildPageStatus(lang);
  root.replaceChildren(header, pageStatus.element, h('section', { 'aria-labelledby': 'calculator-heading' }, calculatorHeading, h('div', { class: 'kind-row' }, kindSelect.label, kindSelect.select), notice, calculatorHost), history.element);

  const calculator: CalculatorHandle = mountCalculator(calculatorHost, {
    kind: prefill.kind,
    lang,
    base: prefill.base ?? settings.base,
    decimals: settings.decimals,
    details: true,
    // Single-sample forms take flat lists at mount; a batch's rows go through setInputs.
    ...(prefill.t && prefill.y && prefill.kind !== 'ce_multiclass_batch' ? { t: prefill.t.flat(), y: prefill.y.flat() } : {}),
    onChange: (state) => recorder.changed(state),
  });
  if (prefill.t && prefill.y && prefill.kind === 'ce_multiclass_batch') calculator.setInputs(prefill.t, prefill.y);
  // A link's calculation is worth keeping; the bare example is not, until the reader edits it.
  recorder.arm(prefill.t !== undefined && prefill.y !== undefined ? null : calculator.state());

  kindSelect.select.addEventListener('change', () => {
    const kind = kindSelect.select.value;
    if (isCalculatorKind(kind)) calculator.setKind(kind);
  });

  function restore(entry: HistoryEntry): void {
    if (!isCalculatorKind(entry.kind)) return;
    const t = parseNumbers(entry.t);
    const y = parseNumbers(entry.y);
    if (!t.ok || !y.ok) return;
    kindSelect.ensure(entry.kind);
    kindSelect.select.value = entry.kind;
    calculator.setKind(entry.kind);
    calculator.setBase(entry.base);
    calculator.setInputs(t.rows, y.rows);
  }

  history.render(await loadHistory(browser.storage.local));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && HISTORY_KEY in changes) history.render(readStoredHistory(changes[HISTORY_KEY]!.newValue));
  });
  window.addEventListener('pagehide', () => recorder.flush());
  await pageStatus.load();
}

function buildKindSelect(lang: Lang, initial: FormulaKind) {
  const select = h('select', { id: 'kind', 'data-part': 'kind' });
  const label = h('label', { for: 'kind' }, t(lang, 'popup_kind'));
  const ensure = (kind: FormulaKind) => {
    if ([...select.options].some((option) => option.value === kind)) return;
    select.append(h('option', { value: kind }, t(lang, `kind_${kind}` as MessageKey)));
  };
  for (const kind of MENU_KINDS) ensure(kind);
  ensure(initial);
  select.value = initial;
  return { select, label, ensure };
}

/**
 * Puts calculations into the history once the reader pauses. The example the popup
 * opens with is not recorded until something about it changes.
 */
function historyRecorder(settings: Settings, lang: Lang) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: CalculatorState | undefined;
  let armed = false;
  let untouched: string | null = null;
  const signature = (state: CalculatorState) => JSON.stringify([state.kind, state.base, state.t, state.y]);

  function save(): void {
    const state = pending;
    pending = undefined;
    if (!state || state.value === null || (untouched !== null && signature(state) === untouched)) return;
    void addHistoryEntry(browser.storage.local, {
      kind: state.kind,
      base: state.base,
      t: rowsText(state.t),
      y: rowsText(state.y),
      result: formatNumber(state.value, lang, settings.decimals),
    });
  }

  return {
    /** Starts recording; `example` is the state not worth recording as it is (null: record everything). */
    arm(example: CalculatorState | null) {
      untouched = example ? signature(example) : null;
      armed = true;
      if (pending) timer = setTimeout(save, HISTORY_DELAY_MS);
    },
    changed(state: CalculatorState) {
      pending = state;
      if (!armed) return;
      clearTimeout(timer);
      timer = setTimeout(save, HISTORY_DELAY_MS);
    },
    flush() {
      clearTimeout(timer);
      save();
    },
  };
}
