// Text rules for presentation an author adds around a formula and for ranges typed
// under a big operator: colour markup (\color{red} switches, \textcolor{red}{x}) says
// nothing about the math; a range written as a double inequality (1 \le i \le N,
// 0 \leq k < K) or with two dots (i=1..N) runs the index between the two values like
// _{i=1}^{N}; an exponent letter followed by a subscript (e^s_k) is the subscripted
// letter raised (e^{s_k}), as a softmax denominator means it.
import { defineTextRule } from './registry';

/** The index just past the brace that closes the group opened at `open`, or -1. */
function groupEnd(tex: string, open: number): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    if (tex[i] === '\\') { i++; continue; }
    if (tex[i] === '{') depth++;
    else if (tex[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

const COLOUR_SWITCH = /\\color\s*\{[A-Za-z0-9!.,#\s-]*\}\s*/y;

/**
 * \color{red} switches dropped, \textcolor{red}{x} and \colorbox{red}{x} are {x}; a group that only
 * held the switch ({\color{red}\log}) loses its braces too, unless a script follows it.
 */
export function colourMarkup(tex: string): string {
  let out = tex.replace(/\\(?:textcolor|colorbox)\s*\{[A-Za-z0-9!.,#\s-]*\}\s*\{/g, '{');
  for (let guard = 0; guard < 200; guard++) {
    const at = out.search(/\\color\s*\{/);
    if (at < 0) break;
    COLOUR_SWITCH.lastIndex = at;
    const length = COLOUR_SWITCH.exec(out)?.[0].length ?? 6;
    const opensGroup = out.slice(0, at).trimEnd().endsWith('{');
    const open = out.slice(0, at).lastIndexOf('{');
    const end = opensGroup ? groupEnd(out, open) : -1;
    if (end > 0 && !/^\s*[_^]/.test(out.slice(end))) {
      out = `${out.slice(0, open)} ${out.slice(at + length, end - 1)} ${out.slice(end)}`;
    } else {
      out = out.slice(0, at) + out.slice(at + length);
    }
  }
  return out;
}

const BELOW = String.raw`(?:\\leq?|\\leqslant|<|≤|<=)`;
const LIMIT = String.raw`[A-Za-z0-9]{1,3}|\\[A-Za-z]+|\|[^|]{1,20}\||\\lvert.{1,20}?\\rvert`;
/** \sum, \prod, \mathop{\sum}, with \limits or \nolimits after them. */
const OPERATOR = String.raw`(?:\\(?:sum|prod)|\\mathop\s*\{\s*\\(?:sum|prod)\s*\})(?:\\limits|\\nolimits)?\s*`;
const DOUBLE_INEQUALITY = new RegExp(
  String.raw`(${OPERATOR})_\s*\{\s*(\d+)\s*(${BELOW})\s*([A-Za-z])\s*(${BELOW})\s*(${LIMIT})\s*\}(?!\s*\^)`,
  'g',
);

/** \sum_{1 \le i \le N} → \sum_{i=1}^{N}; a strict upper bound (i < N) ends one before it. */
export function doubleInequalityRange(tex: string): string {
  return tex.replace(DOUBLE_INEQUALITY, (_m, op: string, start: string, lowerOp: string, index: string, upperOp: string, end: string) => {
    const first = /</.test(lowerOp) && !/=|le/.test(lowerOp) ? String(Number(start) + 1) : start;
    const last = upperOp === '<' ? `${end}-1` : end;
    return `${op}_{${index}=${first}}^{${last}}`;
  });
}

/** \sum_{i=1..N} → \sum_{i=1}^{N}: two typed dots between the start and the last value. */
export function twoDotRange(tex: string): string {
  return tex.replace(
    new RegExp(String.raw`(${OPERATOR})_\s*\{\s*([A-Za-z])\s*=\s*([A-Za-z0-9]{1,3})\s*\.\.\.?\s*([A-Za-z0-9]{1,3}|\|[^|]{1,20}\|)\s*\}(?!\s*\^)`, 'g'),
    (_m, op: string, index: string, start: string, end: string) => `${op}_{${index}=${start}}^{${end}}`,
  );
}

/** e^s_k → e^{s_k}: a bare exponent letter with a subscript after it is the indexed letter raised. */
export function subscriptedExponent(tex: string): string {
  return tex.replace(/(^|[^A-Za-z\\])e\s*\^\s*([A-Za-z])\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])/g, (_m, before: string, letter: string, sub: string) => `${before}e^{${letter}_${sub}}`);
}

defineTextRule({ name: 'colour-markup', order: 16.5, apply: colourMarkup });
defineTextRule({ name: 'double-inequality-range', order: 52, apply: doubleInequalityRange });
defineTextRule({ name: 'two-dot-range', order: 52.5, apply: twoDotRange });
defineTextRule({ name: 'subscripted-exponent', order: 53, apply: subscriptedExponent });
