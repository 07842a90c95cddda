// The UI's words and number formatting. Every string the badge, popover, calculator,
// popup and options page show is in src/_locales/<lang>/messages.json, one table per
// language, read through the browser's i18n API. The browser answers in its own UI
// language only, so when the reader picked the other language in the options, that
// language's messages.json is read from the extension's files (loadMessages) and used
// instead. Diagnostics' sentences come from the core (describeDiagnostic); verdict
// explanations come from tex/.
import type EN_MESSAGES from '../_locales/en/messages.json';
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../extension/settings';

export type Lang = 'en' | 'ja';

export type MessageKey = keyof typeof EN_MESSAGES;

/** One messages.json: a message per key, with named placeholders standing for $1…$9. */
export type MessageTable = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const tables = new Map<Lang, MessageTable>();

/** Uses `table` for `lang` (a messages.json read from the extension's files, or from disk in tests). */
export function useMessages(lang: Lang, table: MessageTable): void {
  tables.set(lang, table);
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function i18nApi(): I18nApi | null {
  const api = (globalThis as { chrome?: { i18n?: Partial<I18nApi> } }).chrome?.i18n;
  return api && typeof api.getMessage === 'function' && typeof api.getUILanguage === 'function' ? (api as I18nApi) : null;
}

/** Whether the browser's i18n API answers in `lang` (it answers in the browser's UI language only). */
function browserSpeaks(lang: Lang): boolean {
  const api = i18nApi();
  return api !== null && browserLang([api.getUILanguage()]) === lang;
}

/**
 * Makes `lang`'s strings available: the browser's own when it speaks `lang`, else the
 * locale's messages.json from the extension's files. Never rejects; on failure the
 * browser's language is used.
 */
export async function loadMessages(lang: Lang): Promise<void> {
  if (tables.has(lang) || browserSpeaks(lang)) return;
  try {
    const runtime = (globalThis as { chrome?: { runtime?: { getURL?(path: string): string } } }).chrome?.runtime;
    if (typeof runtime?.getURL !== 'function') return;
    const response = await fetch(runtime.getURL(`_locales/${lang}/messages.json`));
    if (response.ok) useMessages(lang, (await response.json()) as MessageTable);
  } catch {
    // The browser's language is better than no words at all.
  }
}

/** Fills a message's named placeholders and $1…$9 the way the browser's getMessage does. */
export function fillMessage(entry: MessageTable[string] | undefined, substitutions: readonly string[]): string {
  if (!entry) return '';
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), positional(p.content)]));
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name?: string, n?: string) => {
    if (whole === '$$') return '$';
    if (name !== undefined) return named.get(name.toLowerCase()) ?? '';
    return substitutions[Number(n) - 1] ?? '';
  });
}

/** The browser's answers, kept: each getMessage is a call into the extension bindings (12 µs, once per badge). */
const answered = new Map<string, string>();
const ANSWERS_KEPT = 500;

/** The UI string `key` in `lang`, with `substitutions` for its placeholders. */
export function t(lang: Lang, key: MessageKey, ...substitutions: string[]): string {
  const table = tables.get(lang);
  if (table) return fillMessage(table[key], substitutions);
  const api = i18nApi();
  if (!api) return '';
  const asked = `${key}\u0000${substitutions.join('\u0000')}`;
  let answer = answered.get(asked);
  if (answer !== undefined) return answer;
  try {
    answer = api.getMessage(key, substitutions);
  } catch {
    return ''; // An invalidated extension context (the extension was reloaded) leaves the page as it was.
  }
  if (answered.size >= ANSWERS_KEPT) answered.clear();
  answered.set(asked, answer);
  return answer;
}

/** Unit of an information quantity, in words the reader knows. */
export function unitName(unit: 'nats' | 'bits' | 'hartleys', lang: Lang): string {
  return t(lang, `unit_${unit}`);
}

/** The browser's language, reduced to the two the extension speaks. */
export function browserLang(languages: readonly string[] = navigatorLanguages()): Lang {
  const first = languages[0] ?? 'en';
  return first.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return ['en'];
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en'];
}

/** The language setting (`auto` follows the browser). */
export function langOf(setting: Settings['language'], languages?: readonly string[]): Lang {
  return setting === 'auto' ? browserLang(languages) : setting;
}

/** The reader's settings from storage.sync, or the defaults when storage is absent or unreadable. */
export async function loadUiSettings(): Promise<Settings> {
  try {
    const storage = globalThis.chrome?.storage?.sync;
    if (!storage) return DEFAULT_SETTINGS;
    const stored = (await storage.get('settings')) as { settings?: unknown } | undefined;
    // Older or hand-edited shapes are brought to the current schema, as the options page does.
    return migrateSettings(stored?.settings);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A number for the screen: the locale's digits at `decimals` places, ∞ for infinities,
 * scientific notation where fixed places would show only zeros, and never "NaN".
 */
export function formatNumber(x: number, lang: Lang, decimals = 6): string {
  if (Number.isNaN(x)) return '—';
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '−∞';
  const tiny = x !== 0 && Math.abs(x) < 0.5 * 10 ** -decimals;
  if (tiny || Math.abs(x) >= 1e15) return scientific(x, decimals);
  return formatterFor(lang, decimals).format(x).replace('-', '−');
}

function scientific(x: number, decimals: number): string {
  const [mantissa, exponent] = x.toExponential(Math.min(Math.max(decimals - 1, 2), 6)).split('e');
  const sign = exponent!.startsWith('-') ? '−' : '';
  return `${mantissa!.replace('-', '−')} × 10^${sign}${exponent!.replace(/^[+-]/, '')}`;
}

/** A number as plain ASCII for TeX and code: the shortest text that reads back as the same float. */
export function plainNumber(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return String(x);
}

/** The keys of one page's strings, without their prefix: KeysUnder<'options'> has 'saved' for options_saved. */
export type KeysUnder<P extends string> = MessageKey extends infer M ? (M extends `${P}_${infer K}` ? K : never) : never;
