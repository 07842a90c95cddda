// How an author dresses a formula: the big operator (\sum, ∑, \limits,
// \displaystyle, which limits are written), index sets, the brackets around a
// sum of terms, where the minus goes, how the mean is written, and the left-hand side.
import type { IndexLetter, Named } from './letters';

export interface SumSymbol extends Named {
  word: string;
  /** \limits and \nolimits follow an operator command only (KaTeX refuses them after ∑). */
  takesLimits: boolean;
  /** Spelled in words, as plain-text notes write it: Σ and Π with the index and its range. */
  spoken?: { sum: string; prod: string; of(letter: IndexLetter): string };
}

/** A range in words when the bound is a plain name (1 a N); a set's size is left out. */
const spokenRange = (to: string) => ({ index, bound }: IndexLetter) => (/^[A-Za-z0-9]+$/.test(bound) ? `${index}=1 ${to} ${bound}` : index);

export const SUM_SYMBOLS: readonly SumSymbol[] = [
  { name: '\\sum', word: '\\sum', takesLimits: true },
  { name: '∑', word: '∑', takesLimits: false },
  { name: '\\displaystyle\\sum', word: '\\displaystyle\\sum', takesLimits: true },
  { name: 'Σ (Greek letter)', word: 'Σ', takesLimits: false },
  { name: '\\textstyle\\sum', word: '\\textstyle\\sum', takesLimits: true },
  { name: 'Somme de n = 1 a N de', word: '', takesLimits: false, spoken: { sum: 'Somme', prod: 'Produit', of: (l) => ` de ${spokenRange('a')(l)} de ` } },
  { name: 'sum over n of', word: '', takesLimits: false, spoken: { sum: 'sum', prod: 'product', of: (l) => ` over ${l.index} of ` } },
  { name: 'Summe von n = 1 bis N', word: '', takesLimits: false, spoken: { sum: 'Summe', prod: 'Produkt', of: (l) => ` von ${spokenRange('bis')(l)} ` } },
  { name: '\\mathop{\\sum}', word: '\\mathop{\\sum}', takesLimits: true },
];

export const LIMIT_PLACEMENTS: readonly (Named & { mark: string })[] = [
  { name: 'default', mark: '' },
  { name: '\\limits', mark: '\\limits' },
  { name: '\\nolimits', mark: '\\nolimits' },
];

/** The set a bound counts: |B| counts B. */
const setOf = (bound: string) => bound.replace(/^\|(.*)\|$/, '$1');

/** Which limits a sum writes, for one index letter. */
export interface SumRange extends Named {
  of(letter: IndexLetter): string;
}

export const SUM_RANGES: readonly SumRange[] = [
  { name: '_k', of: ({ index }) => `_${index}` },
  { name: '_{k}', of: ({ index }) => `_{${index}}` },
  { name: '_{k=1}^{K}', of: ({ index, bound }) => `_{${index}=1}^{${bound}}` },
  { name: '_{k=1}^K', of: ({ index, bound }) => `_{${index}=1}^${bound.length === 1 ? bound : `{${bound}}`}` },
  { name: '_{k}^{K}', of: ({ index, bound }) => `_{${index}}^{${bound}}` },
  { name: '^{K}_{k=1}', of: ({ index, bound }) => `^{${bound}}_{${index}=1}` },
  { name: '_{k\\in\\{1..K\\}}', of: ({ index, bound }) => `_{${index}\\in\\{1,\\dots,${bound}\\}}` },
  { name: '_{k=1,\\dots,K}', of: ({ index, bound }) => `_{${index}=1,\\dots,${bound}}` },
  { name: '_{1\\le k\\le K}', of: ({ index, bound }) => `_{1\\le ${index}\\le ${bound}}` },
  { name: '_{1 \\leq k \\leq K}', of: ({ index, bound }) => `_{1 \\leq ${index} \\leq ${bound}}` },
  { name: '_{k=1..K}', of: ({ index, bound }) => `_{${index}=1..${bound}}` },
  { name: '_{k\\in C}', of: ({ index, bound }) => `_{${index}\\in ${setOf(bound)}}` },
  { name: '_{k\\in\\mathcal{C}}', of: ({ index, bound }) => `_{${index}\\in${/^[A-Za-z]$/.test(bound) ? `\\mathcal{${bound}}` : setOf(bound)}}` },
  // Set-builder: the index with a condition on itself.
  { name: '_{k : k\\in C}', of: ({ index, bound }) => `_{${index} : ${index} \\in ${setOf(bound)}}` },
  { name: '_{k \\mid k\\in C}', of: ({ index, bound }) => `_{${index} \\mid ${index} \\in ${setOf(bound)}}` },
  { name: 'none', of: () => '' },
];

