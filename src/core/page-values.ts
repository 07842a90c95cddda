// Targets and predictions read from what a page prints beside a formula: a table whose
// headers (or first column) name the formula's symbols or their usual words, and a
// sentence that lists the predictions ("y₁ が 0.33、y₂ が 0.32", "predicted 0.7, 0.2 and
// 0.1"). Text in, numbers out: the DOM is read in src/page/nearby-values.ts.

export interface PageSymbols {
  /** The formula's target and prediction symbols as TeX (t_k, \hat{y}, p(x)…). */
  target?: string;
  prediction?: string;
}

export interface PageValues {
  /** entries: one number per class of one sample (or per sample of a binary batch); samples: a row of K per sample. */
  shape: 'entries' | 'samples';
  t: number[] | number[][] | null;
  y: number[] | number[][];
}

type Role = 'target' | 'prediction' | 'other';

const TARGET_WORDS = /(label|target|truth|true|correct|answer|正解|ラベル|教師|真値)/i;
const PREDICTION_WORDS = /(predict|prediction|output|probabilit|softmax|予測|確率|出力|推定)/i;

/** A symbol without TeX dressing and index: \hat{y}_{k} → ŷ, t_{1} → t, q(x) → q. */
function bareSymbol(text: string): string {
  return text
    .replace(/\\[()[\]]/g, '')
    .replace(/\\hat\s*\{?\s*([A-Za-z])\s*\}?/g, '$1\u0302')
    .replace(/\\(?:mathbf|boldsymbol|bm|mathrm|vec|mathit)\s*\{([^{}]*)\}/g, '$1')
    .replace(/[$\\{}\s]/g, '')
    .replace(/_.*$|\(.*$|[0-9₀-₉]+$/, '')
    .normalize('NFC');
}

/** What a header names: the target, the prediction, or something else. */
export function headerRole(header: string, symbols: PageSymbols): Role {
  const bare = bareSymbol(header);
  const target = bareSymbol(symbols.target ?? 't');
  const prediction = bareSymbol(symbols.prediction ?? 'y');
  if (bare !== '' && bare === target) return 'target';
  if (bare !== '' && (bare === prediction || (!symbols.prediction && (bare === 'ŷ' || bare === 'p' || bare === 'q')))) return 'prediction';
  // Words: a prediction's probability is named before a label, since "正解の確率" is a prediction.
  if (PREDICTION_WORDS.test(header)) return 'prediction';
  if (TARGET_WORDS.test(header)) return 'target';
  return 'other';
}

/** A cell's number: 0.33, ０．３３, 33%, 1/3; null for text. */
export function cellNumber(text: string): number | null {
  const s = text
    .normalize('NFKC')
    .replace(/[−–]/g, '-')
    .replace(/[\s,]/g, '')
    .replace(/^\\?\(|\\?\)$/g, '');
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%$/i.test(s)) return Number(s.slice(0, -1)) / 100;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return Number(s);
  const fraction = /^(\d+)\/(\d+)$/.exec(s);
  if (fraction && Number(fraction[2]) > 0) return Number(fraction[1]) / Number(fraction[2]);
  return null;
}

/** The class a target cell names: a class number (1-based) or one of the prediction columns' names. */
function classOf(text: string, classNames: readonly string[]): number | null {
  const n = cellNumber(text);
  if (n !== null && Number.isInteger(n) && n >= 1 && n <= classNames.length) return n - 1;
  const words = text.normalize('NFKC').trim();
  if (words === '') return null;
  const at = classNames.findIndex((name) => name.includes(words));
  return at >= 0 ? at : null;
}

function oneHot(k: number, size: number): number[] {
  return Array.from({ length: size }, (_, i) => (i === k ? 1 : 0));
}

const isProbability = (v: number) => v >= 0 && v <= 1;

/**
 * Values from a table (`rows` of cell texts, the first row its header). Columns named as
 * target and prediction make each row an entry; several prediction columns make each
 * row a sample with one prediction per column (targets then one per column, or a class
 * number or name). Without such headers the first column is read as row headers, and
 * each column is an entry. Null when the table does not hold them.
 */
export function readTableValues(rows: readonly (readonly string[])[], symbols: PageSymbols): PageValues | null {
  return readByColumns(rows, symbols) ?? readByRows(rows, symbols);
}

