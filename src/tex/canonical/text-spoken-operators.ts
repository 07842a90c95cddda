// Text rules for formulas typed as plain text in a language's own words, as notes and
// code comments write them: the big operators spelled out ("Somme de n = 1 a N de …",
// "sum over i of …", "Produkt von k = 1 bis K"), indices glued to their letter inside
// such a sum (`yn`, `pn` for y_n, p_n), and the index glued to a sum sign (∑i(ti * yi)).
import { defineTextRule } from './registry';
import { closingBrace } from './text-scan';

/** Words for Σ and Π in the languages pages use (lower case; matched without regard to case). */
const SUM_WORDS = ['sum', 'summation', 'somme', 'suma', 'sumatoria', 'somma', 'sommatoria', 'summe', 'soma', 'somatório', 'somatorio', 'сумма', 'toplam', 'jumlah', 'tổng', 'sumă', 'summa'];
/** Words for the mean, spoken like a sum ("mean over i of …"): the sum over the index divided by its count. */
/**
 * Words for an average in the languages pages use (mean's own word apart): spoken like a sum with
 * its index ("mean over i of …"), or before the bracket it averages (mean of, moyenne de, media di).
 */
export const AVERAGE_WORDS = ['avg', 'average', 'media', 'moyenne', 'moy', 'promedio', 'mittelwert', 'durchschnitt', 'média', 'gemiddelde', 'medelvärde', 'medel', 'średnia', 'среднее', 'середнє', 'ortalama', 'rata-rata', 'trung bình', '平均', '평균'];
const MEAN_OVER_WORDS = ['mean', ...AVERAGE_WORDS];
const PRODUCT_WORDS = ['product', 'produit', 'producto', 'prodotto', 'produttoria', 'produkt', 'produto', 'produtório', 'produtorio', 'произведение', 'çarpım'];
/** Words between the operator and its index: "of", "over", "for", "from" and theirs. */
const INDEX_INTRO = ['de', 'des', 'du', 'di', 'del', 'della', 'da', 'do', 'von', 'über', 'uber', 'over', 'for', 'from', 'sur', 'sobre', 'su', 'över', 'по', 'для'];
/** Words between a start and an end: "to" and theirs. */
const RANGE_TO = ['to', 'a', 'à', 'bis', 'até', 'ate', 'hasta', 'al', 'fino a', 'до', 'through', '-'];
/** Words after the range that introduce the summand: "of" and theirs. */
const BODY_INTRO = ['de', 'des', 'di', 'del', 'of', 'von', 'do', 'da', 'of the'];

/** An alternation of `list`, the longest first, so a word is never cut at a shorter one (a before até). */
const words = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|');

const SPOKEN_OPERATOR = new RegExp(
  String.raw`(?<![\\\p{L}])(${words(SUM_WORDS)}|${words(PRODUCT_WORDS)}|${words(MEAN_OVER_WORDS)})\s+(?:(${words(INDEX_INTRO)})\s+)?(\p{Ll}|\(\s*\p{Ll}(?:\s*,\s*\p{Ll})*\s*\))(?:\s*=\s*([\p{L}0-9]+)\s*(?:${words(RANGE_TO)})\s*([\p{L}0-9]+))?(?:\s+(?:in|∈|\\in)\s+(\p{Lu}|\\mathcal\s*\{\s*\p{Lu}\s*\}))?(?:\s+(?:${words(BODY_INTRO)}))?(?![\p{L}0-9])`,
  'giu',
);

/** The indices the spoken operators in `tex` run over. */
function spokenIndices(tex: string): string[] {
  SPOKEN_OPERATOR.lastIndex = 0;
  return [...tex.matchAll(SPOKEN_OPERATOR)].filter((m) => !isSummand(tex, m[0], m[2], m[4], m.index)).flatMap((m) => (m[3] as string).replace(/[()\s]/g, '').split(','));
}