/**
 * The summand as written after Σ: bare, in braces of its own (\sum_k{t_k \log y_k}), or as the
 * last argument of a sum typed as a call with its range (`sum(1, N, i, …)`, plain-text course notes).
 */
export const SUMMANDS: readonly Named[] = [{ name: 'bare' }, { name: '{…}' }, { name: 'sum(1, N, i, …)' }];

/** A double sum over samples and classes: two operators, or one over an index set. */
export const INDEX_SETS: readonly Named[] = [{ name: 'nested' }, { name: 'nested, classes outside' }, { name: '_{i,k}' }, { name: '_{(i,k)}' }];

export interface Brackets extends Named {
  open: string;
  close: string;
}

/** Around a sum of terms under a sign or a sum; `none` distributes the sign instead. */
export const BRACKETS: readonly Brackets[] = [
  ['[', ']'], ['\\left[', '\\right]'], ['\\big[', '\\big]'], ['\\Big[', '\\Big]'], ['\\bigl(', '\\bigr)'], ['\\Bigl(', '\\Bigr)'],
  ['\\lbrack', '\\rbrack'], ['\\left(', '\\right)'], ['(', ')'], ['\\{', '\\}'], ['\\left\\{', '\\right\\}'], ['［', '］'], ['（', '）'], ['', ''],
].map(([open, close]) => ({ name: open ? `${open} ${close}` : 'none', open: open as string, close: close as string }));

/** Where the minus goes: before everything, inside the sum on each term, or into the log as 1/y (Σ t log(1/y)). */
export const SIGN_PLACEMENTS: readonly Named[] = [{ name: 'front' }, { name: 'inside' }, { name: 'reciprocal' }];

/** How a written-out sum skips its middle terms. */
export const ELLIPSES: readonly (Named & { mark: string })[] = ['\\dots', '\\cdots', '\\ldots', '...', '…', '⋯'].map((mark) => ({ name: mark, mark }));

/** 1/N as written in front of a batch sum; `{minus}` marks where a numerator minus would go. */
export interface MeanSpelling extends Named {
  of(bound: string, minus: string): string;
  /** Writes the minus itself (\frac{-1}{N}). */
  signed: boolean;
}

export const MEAN_SPELLINGS: readonly MeanSpelling[] = [
  { name: '\\frac{1}{N}', signed: false, of: (n) => `\\frac{1}{${n}}` },
  { name: '\\frac1N', signed: false, of: (n) => (n.length === 1 ? `\\frac1${n}` : `\\frac{1}{${n}}`) },
  { name: '\\tfrac{1}{N}', signed: false, of: (n) => `\\tfrac{1}{${n}}` },
  { name: '\\dfrac{1}{N}', signed: false, of: (n) => `\\dfrac{1}{${n}}` },
  { name: '1/N', signed: false, of: (n) => `1/${n}` },
  { name: '\\frac{-1}{N}', signed: true, of: (n, minus) => `\\frac{${minus}1}{${n}}` },
  { name: 'sum', signed: false, of: () => '' },
];

/** Where the mean goes: in front (1/N Σ …), as one fraction over the sum (\frac{Σ …}{N}), or divided at the end ((−Σ …) / N). */
export const MEAN_PLACEMENTS: readonly Named[] = [{ name: 'front' }, { name: 'fraction over the sum' }, { name: 'divided after' }];

export interface LeftSide extends Named {
  /** The left-hand side with the relation, given the target and prediction as written. */
  of(target: string, prediction: string): string;
}

export const LEFT_SIDES: readonly LeftSide[] = [
  { name: 'none', of: () => '' },
  { name: 'L =', of: () => 'L = ' },
  { name: 'E =', of: () => 'E = ' },
  { name: '\\mathcal{L}(\\theta) =', of: () => '\\mathcal{L}(\\theta) = ' },
  { name: 'J(w) =', of: () => 'J(w) = ' },
  { name: 'loss =', of: () => 'loss = ' },
  { name: '\\text{loss} =', of: () => '\\text{loss} = ' },
  { name: '\\ell =', of: () => '\\ell = ' },
  { name: 'H(t,y) =', of: (t, y) => `H(${t}, ${y}) = ` },
  { name: 'L_{\\mathrm{CE}} :=', of: () => 'L_{\\mathrm{CE}} := ' },
  { name: '\\mathcal{L}_{\\text{CE}}(t, y) =', of: (t, y) => `\\mathcal{L}_{\\text{CE}}(${t}, ${y}) = ` },
  { name: 'CE(t, y) =', of: (t, y) => `CE(${t}, ${y}) = ` },
  { name: '\\ell(x, y) =', of: () => '\\ell(x, y) = ' },
];

