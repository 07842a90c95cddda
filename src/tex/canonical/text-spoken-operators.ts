// Text rules for formulas typed as plain text in a language's own words, as notes and
// code comments write them: the big operators spelled out ("Somme de n = 1 a N de …",
// "sum over i of …", "Produkt von k = 1 bis K"), indices glued to their letter inside
// such a sum (`yn`, `pn` for y_n, p_n), and Python's power `a ** b`.
import { defineTextRule } from './registry';

/** Words for Σ and Π in the languages pages use (lower case; matched without regard to case). */
const SUM_WORDS = ['sum', 'summation', 'somme', 'suma', 'sumatoria', 'somma', 'sommatoria', 'summe', 'soma', 'somatório', 'somatorio', 'сумма', 'toplam'];
const PRODUCT_WORDS = ['product', 'produit', 'producto', 'prodotto', 'produttoria', 'produkt', 'produto', 'produtório', 'produtorio', 'произведение', 'çarpım'];
/** Words between the operator and its index: "of", "over", "for", "from" and theirs. */
const INDEX_INTRO = ['de', 'des', 'du', 'di', 'del', 'della', 'da', 'do', 'von', 'über', 'uber', 'over', 'for', 'from', 'по', 'для'];
/** Words between a start and an end: "to" and theirs. */
const RANGE_TO = ['to', 'a', 'à', 'bis', 'até', 'ate', 'hasta', 'al', 'fino a', 'до', 'through', '-'];
/** Words after the range that introduce the summand: "of" and theirs. */
const BODY_INTRO = ['de', 'des', 'di', 'del', 'of', 'von', 'do', 'da', 'of the'];

const words = (list: readonly string[]) => list.join('|');

const SPOKEN_OPERATOR = new RegExp(
  String.raw`(?<![\\\p{L}])(${words(SUM_WORDS)}|${words(PRODUCT_WORDS)})\s+(?:(?:${words(INDEX_INTRO)})\s+)?(\p{Ll})(?:\s*=\s*([\p{L}0-9]+)\s*(?:${words(RANGE_TO)})\s*([\p{L}0-9]+))?(?:\s+(?:${words(BODY_INTRO)}))?(?![\p{L}0-9])`,
  'giu',
);

/** The indices the spoken operators in `tex` run over. */
function spokenIndices(tex: string): string[] {
  SPOKEN_OPERATOR.lastIndex = 0;
  return [...tex.matchAll(SPOKEN_OPERATOR)].map((m) => m[2] as string);
}

