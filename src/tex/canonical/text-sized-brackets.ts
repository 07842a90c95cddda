// Text rule for sized brackets: \left( … \right), \bigl[ … \bigr], \Big\{ … \Big\} only size the
// bracket a reader sees, so the rules after this one (which look for a name before its `(`,
// a power after a `)`, a bracket after a log) see every bracket in one plain form.
import { defineTextRule } from './registry';
import { closingBrace } from './text-scan';

/** A sizing command and the delimiter it sizes. */
const SIZED = /\\(left|right|[bB]igg?[lrm]?)(?![A-Za-z])\s*(\\[{}|]|\\[A-Za-z]+|[()[\]./|<>])/g;

/** The delimiters that are brackets (a pair of them is a grouping, whatever its size). */
const BRACKETS = new Set(['(', ')', '[', ']', '\\{', '\\}', '\\lbrack', '\\rbrack', '\\lbrace', '\\rbrace']);

interface Sized {
  at: number;
  length: number;
  command: string;
  delimiter: string;
}

/**
 * The sizing commands dropped from brackets: a \left … \right pair whose two delimiters are
 * brackets loses both commands; \big( and its kin stand alone and lose theirs. A pair with an
 * empty or a bar side (\left\{ … \right., \left| … \right|) keeps its commands: there the
 * sizing is what pairs them.
 */
export function sizedBrackets(tex: string): string {
  if (!/\\(?:left|right|[bB]igg?[lrm]?)(?![A-Za-z])/.test(tex)) return tex;
  const found: Sized[] = [];
  for (const m of tex.matchAll(SIZED)) {
    found.push({ at: m.index, length: (m[0] as string).length, command: m[1] as string, delimiter: m[2] as string });
  }
  const strip = new Set<Sized>();
  const open: Sized[] = [];
  for (const sized of found) {
    if (sized.command === 'left') open.push(sized);
    else if (sized.command === 'right') {
      const left = open.pop();
      if (left && BRACKETS.has(left.delimiter) && BRACKETS.has(sized.delimiter)) {
        strip.add(left);
        strip.add(sized);
      }
    } else if (BRACKETS.has(sized.delimiter)) strip.add(sized);
  }
  let out = '';
  let from = 0;
  for (const sized of found) {
    if (!strip.has(sized)) continue;
    // A command-named delimiter keeps a space after it so it does not fuse with a letter.
    out += `${tex.slice(from, sized.at)}${sized.delimiter}${/^\\[A-Za-z]+$/.test(sized.delimiter) ? ' ' : ''}`;
    from = sized.at + sized.length;
  }
  return out + tex.slice(from);
}

defineTextRule({ name: 'sized-brackets', order: 9.65, apply: sizedBrackets });

/** The bracket depth a text leaves open: ( and [ up, ) and ] down (escaped ones and sized ones' commands aside). */
function bracketBalance(text: string): number {
  let depth = 0;
  for (const ch of text.replace(/\\[{}()[\]]/g, '')) depth += ch === '(' || ch === '[' ? 1 : ch === ')' || ch === ']' ? -1 : 0;
  return depth;
}

/**
 * `\sum_i {[{y_i}\log({h}(x_i)) + (1 - } {y_i})\log(1 - h(x_i))]`: an equation editor's braces (CodeCogs, MathType) that
 * group nothing a command takes and cut a bracket in two. TeX sets them as if they were not there, and so does a
 * reader: such a group, its brackets unbalanced, is opened. A command's argument or a script stays.
 */
export function bracketCuttingGroups(tex: string): string {
  if (!/\{[^{}]*[([)\]]/.test(tex)) return tex;
  let out = tex;
  for (let open = out.indexOf('{'), guard = 0; open >= 0 && guard < 200; open = out.indexOf('{', open + 1), guard++) {
    if (out[open - 1] === '\\') continue;
    const close = closingBrace(out, open);
    if (close < 0) break;
    const inner = out.slice(open + 1, close);
    // An argument: after a command's name, a script's mark, another argument or an optional one.
    if (bracketBalance(inner) === 0 || /(?:\\[A-Za-z]+|[_^}\]\\])$/.test(out.slice(0, open).trimEnd())) continue;
    out = `${out.slice(0, open)} ${inner} ${out.slice(close + 1)}`;
  }
  return out;
}

// Before the sized brackets are read (9.65), so a group's brackets pair with the ones outside it.
defineTextRule({ name: 'bracket-cutting-groups', order: 9.64, apply: bracketCuttingGroups });