/** `sum p(x) …`, `sum y_i …`, `sum y * log(p)`: a bare letter that takes a bracket, a script or a product sign is the summand, not the index. */
function isSummand(tex: string, whole: string, intro: string | undefined, from: string | undefined, at: number): boolean {
  return !intro && !from && /^(?:[_^(\[{'*·×]|\s*(?:\*|\\cdot|\\times|·|×))/.test(tex.slice(at + whole.length));
}

/** A big operator's sign up to its index, \\limits or not: \\sum_i, \\prod\\limits_{i=1}, ∑_i, sum_i;
 * also set as \mathop{\prod}, and with the upper limit typed first (\sum^{N}_{n=1}). */
const SIGN_UNDER = String.raw`(?:\\mathop\s*\{\s*)?(?:\\sum|\\prod|∑|∏|Σ|Π|(?<![A-Za-z])sum|(?<![A-Za-z])prod)(?:\s*\})?\s*(?:\\(?:no)?limits\s*)?(?:\^\s*(?:\{[^{}]*\}|[A-Za-z0-9])\s*)?_\s*\{?\s*`;

/** The indices big operators written as signs run over: \sum_i, \sum_{i=1}^{n}, ∑_i, sum_i, and a range \prod_{1 \le i \le N}. */
function signIndices(tex: string): string[] {
  const first = [...tex.matchAll(new RegExp(String.raw`${SIGN_UNDER}([a-z])(?![A-Za-z])`, 'g'))].map((m) => m[1] as string);
  const ranged = [...tex.matchAll(new RegExp(String.raw`${SIGN_UNDER}[A-Za-z0-9]+\s*(?:\\leq?|<|≤)\s*([a-z])\s*(?:\\leq?|<|≤)`, 'g'))].map((m) => m[1] as string);
  return [...first, ...ranged];
}

/**
 * A big operator with no index at all, `∑(yi*log(p) + (1-yi)*log(1-p))`, `∏(p^yi …)`: it runs over
 * the index letter plain text glues to a symbol, when the same glued pair comes back (yi … 1-yi),
 * so it is no one-off word.
 */
function bareSignIndices(tex: string): string[] {
  if (!/(?:∑|∏|Σ|Π|\\sum|\\prod)(?!\s*(?:\\(?:no)?limits\s*)?[_^])/.test(tex)) return [];
  return [...GLUED_INDEX_LETTERS].filter((index) => {
    const pairs = [...tex.matchAll(new RegExp(String.raw`(?<![\\\p{L}_])(\p{L})${index}(?![\p{L}0-9_({])`, 'gu'))].map((m) => m[0]).filter((pair) => !WORDS_NOT_INDEXED.has(pair.toLowerCase()));
    return pairs.some((pair, at) => pairs.indexOf(pair) !== at);
  });
}

/**
 * A sample's own quantity named with its index glued, `li = p^yi * (1-p)^(1-yi)`, `Li(yi, pi) = …`: no
 * operator runs over the index, but the name on the left takes it and a symbol on the right
 * carries it again, so it indexes the sample there too.
 */
function namedIndices(tex: string): string[] {
  const name = /^\s*(\p{L})([ijkn])(?=\s*(?:\(|=))/u.exec(tex);
  if (!name || WORDS_NOT_INDEXED.has(name[0].trim().toLowerCase())) return [];
  const index = name[2] as string;
  return hasGluedSymbol(tex.slice(name[0].length), index) ? [index] : [];
}

/** The words a stated condition opens with after a one-hot loss: −log(qj) where c = j. */
const CONDITION_TAIL = /(?:\\text\s*\{\s*(?:where|for|if|when)\b[^{}]*\}|(?<![A-Za-z\\])(?:where|if|for|when)\s)([^]*)$/;

/**
 * The index a condition stated after a one-hot loss fixes, −log(qj) where c = j, −ln(yc) for tc' = 1:
 * the class letter a label equals, or the letter glued to a label that equals 1.
 */
function conditionIndices(tex: string): string[] {
  const tail = CONDITION_TAIL.exec(tex)?.[1] ?? '';
  const equalsLetter = [...tail.matchAll(/(?<![\\A-Za-z])[a-z]\s*=\s*([a-z])(?![A-Za-z])/g)].map((m) => m[1] as string);
  const gluedOne = [...tail.matchAll(/(?<![\\A-Za-z])[a-z]([a-z])'?\s*=\s*1(?![0-9])/g)].map((m) => m[1] as string);
  return [...equalsLetter, ...gluedOne];
}

/** Whether some one-letter symbol is glued to `index` as a token of its own (ti, yj, rn'), not a word like ln. */
function hasGluedSymbol(tex: string, index: string): boolean {
  const glued = new RegExp(String.raw`(?<![A-Za-z\\_^{])([a-zA-Z])${index}'?(?![A-Za-z({])`, 'g');
  return [...tex.matchAll(glued)].some((m) => !WORDS_NOT_INDEXED.has(`${m[1]}${index}`.toLowerCase()));
}

/**
 * ∑y log ŷ: a letter the rest of the formula names as a quantity (under an accent, or with an index
 * of its own) is the summand, not the sign's index, which only ever stands below other letters.
 */
function isNamedLater(rest: string, letter: string): boolean {
  return new RegExp(String.raw`\\(?:hat|tilde|bar|widehat)\s*\{\s*${letter}\s*\}|(?<![A-Za-z\\])${letter}_`).test(rest);
}

/**
 * Σp(x) log q(x): the letter before a round bracket that never mentions it is a function at a
 * point (p(x)), not an index whose summand the bracket holds (∑i(ti * yi)).
 */
function isCallOf(tex: string, from: number, letter: string): boolean {
  const rest = tex.slice(from);
  if (!rest.startsWith('(')) return false;
  let depth = 0;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '(') depth += 1;
    else if (rest[i] === ')' && --depth === 0) return !new RegExp(`${letter}(?![A-Za-z])`).test(rest.slice(1, i));
  }
  return false;
}

/** H(p, q) = −∑p log q: a letter listed among a name's arguments is a distribution the formula is of, not an index. */
function isListedArgument(tex: string, letter: string): boolean {
  return new RegExp(String.raw`\(\s*(?:[A-Za-z]\s*,\s*)*${letter}\s*(?:,\s*[A-Za-z]\s*)*\)`).test(tex) && /\(\s*[A-Za-z]\s*,/.test(tex);
}

/**
 * ∑i( … ), Σn [ … ], \sum k(ak * bk), ∑c rc * ln(qc): a sum sign typed with its index letter
 * straight after it in plain text (no underscore) runs over that letter, ∑_i. A Unicode sign
 * glued to its letter before a bracket or a log is always so; otherwise (\sum p(x) log p(x) sums
 * p) only when some symbol in the formula is glued to that letter.
 */
export function gluedSignIndex(tex: string): string {
  // ∑ktklogyk: copied flat with no space at all, the letter after the sign is the index the glued names after it end in.
  const flat = tex.replace(/(\\sum|\\prod|[∑∏Σ]) ?([a-z])(?=[a-z]\2(?:log|ln)(?!it|istic|in))/g, '$1_{$2}');
  return flat.replace(
    /(\\sum|\\prod|[∑∏Σ])(\s*)([a-z])(?![A-Za-z])(?=(\s*[(\[{（［]|\s+(?:\\?(?:exp|log|ln)\b|e\^))?)(?=\s*[(\[{（［]|\s+\\|\s+[A-Za-z]{2}|\s+(?:exp|log|ln|e\^))/g,
    (whole, sign: string, space: string, index: string, direct: string, at: number) =>
      (direct && space === '' && !sign.startsWith('\\') && !isCallOf(tex, at + whole.length, index) && !isNamedLater(tex.slice(at + whole.length), index) && !isListedArgument(tex, index)) || hasGluedSymbol(tex, index)
        ? `${sign}_{${index}}`
        : whole,
  );
}

/** The sum's word in other languages before a bracket, with no index (toplam […], jumlah(…)): the sum over what it holds (English sum(…) is code's call, read elsewhere). */
const FOREIGN_SUM_BEFORE_BRACKET = new RegExp(String.raw`(?<![\\\p{L}_.])(${words(SUM_WORDS.filter((word) => !/^sum/.test(word)))})(?=\s*[(\[])`, 'giu');

/**
 * "Somme de n = 1 a N de (…)" → \sum_{n=1}^{N} (…); "product over k of" → \prod_{k}: a big
 * operator spelled as a word with its index (one letter) and, if written, its range; and the sum's
 * word in another language before a bracket, with no index.
 */
export function spokenBigOperators(tex: string): string {
  return tex.replace(FOREIGN_SUM_BEFORE_BRACKET, '\\sum ').replace(SPOKEN_OPERATOR, (whole, word: string, intro: string | undefined, index: string, from: string | undefined, to: string | undefined, set: string | undefined, at: number) => {
    if (!set && isSummand(tex, whole, intro, from, at)) return whole;
    // A mean is spoken only with its index ("mean over i of"); "mean x" alone is a word.
    if (MEAN_OVER_WORDS.includes(word.toLowerCase()) && !intro) return whole;
    const op = SUM_WORDS.includes(word.toLowerCase()) ? '\\sum' : MEAN_OVER_WORDS.includes(word.toLowerCase()) ? '\\frac{1}{N}\\sum' : '\\prod';
    // Over several indices at once, "(n, h, w)": a sum over each.
    const indices = index.replace(/[()\s]/g, '').split(',');
    if (indices.length > 1) return `${op.replace(/\\sum$/, '')}${indices.map((each) => `\\sum_{${each}}`).join(' ')} `;
    // "sum x in X": over the members of a set.
    if (set) return `${op}_{${index} \\in ${set}} `;
    return from && to ? `${op}_{${index}=${from}}^{${to}}` : `${op}_{${index}}`;
  });
}

/**
 * `y_i,j * log(ŷ_i,j)` inside Σ_j: a second index typed after a comma with no braces, where a sum
 * runs over it, belongs to the subscript (y_{i,j}); so does the sample's label after the sample's
 * index (`q_i,y_i` under Σ_i); elsewhere (f(x_i,y)) the comma separates arguments. Two sums' indices
 * glued after one underscore (`y_ic` under Σ_i Σ_c) are the pair too.
 */
export function unbracedIndexPairs(tex: string): string {
  const indices = new Set(signIndices(tex));
  const bareSums = [...tex.matchAll(/(?:∑|Σ|\\sum)(?![A-Za-z])(?!\s*(?:\\(?:no)?limits\s*)?[_^])/g)].length;
  return tex
    .replace(/(?<![\\A-Za-z])([A-Za-z]|\\hat\{[A-Za-z]\}|ŷ)_([a-z]),([a-z])(?![A-Za-z0-9_{(^])/g, (whole, letter: string, first: string, second: string) =>
      indices.has(second) ? `${letter}_{${first},${second}}` : whole)
    // q_i,y_i(T) under Σ_i: the sample's index, then its label as the class (q_{i,y_i}).
    .replace(/(?<![\\A-Za-z])([A-Za-z]|\\hat\{[A-Za-z]\}|ŷ)_([a-z]),([a-z])_([a-z])(?![A-Za-z0-9_{^])/g, (whole, letter: string, first: string, label: string, labelIndex: string) =>
      indices.has(first) && labelIndex === first ? `${letter}_{${first},${label}_{${first}}}` : whole)
    // y_ic log(p_ic) under Σ_i Σ_c: two different letters after one underscore, each a sum's index, are both the subscript;
    // so are two index letters under two sums that name no index (Σ Σ Y_ij · log(A_ij)).
    // (A braced base too: {A_{2}}_ij, a layer's number glued to its letter.)
    .replace(/(?<![\\A-Za-z])([A-Za-z]|\\hat\{[A-Za-z]\}|ŷ|\})_([a-z])([a-z])(?![A-Za-z0-9_{(^])/g, (whole, letter: string, first: string, second: string) =>
      first !== second && ((indices.has(first) && indices.has(second)) || (bareSums >= 2 && GLUED_INDEX_LETTERS.includes(first) && GLUED_INDEX_LETTERS.includes(second))) ? `${letter}_{${first}${second}}` : whole);
}

/** An average word before its bracket, with the "of" a sentence puts after it (Mittelwert der, média dos); `mean` alone is read as it is. */
const AVERAGE = AVERAGE_WORDS.join('|');
const OF = 'of|over|de|des|du|di|del|della|der|von|do|dos|da|das';
// (Not "mean over (n, h, w) of …", a mean over an index set, which spoken-big-operators reads.)
const MEAN_WORDS = new RegExp(String.raw`(?<![\\\p{L}])(?:(?:mean|${AVERAGE})\s+(?:${OF})|${AVERAGE})(?=\s*(?:\\left\s*)?[([{]|\s*\\\{)(?!\s*\(\s*\p{Ll}(?:\s*,\s*\p{Ll})*\s*\)\s+(?:${OF})\s)`, 'giu');

/** −media[y log p + …], avg(…), moyenne de […]: the mean over the samples, as `mean` is read. */
export function meanWords(tex: string): string {
  return tex.replace(MEAN_WORDS, 'mean');
}

/** Two-letter words that are words or function names, never a letter with its index glued on. */
const WORDS_NOT_INDEXED = new Set(['ln', 'lg', 'in', 'on', 'an', 'un', 'at', 'to', 'of', 'is', 'it', 'if', 'as', 'or', 'de', 'le', 'la', 'et', 'di', 'da', 'do', 'en', 'ou', 'car', 'nt']);

/** Whether `at` stands inside a braced subscript (h_{mj}, y_{i,mj}): letters there are indices already, never a component. */
function inSubscript(text: string, at: number): boolean {
  const open = /_\{([^{}]*)$/.exec(text.slice(0, at));
  // After the colon or bar of a subset (Π_{i: ti = 1}) the letters are symbols tested, not indices.
  return open !== null && !/:|\||\\mid/.test(open[1] as string);
}

/** Prose commands whose braced body is words (\text{by }, \mbox{for each}), never letters with an index glued on. */
const PROSE_COMMAND = /\\(?:text(?:rm|it|bf|sf|normal)?|mbox|textup)\s*\{/g;

/** Whether `at` stands inside the body of a prose command such as \text{…}. */
function inProse(text: string, at: number): boolean {
  for (const open of text.matchAll(PROSE_COMMAND)) {
    const brace = (open.index ?? 0) + open[0].length - 1;
    if (brace >= at) return false;
    const close = closingBrace(text, brace);
    if (close < 0 || at < close) return true;
  }
  return false;
}

/**
 * `yn * log(pn)` after "Somme de n = …", `ti' ln(yi)` after ∑_i: inside a sum over i typed as
 * plain text, a letter with the index letter glued to it is that letter's component y_i, p_i,
 * braced so a prime or a power keeps it whole ({t_i}', e^{x_i}). Only where the formula
 * writes no subscript of that index itself: there a glued pair is a name of its own. Inside a
 * subscript (h_{mj} under Π_m Π_j) the letters are the indices themselves and stay, and so does
 * the start of a longer name (yi\_pred, an identifier set upright).
 */
export function gluedSpokenIndices(tex: string): string {
  let out = tex;
  const glued = new Set<string>();
  for (const index of new Set([...spokenIndices(tex), ...signIndices(tex), ...conditionIndices(tex), ...bareSignIndices(tex), ...namedIndices(tex)])) {
    // (a primed index, n′ beside n, is another index: its subscripts say nothing of n)
    if (new RegExp(`[A-Za-z}]_\\{?${index}(?![A-Za-z'])`).test(tex.replace(new RegExp(String.raw`${SIGN_UNDER}[a-z]`, 'g'), ''))) continue;
    out = out.replace(new RegExp(`(?<![\\\\\\p{L}_])(\\p{L})${index}(?![\\p{L}0-9_(]|\\\\_)`, 'gu'), (whole, letter: string, at: number, text: string) => {
      if (WORDS_NOT_INDEXED.has(whole.toLowerCase()) || letter === index || inSubscript(text, at) || inProse(text, at)) return whole;
      glued.add(letter);
      return `{${letter}_${index}}`;
    });
  }
  // qk glued under Σ_k makes q a component: qc beside it is q at the class c.
  for (const letter of glued) {
    out = out.replace(new RegExp(`(?<![\\\\\\p{L}_])${letter}([a-z])(?![\\p{L}0-9_(]|\\\\_)`, 'gu'), (whole, index: string, at: number, text: string) =>
      WORDS_NOT_INDEXED.has(whole.toLowerCase()) || inSubscript(text, at) || inProse(text, at) ? whole : `{${letter}_${index}}`,
    );
  }
  return out;
}

/** Index letters plain text glues to its symbols. */
export const GLUED_INDEX_LETTERS = 'ijkn';

/**
 * BCEi(yi, ti') = −(ti' ln(yi) + (1 − ti') ln(1 − yi)): TeX would prime only the index (t·i′).
 * Where the index letter is glued to two or more different letters (ti', yi), the pair is one
 * name and the prime is on all of it, {ti}'. One pair alone may be t times i′ and stays.
 */
export function primedGluedNames(tex: string): string {
  const glued = new RegExp(String.raw`(?<![\\\p{L}_^])(?<!_\{)(\p{L})([${GLUED_INDEX_LETTERS}])(?![\p{L}0-9_({])`, 'gu');
  const carriers = new Map<string, Set<string>>();
  for (const [pair, letter, index] of tex.matchAll(glued)) {
    if (WORDS_NOT_INDEXED.has(pair.toLowerCase()) || letter === index) continue;
    carriers.set(index as string, (carriers.get(index as string) ?? new Set()).add(letter as string));
  }
  return tex.replace(new RegExp(String.raw`(?<![\\\p{L}_^])(?<!_\{)(\p{L})([${GLUED_INDEX_LETTERS}])(?=')`, 'gu'), (pair: string, letter: string, index: string) =>
    (carriers.get(index)?.size ?? 0) >= 2 && letter !== index && !WORDS_NOT_INDEXED.has(pair.toLowerCase()) ? `{${pair}}` : pair,
  );
}

/**
 * Plain-text powers: e^(−x), (1-y')^(1-y), e^-|x| and e^-(w*x+b) write the exponent in brackets or after a
 * sign, where TeX would raise only the bracket or the sign: the whole exponent is raised. An Iverson bracket,
 * f_k^[y = k], is raised whole and keeps its brackets (the indicator).
 */
export function plainTextPowers(tex: string): string {
  return tex
    .replace(/\^\s*\(((?:[^()]|\([^()]*\))*)\)/g, '^{$1}')
    .replace(/\^\s*\[((?:[^[\]]|\[[^[\]]*\])*)\]/g, '^{[$1]}')
    .replace(/\^\s*([-−])\s*(\\lvert\s(?:[^{}]|\{[^{}]*\})*?\\rvert|\|[^|{}]*\||\{[^{}]*\}|\((?:[^()]|\([^()]*\))*\)|[A-Za-z0-9]+)/g, (_m, minus: string, rest: string) => `^{${minus}${rest}}`);
}

defineTextRule({ name: 'glued-sign-index', order: 21.8, apply: gluedSignIndex });
defineTextRule({ name: 'plain-text-powers', order: 28.5, apply: plainTextPowers });
defineTextRule({ name: 'spoken-big-operators', order: 26.5, apply: spokenBigOperators });
defineTextRule({ name: 'mean-words', order: 26.4, apply: meanWords });
defineTextRule({ name: 'unbraced-index-pairs', order: 27.55, apply: unbracedIndexPairs });
defineTextRule({ name: 'glued-spoken-indices', order: 27.5, apply: gluedSpokenIndices });
defineTextRule({ name: 'primed-glued-names', order: 27.6, apply: primedGluedNames });