/** The indices big operators written as signs run over: \sum_i, \sum_{i=1}^{n}, ∑_i, sum_i. */
function signIndices(tex: string): string[] {
  return [...tex.matchAll(/(?:\\sum|\\prod|∑|∏|Σ|Π|(?<![A-Za-z])sum|(?<![A-Za-z])prod)\s*_\s*\{?\s*([a-z])(?![A-Za-z])/g)].map((m) => m[1] as string);
}

/**
 * ∑i( … ), Σn [ … ]: a sum sign typed with its index letter straight after it in plain text
 * (no underscore, a bracket next) runs over that letter, ∑_i.
 */
export function gluedSignIndex(tex: string): string {
  return tex.replace(/([∑∏Σ])([a-z])(?=\s*[(\[{（［]|\s+(?:exp|log|ln|e\^))/g, '$1_{$2}');
}

/**
 * "Somme de n = 1 a N de (…)" → \sum_{n=1}^{N} (…); "product over k of" → \prod_{k}: a big
 * operator spelled as a word with its index (one letter) and, if written, its range.
 */
export function spokenBigOperators(tex: string): string {
  return tex.replace(SPOKEN_OPERATOR, (_m, word: string, index: string, from: string | undefined, to: string | undefined) => {
    const op = SUM_WORDS.includes(word.toLowerCase()) ? '\\sum' : '\\prod';
    return from && to ? `${op}_{${index}=${from}}^{${to}}` : `${op}_{${index}}`;
  });
}

/** Two-letter words that are words or function names, never a letter with its index glued on. */
const WORDS_NOT_INDEXED = new Set(['ln', 'lg', 'in', 'on', 'an', 'un', 'at', 'to', 'of', 'is', 'it', 'if', 'as', 'or', 'de', 'le', 'la', 'et', 'di', 'da', 'do', 'en', 'ou', 'car', 'nt']);

/**
 * `yn * log(pn)` after "Somme de n = …", `ti' ln(yi)` after ∑_i: inside a sum over i typed as
 * plain text, a letter with the index letter glued to it is that letter's component y_i, p_i,
 * braced so a prime or a power keeps it whole ({t_i}', e^{x_i}). Only where the formula
 * writes no subscript of that index itself: there a glued pair is a name of its own.
 */
export function gluedSpokenIndices(tex: string): string {
  let out = tex;
  const glued = new Set<string>();
  for (const index of new Set([...spokenIndices(tex), ...signIndices(tex)])) {
    if (new RegExp(`[A-Za-z}]_\\{?${index}(?![A-Za-z])`).test(tex.replace(/(?:\\sum|\\prod|∑|∏|Σ|Π|sum|prod)\s*_\s*\{?\s*[a-z]/g, ''))) continue;
    out = out.replace(new RegExp(`(?<![\\\\\\p{L}_])(\\p{L})${index}(?![\\p{L}0-9_(])`, 'gu'), (whole, letter: string) => {
      if (WORDS_NOT_INDEXED.has(whole.toLowerCase()) || letter === index) return whole;
      glued.add(letter);
      return `{${letter}_${index}}`;
    });
  }
  // qk glued under Σ_k makes q a component: qc beside it is q at the class c.
  for (const letter of glued) {
    out = out.replace(new RegExp(`(?<![\\\\\\p{L}_])${letter}([a-z])(?![\\p{L}0-9_(])`, 'gu'), (whole, index: string) => (WORDS_NOT_INDEXED.has(whole.toLowerCase()) ? whole : `{${letter}_${index}}`));
  }
  return out;
}

/**
 * Plain-text powers: e^(−x), (1-y')^(1-y) and e^-|x| write the exponent in brackets or after a
 * sign, where TeX would raise only the bracket or the sign: the whole exponent is raised.
 */
export function plainTextPowers(tex: string): string {
  return tex
    .replace(/\^\s*\(((?:[^()]|\([^()]*\))*)\)/g, '^{$1}')
    .replace(/\^\s*([-−])\s*(\\lvert\s(?:[^{}]|\{[^{}]*\})*?\\rvert|\|[^|{}]*\||\{[^{}]*\}|[A-Za-z0-9]+)/g, (_m, minus: string, rest: string) => `^{${minus}${rest}}`);
}

/** A braced group with one level of braces inside it ({\mathrm{true},i}). */
const BRACED = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
/** One symbol as TeX writes it: a letter, a number or a command (with its argument), then its scripts and brackets. */
const TOKEN = String.raw`(?:\\[A-Za-z]+\s*(?:${BRACED})?|[A-Za-z0-9.]+)(?:[_^](?:${BRACED}|[A-Za-z0-9])|\[[^\]]*\])*`;
/** A bracketed exponent, the brackets plain or sized. */
const GROUP = String.raw`(?:\\(?:left|bigl|Bigl|big|Big)\s*)?\((?:[^()]|\([^()]*\))*(?:\\(?:right|bigr|Bigr|big|Big)\s*)?\)`;
const PYTHON_POWER = new RegExp(String.raw`\s*\*\*\s*(${GROUP}|1\s*-\s*${TOKEN}|${TOKEN})`, 'g');

/** The bracketed group that ends `before`, or null. */
function groupBefore(before: string): string | null {
  const text = before.trimEnd();
  if (!text.endsWith(')')) return null;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth += 1;
    else if (text[i] === '(' && --depth === 0) return text.slice(i);
  }
  return null;
}

/**
 * Python's power `a ** b` → a^{b}, the exponent a symbol, a number or a bracket. `(1 - p) ** 1 - y`,
 * the complementary exponent typed without its brackets, is (1 - p)^{1 - y}: after a base
 * 1 − p, a bare 1 followed by − y is the complement, as the likelihood beside it says.
 */
export function pythonPowers(tex: string): string {
  return tex.replace(PYTHON_POWER, (_m, exponent: string, offset: number, whole: string) => {
    const base = groupBefore(whole.slice(0, offset));
    const complementBase = base !== null && /^\((?:\s*\\(?:left|bigl|Bigl|big|Big)\s*)?\(?\s*1\s*-/.test(base);
    const complementExponent = /^1\s*-/.exec(exponent);
    if (complementExponent && !complementBase) return `^{1}${exponent.slice(1)}`;
    return `^{${exponent}}`;
  });
}

defineTextRule({ name: 'glued-sign-index', order: 21.8, apply: gluedSignIndex });
defineTextRule({ name: 'plain-text-powers', order: 28.5, apply: plainTextPowers });
defineTextRule({ name: 'spoken-big-operators', order: 26.5, apply: spokenBigOperators });
defineTextRule({ name: 'glued-spoken-indices', order: 27.5, apply: gluedSpokenIndices });
defineTextRule({ name: 'python-powers', order: 26.6, apply: pythonPowers });
