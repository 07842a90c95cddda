// Text rules for powers as plain text and code type them: Python's `a ** b` (its exponent a
// bracket or one operand, the complement 1 − y typed without brackets beside a complementary
// base), and an exponent letter with its index typed after it (`p_i^y_i`, `e^s_k`).
import { defineTextRule } from './registry';
import { closingBracket } from './text-scan';

/** The index of the `(` that opens the group `at` stands in, or -1 at the top level. */
function enclosingParenthesis(tex: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = tex[i];
    if (ch === ')' || ch === '}' || ch === ']') depth += 1;
    else if (ch === '(' || ch === '{' || ch === '[') {
      if (depth === 0) return ch === '(' && tex[i - 1] !== '\\' ? i : -1;
      depth -= 1;
    }
  }
  return -1;
}

/** The text with its bracketed groups taken out, innermost first. */
function topLevel(text: string): string {
  let out = text;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\([^(){}]*\)|\{[^(){}]*\}/g, '');
  }
  return out;
}

/** A braced group with one level of braces inside it ({\\mathrm{true},i}). */
const BRACED = String.raw`\{(?:[^{}]|\{[^{}]*\})*\}`;
/**
 * One operand typed after a power sign: a signed name, number or command (with its argument),
 * then its scripts and index brackets (t_{k}^{(i)}, t[i]); a name called on its argument
 * (I(y = k), \mathbb{1}\{y = k\}); or an Iverson bracket [y_i = k].
 */
const COMMAND = String.raw`\\[A-Za-z]+\s*(?:${BRACED})?`;
/** A square bracket with one level of brackets inside it ([c[i] = j]). */
const SQUARE = String.raw`\[(?:[^\][]|\[[^\][]*\])*\]`;
const CALLED = String.raw`(?:${COMMAND}|[A-Za-z]+)\((?:[^()]|\([^()]*\))*\)|(?:${COMMAND}|[A-Za-z0-9]+)\\\{(?:[^{}]|${BRACED})*?\\\}`;
const SCRIPTED = String.raw`(?:${COMMAND}|[A-Za-z0-9.]+)(?:[_^](?:${BRACED}|[A-Za-z0-9])|${SQUARE})*'?`;
const EXPONENT_TOKEN = new RegExp(String.raw`^(?:${SQUARE}|-?(?:${CALLED}|${SCRIPTED}))`);
/** A bracket opened plainly or sized (\left(, \bigl(). */
const SIZED_OPEN = /^\\(?:left|bigl|Bigl|big|Big)\s*\(/;
/** A base that is itself the complement (1 − …), its brackets plain, sized or doubled: the exponent 1 − y beside it is the complement too. */
const COMPLEMENT_BASE = /\((?:\s*\\(?:left|bigl|Bigl|big|Big)\s*\(|\s*\()?\s*1\s*-(?:[^()]|\([^()]*\))*\)(?:\s*\))?\s*$/;
/** `1 - t` typed as the exponent without its brackets, and what follows it. */
const COMPLEMENT_EXPONENT = /^1\s*-\s*/;

/**
 * Python's power `a ** b` is a^{b}: the exponent is the bracket after it, or one
 * operand (primed or not: t'). The complementary exponent may be typed without its brackets: `(1 - p) ** 1 - y`
 * after a base 1 − p, `q ** 1 - y` after a power p^{y} of the same label, and `((1 - p) ** 1 - y)`
 * when the power fills its own group, are the complementary power, as the likelihood beside them
 * says; elsewhere `u ** 1 - s` is u¹ − s.
 * `\\theta^{**}` and Markdown's `**bold**` have no operand on both sides and stay.
 */
export function pythonPowers(tex: string): string {
  let out = tex;
  for (let guard = 0; guard < 20; guard++) {
    const match = /(?<=[A-Za-z0-9)\]}][ \t]*)\*\*(?=[ \t]*[-A-Za-z0-9(\[\\])/.exec(out);
    if (!match) break;
    const start = match.index;
    let cursor = start + 2;
    while (out[cursor] === ' ' || out[cursor] === '\t') cursor += 1;
    let exponent: string | null = null;
    let end = cursor;
    const open = enclosingParenthesis(out, start);
    const close = open >= 0 ? closingBracket(out, open) : -1;
    const before = open >= 0 ? out.slice(open + 1, start) : '';
    const rest = close > cursor ? out.slice(cursor, close) : '';
    // The base alone from the group's opening (no sum or product beside it at the top level).
    const baseFills = open >= 0 && !/[-+*/=]/.test(topLevel(before).replace(/^\s*-/, ''));
    const complement = COMPLEMENT_EXPONENT.exec(out.slice(cursor));
    const complementToken = complement ? EXPONENT_TOKEN.exec(out.slice(cursor + complement[0].length)) : null;
    if (baseFills && /^\s*1\s*-\s*[A-Za-z][A-Za-z0-9]*(?:_(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$/.test(rest)) {
      exponent = rest.trim();
      end = close;
    } else if (complement && complementToken && (COMPLEMENT_BASE.test(out.slice(0, start)) || out.slice(0, start).includes(`^{${complementToken[0]}}`))) {
      end = cursor + complement[0].length + complementToken[0].length;
      exponent = out.slice(cursor, end);
    } else if (out[cursor] === '(' || SIZED_OPEN.test(out.slice(cursor))) {
      const opening = out.indexOf('(', cursor);
      const closing = closingBracket(out, opening);
      if (closing > opening) {
        exponent = out.slice(opening + 1, closing).replace(/\\(?:right|bigr|Bigr|big|Big)\s*$/, '').trim();
        end = closing + 1;
      }
    } else {
      const token = EXPONENT_TOKEN.exec(out.slice(cursor));
      if (token) {
        exponent = token[0];
        end = cursor + token[0].length;
      }
    }
    if (exponent === null) break;
    out = `${out.slice(0, start).replace(/[ \t]+$/, '')}^{${exponent}}${out.slice(end)}`;
  }
  return out;
}

/**
 * An exponent letter with an index typed after it, as text writes it: `p_i^y_i` (TeX would refuse a
 * double subscript) and `e^s_k` (Euler's e takes no index) are p_i^{y_i} and e^{s_k}.
 */
export function subscriptedExponents(tex: string): string {
  return tex.replace(
    /(_(?:\{[^{}]*\}|[A-Za-z0-9])\s*|(?<![\\A-Za-z])e\s*)\^\s*([A-Za-z])\s*_\s*(\{[^{}]*\}|[A-Za-z0-9])/g,
    (_m, base: string, letter: string, sub: string) => `${base.trimEnd()}^{${letter}_${sub}}`,
  );
}

defineTextRule({ name: 'python-powers', order: 27.4, apply: pythonPowers });
defineTextRule({ name: 'subscripted-exponents', order: 27.7, apply: subscriptedExponents });
