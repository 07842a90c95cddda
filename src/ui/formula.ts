// KaTeX rendering with the options that make page-supplied TeX harmless, and the TeX of
// a formula with the reader's numbers substituted. ui/ renders TeX; it never reads its
// meaning (that is tex/'s job).
import katex from 'katex';
import type { LogBase } from '../core/types';
import type { FormulaKind } from '../tex/types';
import { plainNumber } from './i18n';

/** Bounded expansion and sizes, no \href or \includegraphics: page TeX cannot do harm. */
const SAFE_OPTIONS = {
  trust: false,
  maxExpand: 1000,
  maxSize: 10,
  throwOnError: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
} as const;

const cache = new Map<string, string>();
const CACHE_LIMIT = 200;

/** KaTeX's HTML for `tex`; KaTeX's own output is the only HTML the extension ever sets. */
export function texToHtml(tex: string, display: boolean): string {
  const key = `${display ? 'D' : 'I'}${tex}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = katex.renderToString(tex, { ...SAFE_OPTIONS, displayMode: display });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, html);
  return html;
}

/**
 * KaTeX's DOM builder: what katex.render does, without its refusal to run on a page in
 * quirks mode (the popover still renders there; its shadow root brings its own styles).
 * KaTeX exports it (0.19) but does not declare it.
 */
const renderToDomTree = (katex as unknown as { __renderToDomTree(tex: string, options: object): { toNode(): Node } }).__renderToDomTree;

/** KaTeX's DOM for each TeX, built once per document; copies of it go into the page. */
const nodes = new Map<string, Node>();

/**
 * Renders `tex` into `element`; on any KaTeX failure the TeX is shown as text. KaTeX
 * builds DOM nodes here: no HTML string is ever parsed into the page.
 */
export function renderTex(element: HTMLElement, tex: string, display = false): void {
  try {
    const key = `${display ? 'D' : 'I'}${tex}`;
    let built = nodes.get(key);
    if (!built || built.ownerDocument !== element.ownerDocument) {
      built = renderToDomTree(tex, { ...SAFE_OPTIONS, displayMode: display }).toNode();
      if (nodes.size >= CACHE_LIMIT) nodes.delete(nodes.keys().next().value!);
      nodes.set(key, built);
    }
    element.replaceChildren(built.cloneNode(true));
  } catch {
    element.textContent = tex;
  }
}

/** The log of the base as TeX: \ln for e, so the base is never left to guess. */
export function logTex(base: LogBase): string {
  return base === 'e' ? '\\ln' : base === '2' ? '\\log_{2}' : '\\log_{10}';
}

/** A symbol of the page with a class index: `t` → `t_{2}`; `y_{o,c}` → `y_{2}`; `\hat{y}` → `\hat{y}_{2}`. */
export function indexedSymbol(symbol: string, index: number | string): string {
  const base = symbol.replace(/_\{[^{}]*\}$|_[A-Za-z0-9]$/, '').trim() || symbol;
  return `{${base}}_{${index}}`;
}

/** A number as TeX: infinities as \infty, negatives in parentheses where they follow an operator. */
export function numberTex(x: number, decimals?: number): string {
  if (Number.isNaN(x)) return '\\text{—}';
  if (!Number.isFinite(x)) return x > 0 ? '\\infty' : '-\\infty';
  const text = decimals === undefined ? plainNumber(x) : x.toFixed(decimals);
  if (/e/.test(text)) {
    const [mantissa, exponent] = text.split('e');
    return `${mantissa}\\times 10^{${Number(exponent)}}`;
  }
  return text;
}

function operand(x: number): string {
  const tex = numberTex(x);
  return x < 0 || Object.is(x, -0) ? `(${tex})` : tex;
}

/** How many terms are written out before an ellipsis (and how many after it). */
export const TERMS_BEFORE_ELLIPSIS = 8;
export const TERMS_AFTER_ELLIPSIS = 2;
const MAX_TERMS = 12;

/** The terms to write: all when there are at most 12, else the first 8, \cdots and the last 2. */
export function elide<T>(items: readonly T[], write: (item: T, index: number) => string): string[] {
  if (items.length <= MAX_TERMS) return items.map(write);
  const head = items.slice(0, TERMS_BEFORE_ELLIPSIS).map((item, i) => write(item, i));
  const tailStart = items.length - TERMS_AFTER_ELLIPSIS;
  const tail = items.slice(tailStart).map((item, i) => write(item, tailStart + i));
  return [...head, '\\cdots', ...tail];
}

export interface Substitution {
  kind: FormulaKind;
  base: LogBase;
  /** One row per sample; for ce_from_logits `y` are the logits. */
  t: number[][];
  y: number[][];
  /** The result to write after the last `=`, from the core; null when there is none. */
  value: number | null;
  decimals: number;
  /** Batch forms: each sample's loss (from the core) and whether the 1/N is there. */
  perSample?: number[];
  reduction?: 'mean' | 'sum';
  /** ce_from_logits: the correct class. */
  targetClass?: number;
  /** ce_binary on a logit: `y` holds the logit x, and E = ln(1 + eˣ) − t·x. */
  fromLogits?: boolean;
  /** With `fromLogits`: `t` holds labels −1 and +1, and each sample's loss is ln(1 + e^{−y x}). */
  plusMinusOne?: boolean;
  /** Entropy, KL and JS: the page's symbols for the distributions (p, q by default). */
  symbols?: { p: string; q: string };
  /** JS: the mixture m = ½(p + q), from the core. */
  mixture?: number[];
  /** The information family: the values the core used (divided by their sums when normalising). */
  used?: { t: number[]; y: number[] };
  /** The cross-entropy kinds: the page's own name for the loss (L, J(θ), ℓ(x, t)); E by default. */
  lossName?: string;
}

/** The formula with the numbers put in, as TeX, ending in `= value`. */
export function substitutedTex(s: Substitution): string {
  const log = logTex(s.base);
  const t = s.used?.t ?? s.t[0] ?? [];
  const y = s.used?.y ?? s.y[0] ?? [];
  const result = s.value === null ? '' : ` = ${numberTex(s.value, Number.isFinite(s.value) ? s.decimals : undefined)}`;
  const products = (): string[] =>
    elide(y, (yk, k) => `${operand(t[k] ?? 0)} \\cdot ${log} ${operand(yk)}`);
  const E = s.lossName ?? 'E';
  switch (s.kind) {
    case 'ce_multiclass':
    case 'ce_expectation':
      return `${E} = -\\left( ${products().join(' + ')} \\right)${result}`;
    case 'log_likelihood':
      return `\\log L = ${products().join(' + ')}${result}`;
    case 'likelihood_product':
      return `L = ${elide(y, (yk, k) => `${operand(yk)}^{${numberTex(t[k] ?? 0)}}`).join(' \\cdot ')}${result}`;
    case 'ce_binary':
      if (s.fromLogits && s.plusMinusOne) return `${E} = ${marginTerm(t[0] ?? 0, y[0] ?? 0, s.base)}${result}`;
      if (s.fromLogits) return `${E} = ${softplusLessProduct(operand(t[0] ?? 0), y[0] ?? 0, s.base)}${result}`;
      return `${E} = -\\left[ ${binaryTerm(t[0] ?? 0, y[0] ?? 0, log)} \\right]${result}`;
    case 'ce_from_logits': {
      const c = s.targetClass ?? 0;
      const denominator = elide(y, (z) => `e^{${numberTex(z)}}`).join(' + ');
      return `${E} = -${log} \\frac{e^{${numberTex(y[c] ?? 0)}}}{${denominator}}${result}`;
    }
    case 'entropy':
      return `H(${s.symbols?.p ?? 'p'}) = -\\left( ${elide(t, (pk) => `${operand(pk)} \\cdot ${log} ${operand(pk)}`).join(' + ')} \\right)${result}`;
    case 'kl_divergence': {
      const { p, q } = s.symbols ?? { p: 'p', q: 'q' };
      const terms = elide(t, (pk, k) => `${operand(pk)} \\cdot ${log} \\frac{${numberTex(pk)}}{${numberTex(y[k] ?? 0)}}`);
      return `D_{\\mathrm{KL}}(${p} \\parallel ${q}) = ${terms.join(' + ')}${result}`;
    }
    case 'js_divergence': {
      const { p, q } = s.symbols ?? { p: 'p', q: 'q' };
      const m = s.mixture ?? [];
      const half = (values: number[]) => elide(values, (v, k) => `${operand(v)} \\cdot ${log} \\frac{${numberTex(v)}}{${numberTex(m[k] ?? 0)}}`).join(' + ');
      return `\\mathrm{JS}(${p} \\parallel ${q}) = \\tfrac{1}{2}\\left( ${half(t)} \\right) + \\tfrac{1}{2}\\left( ${half(y)} \\right)${result}`;
    }
    case 'ce_multiclass_batch':
    case 'ce_binary_batch': {
      const losses = s.perSample ?? [];
      // The margin form writes each sample's log(1 + e^{−y x}); the others each sample's loss.
      const margin = s.kind === 'ce_binary_batch' && s.fromLogits === true && s.plusMinusOne === true;
      const n = margin ? y.length : losses.length;
      const sum = margin
        ? elide(y, (x, i) => marginTerm(t[i] ?? 0, x, s.base)).join(' + ')
        : elide(losses, (e) => numberTex(e, Number.isFinite(e) ? s.decimals : undefined)).join(' + ');
      const front = s.reduction === 'sum' ? '' : `\\frac{1}{${n}}`;
      return `${E} = ${front}\\left( ${sum} \\right)${result}`;
    }
  }
}

/** softplus(x) − t·x in nats, divided by ln b for another base: binary cross-entropy on the logit x. */
/** softplus(x) − t·x with t as written (a number, or the probability a ±1 label stands for). */
function softplusLessProduct(t: string, x: number, base: LogBase): string {
  return inBase(`\\ln\\left(1 + e^{${numberTex(x)}}\\right) - ${t} \\cdot ${operand(x)}`, base);
}

/** A loss in nats, divided by ln b for another base. */
function inBase(nats: string, base: LogBase): string {
  return base === 'e' ? nats : `\\frac{${nats}}{\\ln ${base}}`;
}

/**
 * ln(1 + e^{−y·x}) for a label y ∈ {−1, +1} and a logit x, divided by ln b for another base. A label
 * between them is the probability t = (1 + y)/2, written into softplus(x) − t·x as it is computed.
 */
function marginTerm(y: number, x: number, base: LogBase): string {
  if (y !== 1 && y !== -1) return softplusLessProduct(`\\frac{1 + ${operand(y)}}{2}`, x, base);
  return inBase(`\\ln\\left(1 + e^{-${operand(y)} \\cdot ${operand(x)}}\\right)`, base);
}

function binaryTerm(t: number, y: number, log: string): string {
  return `${operand(t)} \\cdot ${log} ${operand(y)} + (1 - ${operand(t)}) \\cdot ${log} (1 - ${operand(y)})`;
}
