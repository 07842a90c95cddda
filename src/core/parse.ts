// Reading numbers the way people paste them: "0.33, 0.32, 0.35", "[0.33 0.32 0.35]",
// NumPy / PyTorch reprs, spreadsheet cells, full-width Japanese input, percentages.
import { errorOf, type Diagnostic, type ErrorCode } from './diagnostics';

export type ParseError = Diagnostic & { start: number; end: number; token: string };

export type ParsedNumbers =
  /** `decimalComma`: the commas were read as decimal points ("0,33; 0,32" is 0.33 and 0.32). */
  | { ok: true; values: number[]; rows: number[][]; classIndex?: number; decimalComma?: boolean }
  | { ok: false; error: ParseError };

/**
 * Maps full-width forms and Japanese punctuation to ASCII one UTF-16 unit for one, so
 * offsets into the normalised text are offsets into what the reader typed.
 */
function toAscii(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else if (c === 0x3001 || c === 0xff64) out += ','; // 、 and half-width 、
    else if (c === 0x2212 || c === 0x2013 || c === 0x2012) out += '-'; // minus sign, dashes
    else if (c === 0x3010 || c === 0x300c) out += '[';
    else if (c === 0x3011 || c === 0x300d) out += ']';
    else out += text[i];
  }
  return out;
}

const NUMBER = /[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?/y;
// Keyword arguments NumPy and PyTorch print after the data: dtype=float32, requires_grad=True,
// grad_fn=<SoftmaxBackward0>, device='cuda:0'.
const KEYWORD_NOISE = /(?:dtype|requires_grad|grad_fn|device|layout|names)\s*=\s*(?:<[^>]*>|'[^']*'|"[^"]*"|[A-Za-z0-9_.:]+)/y;
// What comes before the data when people copy a line of code or a notebook cell:
// ">>> ", "Out[3]: ", "y = ", "t: ", "y_pred = ".
const LEADING_LABEL = /^\s*(?:>>>\s*|(?:Out|In)\s*\[\d*\]\s*:\s*)?(?:[A-Za-z_][A-Za-z0-9_.]*\s*[=:](?!=)\s*)?/;
const WORD = /[A-Za-z_][A-Za-z0-9_.]*/y;
const CALL_NAMES = new Set(['array', 'tensor', 'np.array', 'numpy.array', 'torch.tensor', 'list', 'matrix', 'np.matrix']);
const NON_FINITE_WORDS = new Set(['nan', 'inf', 'infinity', '-inf', 'null']);

interface NumberToken {
  value: number;
  depth: number;
  group: number;
  line: number;
}

function fail(code: ErrorCode, start: number, end: number, token: string): ParsedNumbers {
  const d = errorOf(code, { values: { token, value: token } });
  return { ok: false, error: { ...d, start, end, token } };
}

/** "33%" → 0.33 by moving the decimal exponent, so the result is the correctly rounded 0.33. */
function readNumber(token: string): number {
  if (!token.endsWith('%')) return Number(token);
  const body = token.slice(0, -1);
  const e = body.search(/[eE]/);
  const mantissa = e < 0 ? body : body.slice(0, e);
  const exponent = e < 0 ? 0 : Number(body.slice(e + 1));
  return Number(`${mantissa}e${exponent - 2}`);
}

/**
 * Whether `s` writes its decimals with commas, as spreadsheets in much of Europe paste
 * them ("0,33; 0,32; 0,35", "0,33\t0,32", one cell a line): every comma sits between two
 * digits, no number holds two, there is no decimal point and no bracket, and the numbers
 * are set apart by something else (semicolons, tabs, spaces, lines). "1,0,0" and
 * "1, 0, 0" stay lists; numbers that all look like thousands ("1,500; 2,000") are left alone.
 */
function usesDecimalCommas(s: string): boolean {
  if (!s.includes(',') || /[.[\]]/.test(s)) return false;
  const tokens = s.split(/[\s;]+/).filter((token) => token !== '');
  if (tokens.length < 2) return false;
  const withComma = tokens.filter((token) => token.includes(','));
  if (withComma.length === 0) return false;
  if (!withComma.every((token) => /^[+-]?\d+,\d+%?$/.test(token))) return false;
  return !withComma.every((token) => /^[+-]?[1-9]\d{0,2},\d{3}$/.test(token));
}

export function parseNumbers(text: string): ParsedNumbers {
  const ascii = toAscii(text);
  // Blank out a leading label so that offsets still point into the reader's text.
  const label = LEADING_LABEL.exec(ascii)![0];
  let s = ' '.repeat(label.length) + ascii.slice(label.length);
  // Decimal commas become points and semicolons list separators, one character for one.
  const decimalComma = usesDecimalCommas(s);
  if (decimalComma) s = s.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ',');
  const numbers: NumberToken[] = [];
  let depth = 0;
  let group = 0;
  let line = 0;
  const groupStack: number[] = [0];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\n' || c === ';') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '(' || c === ')' || c === '{' || c === '}') {
      i++;
      continue;
    }
    if (c === '[') {
      depth++;
      groupStack.push(++group);
      i++;
      continue;
    }
    if (c === ']') {
      if (depth > 0) {
        depth--;
        groupStack.pop();
      }
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(s);
    if (number) {
      const end = i + number[0].length;
      // "0.5abc" or "1.2.3": the number runs into something that is not a separator.
      const next = s[end];
      if (next !== undefined && /[A-Za-z0-9_.%]/.test(next)) {
        const runEnd = endOfRun(s, i);
        return fail('invalid_number', i, runEnd, text.slice(i, runEnd));
      }
      numbers.push({ value: readNumber(number[0]), depth, group: groupStack[groupStack.length - 1]!, line });
      i = end;
      continue;
    }
    KEYWORD_NOISE.lastIndex = i;
    const keyword = KEYWORD_NOISE.exec(s);
    if (keyword) {
      i += keyword[0].length;
      continue;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(s);
    const signedWord = /^[+-][A-Za-z]/.test(s.slice(i, i + 2)) ? s.slice(i, endOfRun(s, i)) : undefined;
    if (word || signedWord) {
      const token = signedWord ?? word![0];
      const end = i + token.length;
      if (CALL_NAMES.has(token.toLowerCase())) {
        i = end;
        continue;
      }
      const code = NON_FINITE_WORDS.has(token.toLowerCase().replace(/^\+/, '')) ? 'non_finite_input' : 'invalid_number';
      return fail(code, i, end, text.slice(i, end));
    }
    const runEnd = endOfRun(s, i);
    return fail('invalid_number', i, runEnd, text.slice(i, runEnd));
  }
  if (numbers.length === 0) return fail('empty_input', 0, text.length, text);
  const values = numbers.map((n) => n.value);
  return decimalComma ? { ok: true, values, rows: rowsOf(numbers), decimalComma } : { ok: true, values, rows: rowsOf(numbers) };
}

