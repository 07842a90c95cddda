// Numeric members of an equation chain: which members are numbers only, their
// value (logs through the core's logIn), and the t and y substituted into a
// cross-entropy or likelihood member.
import { logIn } from '../core';
import type { LogBase } from '../core/types';
import type { Expr } from './expr';
import { containsLog, termsOf } from './terms';

/** Log base for logs written without one (`\log`), or forced for all logs. */
export interface EvalOptions {
  unwrittenBase: LogBase;
  forceBase?: LogBase;
  /** Told when a term 0·log 0 was taken as 0 (the limit of p log p), so the verdict can say so. */
  onZeroLogZero?: () => void;
  /** The base `lg` stands for here (10 in ISO 80000 and school curricula, 2 in computer science); unset, lg is not computed. */
  lgBase?: LogBase;
}

/** 0.5108… : a number printed with trailing dots is still a stated value. */
function withoutDots(e: Expr): Expr {
  if (e.k === 'mul' && e.factors.length === 2 && e.factors[1]?.k === 'sym' && e.factors[1].name === '\\dots') return e.factors[0] as Expr;
  // 0.01987 \text{ (1.987%/year)}: a bracketed note after the number is not part of it.
  if (e.k === 'mul' && e.factors.length === 2 && e.factors[0]?.k === 'num' && e.factors[1]?.k === 'sym' && /^\(.*\)$/.test(e.factors[1].name)) return e.factors[0];
  if (e.k === 'neg') return { k: 'neg', arg: withoutDots(e.arg) };
  return e;
}

/** 1.49\,\%: a number with a percent sign after it (the number, else null). */
function percentNumber(e: Expr): Extract<Expr, { k: 'num' }> | null {
  if (e.k !== 'mul' || e.factors.length !== 2) return null;
  const [number, sign] = e.factors;
  return number?.k === 'num' && sign?.k === 'sym' && (sign.name === '\\%' || sign.name === '%') && sign.sub === null ? number : null;
}

export function isLiteral(e: Expr): boolean {
  const bare = withoutDots(e);
  return bare.k === 'num' || (bare.k === 'neg' && bare.arg.k === 'num') || percentNumber(e) !== null;
}

/** The printed text of a literal (with its sign), e.g. "-0.481486", "1.49%". */
export function literalText(e: Expr): string | null {
  const percent = percentNumber(e);
  if (percent) return `${percent.text}%`;
  const bare = withoutDots(e);
  if (bare.k === 'num') return bare.text;
  if (bare.k === 'neg' && bare.arg.k === 'num') return `-${bare.arg.text}`;
  return null;
}

/** The value of a member made only of numbers and operations, else null. */
export function evaluate(e: Expr, options: EvalOptions, depth = 0): number | null {
  if (depth > 100) return null;
  const next = (x: Expr) => evaluate(x, options, depth + 1);
  switch (e.k) {
    case 'num': return e.value;
    case 'neg': {
      const v = next(e.arg);
      return v === null ? null : -v;
    }
    case 'add': {
      let total = 0;
      for (const term of e.terms) {
        const v = next(term);
        if (v === null) return null;
        total += v;
      }
      return total;
    }
    case 'mul': {
      let product = 1;
      let zero = false;
      let infiniteLog = false;
      for (const factor of e.factors) {
        const v = next(factor);
        if (v === null) return null;
        if (v === 0) zero = true;
        if (!Number.isFinite(v) && containsLog(factor)) infiniteLog = true;
        product *= v;
      }
      // 0·log 0 and 0·log(0/q) are 0, the limit of p log p as p → 0 (the core's xlogy convention).
      if (zero && infiniteLog && Number.isNaN(product)) {
        options.onZeroLogZero?.();
        return 0;
      }
      return product;
    }
    case 'div': {
      const num = next(e.num);
      const den = next(e.den);
      return num === null || den === null || den === 0 ? null : num / den;
    }
    case 'pow': {
      const base = next(e.base);
      const exponent = next(e.exp);
      return base === null || exponent === null ? null : Math.pow(base, exponent);
    }
    case 'log': {
      const arg = next(e.arg);
      if (arg === null || arg < 0) return null;
      if (e.base === 'other' && !(e.lg && options.lgBase)) return null;
      const base: LogBase = options.forceBase ?? (e.base === null ? options.unwrittenBase : e.base === 'other' ? (options.lgBase as LogBase) : e.base);
      return logIn(base, arg);
    }
    case 'exp': {
      const arg = next(e.arg);
      return arg === null ? null : Math.exp(arg);
    }
    case 'fn': {
      if ((e.name !== 'ceil' && e.name !== 'floor') || e.args.length !== 1) return null;
      const v = next(e.args[0] as Expr);
      return v === null ? null : e.name === 'ceil' ? Math.ceil(v - 1e-12) : Math.floor(v + 1e-12);
    }
    case 'sym':
      if (e.sub !== null) return null;
      return e.name === 'e' ? Math.E : e.name === '\\pi' || e.name === 'π' ? Math.PI : null;
    case 'big': {
      // Σ_{i=1}^{8} (1/8) log₂(1/8): a body without the index, added up as many times as the bounds say.
      if (e.op !== 'sum' || !e.lower || !e.upper) return null;
      const from = next(e.lower.k === 'rel' ? e.lower.right : e.lower);
      const to = next(e.upper);
      const body = next(e.body);
      if (from === null || to === null || body === null || !Number.isInteger(from) || !Number.isInteger(to) || to < from || to - from > 1e6) return null;
      return (to - from + 1) * body;
    }
    default:
      return null;
  }
}