function readByColumns(rows: readonly (readonly string[])[], symbols: PageSymbols): PageValues | null {
  const [head, ...body] = rows;
  if (!head || body.length === 0) return null;
  const roles = head.map((cell) => headerRole(cell, symbols));
  const targets = roles.flatMap((role, j) => (role === 'target' ? [j] : []));
  const predictions = roles.flatMap((role, j) => (role === 'prediction' ? [j] : []));
  if (predictions.length === 0) return null;
  const numbers = (row: readonly string[], columns: number[]) => columns.map((j) => cellNumber(row[j] ?? ''));
  const y: number[][] = [];
  const t: number[][] = [];
  for (const row of body) {
    const ys = numbers(row, predictions);
    if (ys.some((v) => v === null || !isProbability(v))) return null;
    y.push(ys as number[]);
    if (targets.length === predictions.length) {
      const ts = numbers(row, targets);
      if (ts.some((v) => v === null)) return null;
      t.push(ts as number[]);
    } else if (targets.length === 1 && predictions.length > 1) {
      const k = classOf(row[targets[0]!] ?? '', predictions.map((j) => head[j]!));
      if (k === null) return null;
      t.push(oneHot(k, predictions.length));
    } else if (targets.length > 0) {
      return null;
    }
  }
  if (predictions.length === 1) {
    return { shape: 'entries', t: t.length ? t.map((r) => r[0]!) : null, y: y.map((r) => r[0]!) };
  }
  return { shape: 'samples', t: t.length ? t : null, y };
}

function readByRows(rows: readonly (readonly string[])[], symbols: PageSymbols): PageValues | null {
  let t: number[] | null = null;
  let y: number[] | null = null;
  for (const row of rows) {
    const role = headerRole(row[0] ?? '', symbols);
    if (role === 'other') continue;
    const values = row.slice(1).map(cellNumber);
    if (values.length === 0 || values.some((v) => v === null)) continue;
    if (role === 'target') t ??= values as number[];
    else y ??= values as number[];
  }
  if (!y || !y.every(isProbability) || (t && t.length !== y.length)) return null;
  return { shape: 'entries', t, y };
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const NUMBER = String.raw`[-−]?(?:\d+(?:\.\d+)?|\.\d+)(?:\s*%)?`;

/**
 * Values a sentence gives: the same symbol with numbered indices, each with its number
 * ("y_{1} が 0.33、y_{2} が 0.32", "y₁ = 0.7, y₂ = 0.2"), or a list of probabilities
 * after a word for predictions ("predicted 0.7, 0.2 and 0.1", "予測確率は 0.7、0.2、0.1").
 */
export function readSentenceValues(sentence: string, symbols: PageSymbols): PageValues | null {
  const text = sentence.replace(/[₀-₉]/g, (d) => `_${SUBSCRIPT.indexOf(d)}`).normalize('NFKC');
  const indexed = new RegExp(String.raw`(\\hat\s*\{?\s*[A-Za-z]\s*\}?|[A-Za-zŷ])\s*_\s*\{?\s*(\d+)\s*\}?[^0-9A-Za-z]{0,12}?(${NUMBER})`, 'g');
  const bySymbol = new Map<string, Map<number, number>>();
  for (const match of text.matchAll(indexed)) {
    const symbol = bareSymbol(match[1]!);
    const value = cellNumber(match[3]!);
    if (value === null) continue;
    const entries = bySymbol.get(symbol) ?? new Map<number, number>();
    entries.set(Number(match[2]), value);
    bySymbol.set(symbol, entries);
  }
  const ordered = (entries: Map<number, number> | undefined): number[] | null => {
    if (!entries || entries.size < 2) return null;
    const keys = [...entries.keys()].sort((a, b) => a - b);
    const first = keys[0]!;
    // Indices must run 1, 2, 3 … (or 0, 1, 2 …) without gaps.
    if (first > 1 || keys.some((k, i) => k !== first + i)) return null;
    return keys.map((k) => entries.get(k)!);
  };
  const y = ordered(bySymbol.get(bareSymbol(symbols.prediction ?? 'y')));
  const t = ordered(bySymbol.get(bareSymbol(symbols.target ?? 't')));
  if (y && y.every(isProbability)) return { shape: 'entries', t: t && t.length === y.length ? t : null, y };
  if (!PREDICTION_WORDS.test(text)) return null;
  const after = text.slice(text.search(PREDICTION_WORDS));
  const listed = [...after.matchAll(new RegExp(NUMBER, 'g'))].map((m) => cellNumber(m[0]));
  if (listed.length < 2 || listed.some((v) => v === null || !isProbability(v))) return null;
  return { shape: 'entries', t: null, y: listed as number[] };
}
