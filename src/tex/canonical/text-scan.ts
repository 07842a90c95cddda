// Shared by the text rules: where a bracket typed in TeX source closes.

/** The index of the bracket closing the `(`, `{` or `[` at `open` (escaped brackets skipped), or -1. */
export function closingBracket(tex: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < tex.length; i++) {
    const ch = tex[i] as string;
    if (ch === '\\') i += 1;
    else if (pairs[ch]) stack.push(pairs[ch] as string);
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/** Where the bracket that closes at `close` opened, or -1 (the mirror of closingBracket). */
export function openingBracket(tex: string, close: number): number {
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (let i = close; i >= 0; i--) {
    const ch = tex[i] as string;
    if (pairs[ch]) stack.push(pairs[ch] as string);
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    }
  }
  return -1;
}

/**
 * Where the TeX group opened by the brace at `open` closes, or −1. Only braces group in
 * TeX: a bracket inside (\large{(}, \bigl[) is a glyph, not a pair to match.
 */
export function closingBrace(tex: string, open: number): number {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') i += 1;
    else if (ch === '{') depth += 1;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * From `from`, where the text at that bracket depth ends: the first index, outside the brackets opened
 * after `from`, where `stops` holds, or the index of a bracket that closes one opened before `from`;
 * the text's length if neither (an escaped bracket, \{, is no bracket).
 */
export function groupEnd(tex: string, from: number, stops: (at: number) => boolean): number {
  let depth = 0;
  for (let at = from; at < tex.length; at++) {
    const ch = tex[at] as string;
    if (depth === 0 && stops(at)) return at;
    if (ch === '\\') at += 1;
    else if (ch === '(' || ch === '[' || ch === '{') depth += 1;
    else if ((ch === ')' || ch === ']' || ch === '}') && --depth < 0) return at;
  }
  return tex.length;
}

/**
 * Where the statement that starts at `from` ends: a row break, a semicolon or a line end outside
 * brackets (a call's arguments may go on over the next lines, and so may a line that ends on an
 * operator, `… -⏎ (1 - t) * …`), a bracket closing round it, or the text's end.
 */
export function statementEnd(math: string, from: number): number {
  const hanging = (at: number): boolean => {
    let before = at - 1;
    while (before >= from && /\s/.test(math[before] as string)) before -= 1;
    return before >= from && '-+*/='.includes(math[before] as string);
  };
  // C's style breaks before the operator instead: `loss += -t * log(p)⏎    - (1 - t) * log(1 - p);`.
  const leading = (at: number): boolean => /^\n[ \t]*[-+*/−][ \t(]/.test(math.slice(at, at + 40));
  return groupEnd(math, from, (at) => math[at] === ';' || (math[at] === '\n' && !hanging(at) && !leading(at)) || math.startsWith('\\\\', at));
}

/** The arguments of a call's bracket (its inside, brackets excluded) split at its top-level commas (or another separator). */
export function topLevelArguments(inner: string, separator = ','): string[] {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\') i += 1;
    else if (ch === '(' || ch === '{' || ch === '[') depth += 1;
    else if (ch === ')' || ch === '}' || ch === ']') depth -= 1;
    else if (ch === separator && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return args;
}

/**
 * Rewrites, from the left, each match of `start` (a global pattern ending at an opening
 * bracket) whose bracket closes: `write` gets the match and the bracket's inside and
 * returns what replaces the whole call, or null to leave it.
 */
export function rewriteCalls(tex: string, start: RegExp, write: (match: RegExpExecArray, inner: string) => string | null): string {
  return rewriteMatches(tex, start, (found, text) => {
    const open = found.index + found[0].length - 1;
    const close = closingBracket(text, open);
    const written = close > open ? write(found, text.slice(open + 1, close)) : null;
    return written === null ? null : { text: written, end: close + 1 };
  });
}

/**
 * Rewrites, from the left, each match of `start` (a global pattern): `write` gets the match and the whole text and
 * returns what replaces the text from the match's start to `end`, or null to leave it. After a rewrite the search
 * starts again where the match did, so that what was written is read too.
 */
export function rewriteMatches(tex: string, start: RegExp, write: (match: RegExpExecArray, text: string) => { text: string; end: number } | null): string {
  let out = tex;
  for (let from = 0, guard = 0; guard < 200; guard++) {
    start.lastIndex = from;
    const found = start.exec(out);
    if (!found) break;
    const written = write(found, out);
    // Text written as it was (max(p, eps) for max(p, eps)) is passed over, not read again.
    if (written === null || written.text === out.slice(found.index, written.end)) {
      from = found.index + Math.max(1, found[0].length);
      continue;
    }
    out = `${out.slice(0, found.index)}${written.text}${out.slice(written.end)}`;
    from = found.index;
  }
  return out;
}

/** Whether the text holds a TeX command (\\log, \\frac): TeX rather than code. */
export const holdsTexCommand = (tex: string): boolean => /\\[A-Za-z]/.test(tex);

/**
 * Where the value that ends at `at` starts, scanning left at its own depth: after an unclosed bracket, a comma, a
 * semicolon or a line's end, an assignment (`=`, R's `<-`), or `return`; else the text's start. A ternary's test and a
 * piped value start there.
 */
export function valueStart(tex: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = tex[i] as string;
    if (ch === ')' || ch === ']' || ch === '}') depth += 1;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (depth === 0) return i + 1;
      depth -= 1;
    } else if (depth > 0) continue;
    else if (ch === ';' || ch === ',' || ch === '\n' || (ch === '=' && !/[=!<>]/.test(tex[i - 1] ?? '') && tex[i + 1] !== '=')) return i + 1;
    else if (ch === '-' && tex[i - 1] === '<') return i + 1;
    else if (/(?<![A-Za-z_])return\s$/.test(tex.slice(Math.max(0, i - 7), i + 1))) return i + 1;
  }
  return 0;
}

/**
 * `if (test) A else B` as C, Java, JavaScript and R write a choice between statements or values (each branch in braces
 * or bare, a semicolon after it or none), and Python's `if test:⏎ A⏎ else:⏎ B` (one line each): the test and the two
 * branches, their braces and semicolons gone; else null.
 */
export function ifElse(code: string): { test: string; yes: string; no: string } | null {
  const python = /^\s*if\s+([^\n:]+?)\s*:\s*([^\n]+?)\s*\n\s*else\s*:\s*([^\n]+?)\s*$/.exec(code);
  if (python) return { test: python[1] as string, yes: python[2] as string, no: python[3] as string };
  const head = /^\s*if\s*\(/.exec(code);
  const close = head ? closingBracket(code, head[0].length - 1) : -1;
  if (!head || close < 0) return null;
  const elseAt = groupEnd(code, close + 1, (at) => code.startsWith('else', at) && !/\w/.test(code[at - 1] ?? '') && !/\w/.test(code[at + 4] ?? ''));
  if (!code.startsWith('else', elseAt)) return null;
  const branch = (text: string): string => {
    const bare = text.trim().replace(/;$/, '').trim();
    const braced = /^\{([\s\S]*)\}$/.exec(bare);
    return (braced ? (braced[1] as string) : bare).trim().replace(/;$/, '').trim();
  };
  const [yes, no] = [branch(code.slice(close + 1, elseAt)), branch(code.slice(elseAt + 4))];
  return yes && no ? { test: code.slice(head[0].length, close).trim(), yes, no } : null;
}

/**
 * A function's body as code writes it after its parameters: an expression (`return` and a semicolon round it go), or a
 * block in braces, whose value blockValue reads; null for a block of other statements.
 */
export function functionBody(body: string): string | null {
  const trimmed = body.trim().replace(/;$/, '').trim();
  const braced = trimmed.startsWith('{') && closingBracket(trimmed, 0) === trimmed.length - 1;
  return braced ? blockValue(trimmed.slice(1, -1).trim()) : trimmed.replace(/^return\s+/, '');
}

/**
 * A block's value: `const o = clip(y); return s + log(o)` (JavaScript) or `let d: T = 1e-7; acc + (y + d).ln()` (Rust)
 * is its last expression (after `return`), each binding before it put in place in brackets; null for a block with
 * any other statement.
 */
export function blockValue(block: string): string | null {
  const statements = topLevelArguments(block, ';').filter((statement) => statement !== '');
  const last = statements.at(-1) ?? '';
  // R's return is a call: return(x) hands back what its bracket holds.
  const call = /^return\s*\(/.exec(last);
  const value = call && closingBracket(last, call[0].length - 1) === last.length - 1 ? last.slice(call[0].length, -1) : last.replace(/^return\s+/, '');
  const bindings = statements.slice(0, -1).map((statement) => /^(?:const|let|var)\s+(?:mut\s+)?([A-Za-z_$][\w$]*)\s*(?::\s*[\w<>:]+\s*)?=\s*([^]+)$/.exec(statement));
  if (value === '' || bindings.some((binding) => binding === null)) return null;
  return (bindings as RegExpExecArray[]).reduceRight(
    (expression, [, name, bound]) => expression.replace(new RegExp(String.raw`(?<![\w$.])${(name as string).replace(/\$/g, '\\$')}(?![\w$])`, 'g'), `(${bound as string})`),
    value,
  );
}