/** The row with its alignment mark at the first top-level ` = ` (not one inside braces, brackets or a cases block), or in front. */
function alignedAtFirstRelation(tex: string): string {
  let depth = 0;
  for (let i = 0; i < tex.length; i++) {
    if (tex.startsWith('\\begin{', i) || tex.startsWith('\\left', i)) depth += 1;
    else if (tex.startsWith('\\end{', i) || tex.startsWith('\\right', i)) depth -= 1;
    if (tex[i] === '\\') i += 1;
    else if (tex[i] === '{' || tex[i] === '(') depth += 1;
    else if (tex[i] === '}' || tex[i] === ')') depth -= 1;
    else if (depth === 0 && tex.startsWith(' = ', i)) return `${tex.slice(0, i)} &= ${tex.slice(i + 3)}`;
  }
  return `& ${tex}`;
}

/** \displaystyle at the start, or Wikipedia's {\displaystyle …} around everything. */
export const DISPLAY_WRAPPERS: readonly (Named & { wrap(tex: string): string })[] = [
  { name: 'none', wrap: (tex) => tex },
  { name: '\\displaystyle', wrap: (tex) => `\\displaystyle ${tex}` },
  { name: '{\\displaystyle …}', wrap: (tex) => `{\\displaystyle ${tex}}` },
  { name: 'aligned', wrap: (tex) => `\\begin{aligned} ${alignedAtFirstRelation(tex)} \\end{aligned}` },
  { name: 'equation', wrap: (tex) => `\\begin{equation} ${tex} \\end{equation}` },
  { name: '{\\color{teal} …}', wrap: (tex) => `{\\color{teal} ${tex}}` },
  { name: '\\textcolor{blue}{…}', wrap: (tex) => `\\textcolor{blue}{${tex}}` },
];

/** What follows a displayed formula: punctuation of the sentence it ends, an equation number, a label. */
export const ENDINGS: readonly (Named & { mark: string })[] = ['', '.', ',', '\\,.', ' \\tag{1}', ' \\qquad (2)', ' \\label{eq:loss}'].map((mark) => ({ name: mark || 'none', mark }));

/** What some authors add after the loss in the same display: a definition or a condition. */
export const ASIDES: readonly (Named & { of(prediction: string, target: string): string })[] = [
  { name: 'none', of: () => '' },
  { name: ',\\quad y = softmax', of: (y) => `,\\quad ${y} = \\mathrm{softmax}(z)` },
  { name: '\\quad\\text{where } y = σ(z)', of: (y) => ` \\quad \\text{where } ${y} = \\sigma(z)` },
  { name: ',\\; t \\in \\{0,1\\}', of: (_y, t) => `,\\; ${t} \\in \\{0, 1\\}` },
];

/** How an author writes the expectation. */
export const EXPECTATIONS: readonly (Named & { symbol: string })[] = ['\\mathbb{E}', '\\mathrm{E}', 'E', '\\operatorname{E}', '𝔼', '\\mathbf{E}'].map((symbol) => ({ name: symbol, symbol }));

/** A regularisation term some authors add to the loss. */
export const PENALTIES: readonly (Named & { term: string })[] = [
  { name: 'none', term: '' },
  { name: '\\frac{\\lambda}{2}\\|w\\|^2', term: '\\frac{\\lambda}{2}\\|\\mathbf{w}\\|^2' },
  { name: '\\lambda\\sum_j w_j^2', term: '\\lambda \\sum_{j} w_j^2' },
  { name: '\\lambda\\|\\theta\\|_2^2', term: '\\lambda \\lVert \\theta \\rVert_2^2' },
  { name: '\\frac{1}{2C}\\|w\\|_2^2', term: '\\frac{1}{2C} \\|\\mathbf{w}\\|_2^2' },
  { name: '\\lambda\\,\\Omega(w)', term: '\\lambda\\,\\Omega(\\mathbf{w})' },
  { name: '\\lambda R(\\theta)', term: '\\lambda R(\\theta)' },
  { name: '\\alpha R(\\theta)', term: '\\alpha R(\\theta)' },
];

/**
 * A slip a reader reads through in the binary terms: none, the complement's target typed
 * with an empty subscript ((1 − y_) beside y_i), or the first log's bracket left open
 * before the second term (y_i \log(ŷ_i + (1 − y_i) \log(1 − ŷ_i)), or the complement's brackets
 * dropped (y log p + 1 − y log(1 − p)).
 */
export const SLIPS: readonly Named[] = [{ name: 'none' }, { name: 'empty subscript' }, { name: 'log bracket left open' }, { name: 'complement brackets dropped' }];
