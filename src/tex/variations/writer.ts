// Pieces of a formula written in one style: components with their indices, logs,
// products, sums, groups, the mean and the left-hand side. Forms are built from these.
import { closingBracket } from '../canonical/text-scan';
import type { IndexLetter } from './letters';
import { taggedSymbol } from './letters';
import type { LogArg } from './logits';
import type { Style } from './style';

export interface Writer {
  style: Style;
  minus: string;
  target(at?: { sample?: string; cls?: string }): string;
  prediction(at?: { sample?: string; cls?: string }): string;
  /** log of a symbol (`bare`: reads without brackets) or of an expression. */
  log(arg: string | LogArg): string;
  /** a times b, the way this author multiplies; `yln(p)` when they glue the log. */
  times(a: string, b: string): string;
  complement(x: string): string;
  sum(letter: IndexLetter): string;
  /** Π over the index, dressed like this author’s Σ (\prod\limits, ∏, \displaystyle\prod). */
  prod(letter: IndexLetter): string;
  /** Σ and Π over a set written under the sign (`_{i: y_i = 1}`); words name no such set, so spoken authors write the sign. */
  sumUnder(lower: string): string;
  prodUnder(lower: string): string;
  /** base^{exp}, the base braced when it carries a superscript or prime of its own or is more than a symbol. */
  power(base: string, exp: string): string;
  /** The summand after Σ, braced or not as this author writes it. */
  summand(body: string): string;
  /** log of a number, spaced or glued to the digits (`\log0.7`). */
  logOfNumber(value: string): string;
  /** Σ_i Σ_k, or one Σ over the index set. */
  doubleSum(sample: IndexLetter, cls: IndexLetter): string;
  /** The body in this author's brackets (none: as it is). */
  group(body: string): string;
  /** The same, but in parentheses when the author writes no brackets. */
  bracketed(body: string): string;
  paren(body: string): string;
  /** 1/N for the sample bound, '' for a plain sum. */
  mean(): string;
  exp(x: string): string;
  leftSide(target: string, prediction: string): string;
  /** The formula in this author's display wrapper, with their ending (a period, \tag{1}). */
  display(tex: string): string;
  /** A loss with this author's regularisation term added (+ λ‖w‖²), if they write one. */
  penalised(body: string): string;
}

const isPlainLetter = (tex: string) => /^[A-Za-z]$/.test(tex);

