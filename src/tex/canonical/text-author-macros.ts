// Text rule for the macros an author defines in a page's preamble and the formula does
// not carry: `\red{g}`, `\blu{y}` (colours), `\prob{E}`, `\norm{w}`, `\vb{x}`. The reader
// of the page sees the argument, painted or dressed; KaTeX, which has no definition,
// refuses the whole formula. A command that neither KaTeX nor this project reads, applied
// to a braced argument, is therefore taken as its argument. Commands with no argument
// (`\rgi`, one author's ĝ_i) stay: they read as opaque symbols.
import { FUNCTION_WORDS } from '../atoms';
import { leniencyReads } from '../lenient';
import { parseWithKatex } from '../parse';
import { defineTextRule } from './registry';
import { closingBrace } from './text-scan';

/** Answers kept per command name (a page names few; the cap bounds a hostile one). */
const KNOWN_KEPT = 500;
const katexKnows = new Map<string, boolean>();

/** Whether KaTeX defines `\name` (asked once per name: an undefined one is refused as such). */
function definedByKatex(name: string): boolean {
  let known = katexKnows.get(name);
  if (known === undefined) {
    const parsed = parseWithKatex(`\\${name}{x}{x}`);
    known = parsed.ok || !/Undefined control sequence/i.test(parsed.message);
    if (katexKnows.size >= KNOWN_KEPT) katexKnows.clear();
    katexKnows.set(name, known);
  }
  return known;
}

/** Whether `\name{…}` is an author's macro: no reader here knows the command. */
export function isAuthorMacro(name: string): boolean {
  return !FUNCTION_WORDS.has(name) && !leniencyReads(name) && !definedByKatex(name);
}

/** Operators alone, as a macro may paint them (`\pur{\sum_{i=1}^n \log}`): they must reach what follows. */
const OPERATORS_ONLY = /^(?:\s*(?:\\(?:sum|prod)(?:\s*_\s*(?:\{[^{}]*\}|\w))?(?:\s*\^\s*(?:\{[^{}]*\}|\w))?|\\(?:log|ln|exp)\b))+\s*$/;

/**
 * `\red{g}^{\blu{y}}` → `{g}^{{y}}`: each author's macro before a braced argument leaves the
 * argument; an argument of operators only leaves them bare, so that they take their operand.
 */
export function authorMacros(tex: string): string {
  if (!/\\[A-Za-z]+\s*\{/.test(tex)) return tex;
  // A macro defined in the formula itself (\def, \newcommand) is KaTeX's to expand.
  if (/\\(?:def|newcommand|renewcommand|DeclareMathOperator)\b/.test(tex)) return tex;
  let out = '';
  let index = 0;
  const pattern = /\\([A-Za-z]+)\s*\{/g;
  for (let match = pattern.exec(tex); match; match = pattern.exec(tex)) {
    if (!isAuthorMacro(match[1] as string)) continue;
    const open = match.index + match[0].length - 1;
    const close = closingBrace(tex, open);
    if (close < 0) continue;
    const body = tex.slice(open + 1, close);
    const bare = OPERATORS_ONLY.test(body);
    out += tex.slice(index, match.index) + (bare ? ` ${body} ` : '{');
    index = bare ? close + 1 : open + 1;
    pattern.lastIndex = index;
  }
  return out + tex.slice(index);
}

// Late: the rules before it turn the macros they know (\E, \Ex, \argmax, \smashoperator…) into TeX.
defineTextRule({ name: 'author-macros', order: 60, apply: authorMacros });