/** True when the expression holds a log written `lg` (whose base the page's usage decides). */
export function containsLg(e: Expr, depth = 0): boolean {
  if (depth > 100) return false;
  switch (e.k) {
    case 'log': return e.lg === true || containsLg(e.arg, depth + 1);
    case 'neg': return containsLg(e.arg, depth + 1);
    case 'add': return e.terms.some((t) => containsLg(t, depth + 1));
    case 'mul': return e.factors.some((t) => containsLg(t, depth + 1));
    case 'div': return containsLg(e.num, depth + 1) || containsLg(e.den, depth + 1);
    case 'pow': return containsLg(e.base, depth + 1) || containsLg(e.exp, depth + 1);
    case 'big': return containsLg(e.body, depth + 1);
    default: return false;
  }
}

/** The log bases written in an expression (first one wins for the report). */
export function writtenBase(e: Expr, depth = 0): LogBase | null {
  if (depth > 100) return null;
  switch (e.k) {
    case 'log': return e.base === 'other' ? null : e.base ?? writtenBase(e.arg, depth + 1);
    case 'neg': return writtenBase(e.arg, depth + 1);
    case 'add': return e.terms.map((t) => writtenBase(t, depth + 1)).find((b) => b) ?? null;
    case 'mul': return e.factors.map((t) => writtenBase(t, depth + 1)).find((b) => b) ?? null;
    case 'big': return writtenBase(e.body, depth + 1);
    case 'div': return writtenBase(e.num, depth + 1) ?? writtenBase(e.den, depth + 1);
    case 'fn': return e.args.map((t) => writtenBase(t, depth + 1)).find((b) => b) ?? null;
    default: return null;
  }
}

export interface Substitution {
  shape: 'log_sum' | 'power_product';
  /** +1 when the member is −Σ t log y (cross-entropy), −1 when +Σ t log y (log-likelihood). */
  sign: 1 | -1;
  /** A constant every term shares: 1/2 in ½(−ln 0.8 − ln 0.6), a batch mean. */
  scale: number;
  t: number[];
  y: number[];
}