export function writerOf(style: Style): Writer {
  const minus = style.minus.sign;
  const parens = style.parens;
  const sumWith = (lower: string) => `${style.sum.word}${style.sum.takesLimits ? style.limits.mark : ''}${lower}`;
  const asProduct = (sum: string) => sum.replace(/\\sum|∑|Σ/, (sign) => (sign === '∑' ? '∏' : sign === 'Σ' ? 'Π' : '\\prod'));
  const sumUnder = (lower: string) => (style.sum.spoken ? `\\sum${lower}` : sumWith(lower));
  // A sum typed as a call needs its whole range; its body is the summand's bracket (see callSumsWritten).
  const called = style.summand.name === 'sum(1, N, i, …)' && !style.sum.spoken;
  const rangeOf = (letter: IndexLetter) => (called && /^[A-Za-z0-9]+$/.test(letter.bound) ? `_{${letter.index}=1}^{${letter.bound}}` : style.range.of(letter));
  const w: Writer = {
    style,
    minus,
    target: (at = {}) => (style.tagged.tags ? taggedSymbol('y', style.tagged.tags.target, style.indices.suffix(at), style.tagged.code) : style.target.render(style.indices.suffix(at))),
    prediction(at = {}) {
      if (style.tagged.tags) return taggedSymbol('y', style.tagged.tags.prediction, style.indices.suffix(at), style.tagged.code);
      return style.output.of ? style.output.of(at, style.indices) : style.prediction.render(style.indices.suffix(at));
    },
    log(arg) {
      const { tex, bare } = typeof arg === 'string' ? { tex: arg, bare: true } : arg;
      const word = style.log.word;
      if (!bare) return `${word}${parens.open}${tex}${parens.close}`;
      // Bare words take no braces: `log{y}` is nobody's habit.
      if (style.log.bare && style.logArgument.name === 'braces') return `${word}(${tex})`;
      if (style.log.glued) return `${word}(${tex})`;
      return `${word}${style.logArgument.wrap(tex, parens)}`;
    },
    times(a, b) {
      if (style.log.glued && isPlainLetter(a) && b.startsWith(style.log.word)) return `${a}${b}`;
      const sign = style.product.sign;
      return sign === ' ' ? `${a} ${b}` : `${a} ${sign} ${b}`;
    },
    complement: (x) => `${parens.open}1 ${minus} ${x}${parens.close}`,
    sum: (letter) => (style.sum.spoken ? `${style.sum.spoken.sum}${style.sum.spoken.of(letter)}` : called ? `\\sum${rangeOf(letter)}` : sumWith(rangeOf(letter))),
    prod: (letter) => (style.sum.spoken ? `${style.sum.spoken.prod}${style.sum.spoken.of(letter)}` : asProduct(sumWith(style.range.of(letter)))),
    sumUnder,
    prodUnder: (lower) => asProduct(sumUnder(lower)),
    power(base, exp) {
      const simple = /^(?:\\hat\{?|\\tilde\{)?[A-Za-z]\}?(?:_\{[^{}^]*\}|_[A-Za-z0-9])?$/.test(base);
      if (style.power.name === '^{}') return `${simple ? base : `{${base}}`}^{${exp}}`;
      // A base in this author's own brackets (\left( … \right) too) needs none more.
      const bracketed = /^\(.*\)$/.test(base) || (base.startsWith(parens.open) && base.endsWith(parens.close));
      const pythonBase = simple || bracketed ? base : `(${base})`;
      const pythonExp = style.power.name === '** bare exponent' || !/\s/.test(exp) ? exp : `(${exp})`;
      return `${pythonBase} ** ${pythonExp}`;
    },
    summand: (body) => (style.summand.name === 'bare' ? body : called ? `(${body})` : `{${body}}`),
    logOfNumber(value) {
      const word = style.log.word;
      if (style.digits.name === 'glued' && word.startsWith('\\') && /[A-Za-z]$/.test(word)) return `${word}${value}`;
      return w.log(value);
    },
    doubleSum(sample, cls) {
      if (style.sum.spoken) return `${w.sum(sample)} ${w.sum(cls)}`;
      if (style.indexSet.name === '_{i,k}') return sumWith(`_{${sample.index},${cls.index}}`);
      if (style.indexSet.name === '_{(i,k)}') return sumWith(`_{(${sample.index},${cls.index})}`);
      if (style.indexSet.name === 'nested, classes outside') return `${w.sum(cls)} ${w.sum(sample)}`;
      return `${w.sum(sample)} ${w.sum(cls)}`;
    },
    group: (body) => {
      const { open, close } = style.brackets;
      if (!open) return body;
      return `${open}${/[A-Za-z]$/.test(open) ? ' ' : ''}${body}${/^\\[A-Za-z]/.test(close) ? ' ' : ''}${close}`;
    },
    bracketed: (body) => (style.brackets.open ? w.group(body) : `${parens.open}${body}${parens.close}`),
    paren: (body) => `${parens.open}${body}${parens.close}`,
    mean: () => style.mean.of(style.sampleIndex.bound, minus),
    exp: (x) => style.exp.of(x),
    leftSide: (target, prediction) => style.leftSide.of(target, prediction),
    display: (tex) => style.display.wrap(`${called ? callSumsWritten(tex) : tex}${style.ending.mark}`),
    penalised: (body) => `${body}${style.penalty.term ? ` + ${style.penalty.term}` : ''}`,
  };
  return w;
}

/** \sum_{i=1}^{N} (body) as the call sum(1, N, i, body); a sum whose body is not one bracket stays. */
export function callSumsWritten(tex: string): string {
  const sum = /\\sum_\{([a-z])=([A-Za-z0-9]+)\}\^\{([A-Za-z0-9]+)\} \(/g;
  let out = tex;
  for (let found = sum.exec(out); found; found = sum.exec(out)) {
    const open = found.index + found[0].length - 1;
    const close = closingBracket(out, open);
    if (close < 0) continue;
    const [, index, lower, upper] = found;
    out = `${out.slice(0, found.index)}sum(${lower}, ${upper}, ${index}, ${out.slice(open + 1, close)})${out.slice(close + 1)}`;
    sum.lastIndex = found.index;
  }
  return out;
}

/**
 * −(1/N) Σ … body, with the minus where this author puts it: in front, in the
 * numerator of the mean, on the body inside the sums (`negatedBody`), or into the
 * log as a reciprocal (`reciprocalBody`, for forms that have one). Only
 * batch forms (`batch`) write a mean.
 */
export function signed(w: Writer, batch: boolean, sums: string, body: string, negatedBody: string, reciprocalBody?: string): string {
  const mean = batch ? w.mean() : '';
  // The mean written after the loss: one fraction over it, or divided at its end.
  const placement = w.style.meanPlacement.name;
  if (mean && !w.style.mean.signed && placement !== 'front') {
    const unscaled = signed({ ...w, mean: () => '' }, batch, sums, body, negatedBody, reciprocalBody);
    const bound = w.style.sampleIndex.bound;
    return placement === 'fraction over the sum' ? `\\frac{${unscaled}}{${bound}}` : `${w.paren(unscaled)} / ${bound}`;
  }
  const head = [mean, sums].filter(Boolean).join(' ');
  const summand = (tex: string) => (sums ? w.summand(tex) : tex);
  if (mean && w.style.mean.signed) return `${head} ${summand(body)}`;
  if (w.style.sign.name === 'inside' && sums) return `${head} ${summand(negatedBody)}`;
  if (w.style.sign.name === 'reciprocal' && sums && reciprocalBody) return `${head} ${summand(reciprocalBody)}`;
  return `${w.minus}${head} ${summand(body)}`;
}
