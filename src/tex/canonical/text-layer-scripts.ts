// Text rule for superscripts that stack labels rather than raise a power, as course
// notes on neural networks write them: a^{[L](i)} is layer L's activation for sample i,
// and W^{[l]\{t\}} layer l's weights on minibatch t. Read as written, [L](i) looks like a
// call L(i) raised over a, and the log laws would take it for an exponent. Each label
// becomes a superscript of its own (a^{[L]}{}^{(i)}), which the tree reads as names and
// sample indices, never as a power. A power typed on such a label (ŷ^{(i)^{y^{(i)}}})
// is moved onto the labelled value.
import { defineTextRule } from './registry';
import { closingBrace, openingBracket } from './text-scan';

/** One bracketed label: [l], (i), \{t\}, with no nested braces inside. */
const LABEL = String.raw`(?:\[[^\[\]{}]*\]|\([^(){}]*\)|\\\{[^{}]*?\\\})`;
const STACKED = new RegExp(String.raw`\^\{\s*((?:${LABEL}\s*){2,})\}`, 'g');
const ONE_LABEL = new RegExp(LABEL, 'g');

/** x^{[l](i)} → x^{[l]}{}^{(i)}: two or more bracketed labels in one superscript, one each. */
export function stackedLabelSuperscripts(tex: string): string {
  if (!tex.includes('^{')) return tex;
  return tex.replace(STACKED, (_all, labels: string) => (labels.match(ONE_LABEL) ?? []).map((label, at) => `${at === 0 ? '' : '{}'}^{${label}}`).join(''));
}

/** Where the base a superscript at `caret` raises starts: a letter, or a command with its braced argument (\\hat{y}). */
function baseStart(tex: string, caret: number): number {
  let start = caret;
  if (tex[start - 1] === '}') {
    start = openingBracket(tex, start - 1);
    if (start < 0) return -1;
  } else if (/[A-Za-z]/.test(tex[start - 1] ?? '')) return start - 1;
  else return -1;
  const command = /\\[A-Za-z]+\s*$/.exec(tex.slice(0, start));
  return command ? start - command[0].length : start;
}

/**
 * ŷ^{(i)^{y^{(i)}}}: a power typed on a sample's label, as notes write a Bernoulli likelihood
 * per sample. The label names the sample; the power is on the labelled value,
 * {ŷ^{(i)}}^{y^{(i)}}.
 */
export function powerOnSampleLabel(tex: string): string {
  let out = tex;
  for (let pass = 0; pass < 8; pass++) {
    const match = /\^\{\s*(\([a-z]\))\s*\^\s*\{/.exec(out);
    if (!match) break;
    const outer = match.index + 1;
    const innerOpen = match.index + match[0].length - 1;
    const innerClose = closingBrace(out, innerOpen);
    const outerClose = closingBrace(out, outer);
    const start = baseStart(out, match.index);
    if (innerClose < 0 || outerClose !== innerClose + 1 + (/^\s*/.exec(out.slice(innerClose + 1))?.[0].length ?? 0) || start < 0) break;
    const base = out.slice(start, match.index);
    out = `${out.slice(0, start)}{${base}^{${match[1]}}}^{${out.slice(innerOpen + 1, innerClose)}}${out.slice(outerClose + 1)}`;
  }
  return powerAfterSampleLabel(out);
}

/**
 * ŷ^{(i)\, y^{(i)}} and ŷ^{(i) y^{(i)}_1}_1: the power typed after the label in the same superscript (a
 * subscript after it names the class): {ŷ_1^{(i)}}^{y^{(i)}_1}, the labelled value raised.
 */
function powerAfterSampleLabel(tex: string): string {
  let out = tex;
  for (let pass = 0; pass < 8; pass++) {
    const match = /\^\{\s*(\([a-z]\))(?:\s|\\[,;:! ])*(?=[^\s}^_\\]|\\[A-Za-z])/.exec(out);
    if (!match) break;
    const outer = match.index + 1;
    const outerClose = closingBrace(out, outer);
    const start = baseStart(out, match.index);
    if (outerClose < 0 || start < 0) break;
    const power = out.slice(match.index + match[0].length, outerClose).trim();
    const after = /^_(\{[^{}]*\}|[A-Za-z0-9])/.exec(out.slice(outerClose + 1));
    const base = `${out.slice(start, match.index)}${after ? `_${after[1]}` : ''}`;
    out = `${out.slice(0, start)}{${base}^{${match[1]}}}^{${power}}${out.slice(outerClose + 1 + (after?.[0].length ?? 0))}`;
  }
  return out;
}

/**
 * p^y_i beside (1 − p)^{1 − y_i}: TeX hangs the _i under the base (p_i^y), but the author means
 * the label y_i as the exponent, which the formula writes elsewhere as y_i. Only a one-letter
 * superscript whose letter carries that subscript somewhere else is taken so.
 */
export function subscriptOfTheExponent(tex: string): string {
  if (!tex.includes('^')) return tex;
  // Not on a big operator (\sum^m_{i=1} writes its limits in either order).
  return tex.replace(/(?<!\\(?:sum|prod|int|oint|bigcup|bigcap|coprod|lim)\s*)\^([A-Za-z])_(\{[^{}]*\}|[A-Za-z0-9])/g, (whole, letter: string, sub: string) => {
    const label = `${letter}_${sub}`;
    // The label written on its own somewhere, not itself raised (y^L_i twice is a layer's name twice).
    const onItsOwn = new RegExp(String.raw`(?<![\^\\A-Za-z])${letter}_${sub.replace(/[{}]/g, (b) => `\\${b}`)}`).test(tex);
    return onItsOwn ? `^{${label}}` : whole;
  });
}

/**
 * y(i) beside y^{(i)}: where a letter carries a sample's label as a superscript, the same letter
 * called with that index, its caret lost (as Markdown can eat it), is the same labelled symbol.
 * Only a lone letter's call: h(x^{(i)}) takes an argument.
 */
export function labelsWithoutCaret(tex: string): string {
  let out = tex;
  for (const [, letter, index] of tex.matchAll(/(?<![\\A-Za-z])([A-Za-z])\^\{\s*\(\s*([a-z])\s*\)\s*\}/g)) {
    out = out.replace(new RegExp(String.raw`(?<![\\A-Za-z])${letter}\(\s*${index}\s*\)`, 'g'), `${letter}^{(${index})}`);
  }
  return out;
}

/**
 * \hat{p^{(i)}} is \hat{p}^{(i)}: the accent marks the letter as an estimate, and the sample's label above it belongs to
 * the symbol, as \hat{y_i} is \hat{y}_i (a power under the accent, \hat{p^2}, stays).
 */
export function labelsUnderAccents(tex: string): string {
  return tex.replace(new RegExp(String.raw`\\(hat|widehat|tilde|widetilde|bar)\s*\{\s*([A-Za-z]|\\[A-Za-z]+)\s*\^\s*\{\s*(${LABEL})\s*\}\s*\}`, 'g'), '\\$1{$2}^{$3}');
}

defineTextRule({ name: 'stacked-label-superscripts', order: 28, apply: stackedLabelSuperscripts });
// Before stacked-label-superscripts (28) reads the labels.
defineTextRule({ name: 'labels-under-accents', order: 27.95, apply: labelsUnderAccents });
defineTextRule({ name: 'labels-without-caret', order: 28.1, apply: labelsWithoutCaret });
defineTextRule({ name: 'subscript-of-the-exponent', order: 27.8, apply: subscriptOfTheExponent });
defineTextRule({ name: 'power-on-sample-label', order: 27.9, apply: powerOnSampleLabel });