/** 1 − 0.8 read as 0.2: values as the author meant them, without binary noise. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** t and y read from a numeric member −(t_1 log y_1 + …) or y_1^{t_1} × y_2^{t_2} × …. */
export function substitution(e: Expr): Substitution | null {
  const plain: EvalOptions = { unwrittenBase: 'e' };
  let product = e;
  if (product.k === 'mul' && product.factors.length === 1) product = product.factors[0] as Expr;
  if (product.k === 'mul' && product.factors.every((f) => f.k === 'pow')) {
    const t: number[] = [];
    const y: number[] = [];
    for (const factor of product.factors) {
      if (factor.k !== 'pow') return null;
      const base = evaluate(factor.base, plain);
      const exponent = evaluate(factor.exp, plain);
      if (base === null || exponent === null) return null;
      y.push(tidy(base));
      t.push(tidy(exponent));
    }
    // Bases all 0 or 1 (0^0 · 1^1 = 1, the saturated model's y^y (1 − y)^{1−y}) are labels, not predicted probabilities.
    const predicted = y.some((v) => v > 0 && v < 1);
    return predicted && plausible(t, y) ? { shape: 'power_product', sign: 1, scale: 1, t, y } : null;
  }
  const terms = termsOf(e);
  if (!terms || terms.length === 0) return null;
  const sign = terms[0]?.sign ?? 1;
  const scaleText = (term: (typeof terms)[number]) => term.scale.map((f) => evaluate(f, plain)).join('*');
  const sharedScale = scaleText(terms[0] as (typeof terms)[number]);
  const scale = (terms[0]?.scale ?? []).reduce<number | null>((acc, f) => {
    const v = evaluate(f, plain);
    return acc === null || v === null ? null : acc * v;
  }, 1);
  if (scale === null) return null;
  const t: number[] = [];
  const y: number[] = [];
  for (const term of terms) {
    if (term.sign !== sign || term.logs.length !== 1 || term.bigs.length || scaleText(term) !== sharedScale) return null;
    let weight = 1;
    for (const factor of term.factors) {
      const v = evaluate(factor, plain);
      if (v === null) return null;
      weight *= v;
    }
    const arg = evaluate((term.logs[0] as { arg: Expr }).arg, plain);
    if (arg === null) return null;
    t.push(tidy(weight));
    y.push(tidy(arg));
  }
  return plausible(t, y) ? { shape: 'log_sum', sign: sign === -1 ? 1 : -1, scale, t, y } : null;
}

function plausible(t: number[], y: number[]): boolean {
  return t.every((v) => v >= 0 && Number.isFinite(v)) && y.every((v) => v >= 0 && v <= 1);
}

/** A probability, or the reciprocal or ratio of probabilities (log 1/p, log p/q in KL). */
function probabilityLike(arg: Expr, options: EvalOptions): boolean {
  // A probability of 0 too: its log stands under a 0 weight (0·log 0, 0·log(0/q)).
  const value = evaluate(arg, options);
  if (value === null || !(value >= 0)) return false;
  if (value <= 1 + 1e-12) return true;
  if (arg.k !== 'div') return false;
  const num = evaluate(arg.num, options);
  const den = evaluate(arg.den, options);
  return num !== null && den !== null && num >= 0 && num <= 1 && den > 0 && den <= 1;
}

/**
 * A numeric member of the cross-entropy family: every log takes a probability
 * (−log 0.7, log 1/2⁴, t·log y, p·log(p/q)) and none sits in a denominator or an
 * exponent. `1/\log 2`, `\log_2 8` and `e^{\ln 3}` are arithmetic with logs, not examples.
 */
export function isFamilyMember(e: Expr, options: EvalOptions, depth = 0): boolean {
  let logs = 0;
  const walk = (x: Expr, d: number, plain: boolean): boolean => {
    if (d > 100) return false;
    switch (x.k) {
      case 'log':
        logs += 1;
        return plain && probabilityLike(x.arg, options);
      case 'neg': return walk(x.arg, d + 1, plain);
      case 'add': return x.terms.every((t) => walk(t, d + 1, plain));
      case 'mul': return x.factors.every((t) => walk(t, d + 1, plain));
      case 'div': return walk(x.num, d + 1, plain) && walk(x.den, d + 1, false);
      case 'pow': return walk(x.base, d + 1, false) && walk(x.exp, d + 1, false);
      case 'exp': return walk(x.arg, d + 1, false);
      case 'fn': return (x.name === 'ceil' || x.name === 'floor') && x.args.every((t) => walk(t, d + 1, plain));
      case 'big': return walk(x.body, d + 1, plain);
      default: return true;
    }
  };
  return walk(e, depth, true) && logs > 0;
}

/** How many decimals a number is printed with (0.090: 3). */
export function printedDecimals(e: Extract<Expr, { k: 'num' }>): number {
  return e.text.includes('.') ? (e.text.split('.')[1] ?? '').length : 0;
}

/** The numbers printed in a member, with their decimals (for values built from rounded ones). */
export function printedNumbers(e: Expr, depth = 0): Array<{ value: number; decimals: number }> {
  if (depth > 100) return [];
  const next = (x: Expr) => printedNumbers(x, depth + 1);
  switch (e.k) {
    case 'num': return [{ value: e.value, decimals: printedDecimals(e) }];
    case 'neg': return next(e.arg);
    case 'add': return e.terms.flatMap(next);
    case 'mul': return e.factors.flatMap(next);
    case 'div': return [...next(e.num), ...next(e.den)];
    case 'pow': return [...next(e.base), ...next(e.exp)];
    default: return [];
  }
}
