// Every string the badge, popover and calculator show, in English and Japanese, and
// the number formatting they share. Diagnostics' sentences come from the core
// (describeDiagnostic); verdict explanations come from tex/.
import { DEFAULT_SETTINGS, migrateSettings, type Settings } from '../extension/settings';

export type Lang = 'en' | 'ja';

const EN = {
  badgeName: 'Cross-entropy calculator for this formula',
  badgeCorrect: 'Worked example checked: correct',
  badgeRounding: 'Worked example checked: correct up to rounding',
  badgeWrong: 'Worked example checked: wrong',
  popoverTitle: 'Cross-Entropy Lens',
  close: 'Close',
  formulaOnPage: 'The formula on the page',
  substituted: 'With your numbers',
  classIndex: 'class',
  sample: 'sample',
  target: 'target',
  prediction: 'prediction',
  logit: 'logit',
  addClass: 'Add a class',
  removeClass: 'Remove class',
  removeLastClass: 'Remove the last class',
  addSample: 'Add a sample',
  removeSample: 'Remove sample',
  classCount: 'classes',
  sampleCount: 'samples',
  base: 'Log base',
  contribution: 'contribution',
  softmax: 'softmax',
  targetClass: 'Correct class',
  result: 'Result',
  mean: 'mean',
  sum: 'sum',
  perSample: 'per sample',
  noResult: 'no result',
  copyResult: 'Copy result',
  copyTorch: 'Copy as PyTorch',
  copyNumpy: 'Copy as NumPy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy; select the text and copy it by hand.',
  example: 'Worked example on the page',
  stated: 'Stated',
  recomputed: 'Recomputed',
  verdictCorrect: '✓ correct',
  verdictRounding: '✓ correct up to rounding',
  verdictWrong: '✗ wrong',
  pasteHint: 'Type or paste numbers; a list fills the following rows.',
  notANumber: 'not a number',
} as const;

export type MessageKey = keyof typeof EN;

const JA: Record<MessageKey, string> = {
  badgeName: 'この数式の交差エントロピー計算機',
  badgeCorrect: '計算例を検算しました：正しい',
  badgeRounding: '計算例を検算しました：丸めの範囲で正しい',
  badgeWrong: '計算例を検算しました：誤り',
  popoverTitle: 'Cross-Entropy Lens',
  close: '閉じる',
  formulaOnPage: 'ページの数式',
  substituted: '入力した数値を代入',
  classIndex: 'クラス',
  sample: 'サンプル',
  target: '正解',
  prediction: '予測',
  logit: 'ロジット',
  addClass: 'クラスを追加',
  removeClass: 'クラスを削除',
  removeLastClass: '最後のクラスを削除',
  addSample: 'サンプルを追加',
  removeSample: 'サンプルを削除',
  classCount: 'クラス数',
  sampleCount: 'サンプル数',
  base: '対数の底',
  contribution: '寄与',
  softmax: 'ソフトマックス',
  targetClass: '正解クラス',
  result: '結果',
  mean: '平均',
  sum: '合計',
  perSample: 'サンプルごと',
  noResult: '結果なし',
  copyResult: '結果をコピー',
  copyTorch: 'PyTorch のコードとしてコピー',
  copyNumpy: 'NumPy のコードとしてコピー',
  copied: 'クリップボードにコピーしました。',
  copyFailed: 'コピーできませんでした。テキストを選択して手動でコピーしてください。',
  example: 'ページの計算例',
  stated: '記載値',
  recomputed: '再計算',
  verdictCorrect: '✓ 正しい',
  verdictRounding: '✓ 丸めの範囲で正しい',
  verdictWrong: '✗ 誤り',
  pasteHint: '数値を入力するか貼り付けてください。リストは続く行に入ります。',
  notANumber: '数ではありません',
};

export function t(lang: Lang, key: MessageKey): string {
  return lang === 'ja' ? JA[key] : EN[key];
}

/** Unit of an information quantity, in words the reader knows. */
export function unitName(unit: 'nats' | 'bits' | 'hartleys', lang: Lang): string {
  if (lang === 'en') return unit;
  return unit === 'nats' ? 'ナット' : unit === 'bits' ? 'ビット' : 'ハートレー';
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