/** The end of a run of characters that are not separators: what a bad token spans. */
function endOfRun(s: string, start: number): number {
  let end = start + 1;
  while (end < s.length && !/[\s,;[\](){}]/.test(s[end]!)) end++;
  return end;
}

/**
 * Rows: nested brackets ([[…], […]]) make one row per innermost bracket; otherwise lines
 * (spreadsheet cells, ';') make rows; otherwise it is one row.
 */
function rowsOf(numbers: NumberToken[]): number[][] {
  const maxDepth = numbers.reduce((m, n) => Math.max(m, n.depth), 0);
  const key = maxDepth >= 2 ? (n: NumberToken) => n.group : (n: NumberToken) => n.line;
  const rows: number[][] = [];
  let current: number | undefined;
  for (const n of numbers) {
    const k = key(n);
    if (k !== current) {
      rows.push([]);
      current = k;
    }
    rows[rows.length - 1]!.push(n.value);
  }
  return rows;
}

const CLASS_INDEX = /^\s*(?:(?:class|label|index|idx|k|クラス|ラベル|正解)\s*[:#=]?\s*)?#?\s*([+-]?\d+)\s*$/i;

/** Target text: a list, or a class index ("2", "class 2") made one-hot with k classes. */
export function parseTargets(text: string, k: number): ParsedNumbers {
  const ascii = toAscii(text);
  const label = LEADING_LABEL.exec(ascii)![0];
  const s = ' '.repeat(label.length) + ascii.slice(label.length);
  const match = CLASS_INDEX.exec(s);
  // A bare integer is a class index only when there are several classes to choose from;
  // with one class, "1" is the one-element target [1].
  const hasKeyword = match !== null && /[^\d\s+#-]/.test(s.replace(match[1]!, ''));
  if (match && (hasKeyword || k >= 2)) {
    const index = Number(match[1]);
    const start = s.indexOf(match[1]!);
    if (!Number.isInteger(index) || index < 0 || index >= k) {
      const d = errorOf('invalid_target', { input: 't', values: { value: index, classes: k, token: match[1]! } });
      return { ok: false, error: { ...d, start, end: start + match[1]!.length, token: text.slice(start, start + match[1]!.length) } };
    }
    const values = Array.from({ length: k }, (_, j) => (j === index ? 1 : 0));
    return { ok: true, values, rows: [values], classIndex: index };
  }
  return parseNumbers(text);
}
