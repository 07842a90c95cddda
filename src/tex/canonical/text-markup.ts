// Text rules for what pages wrap formulas in: Markdown's escapes, equation labels,
// LaTeX environments, wikitext indentation (the prose typed after a formula, its number
// included, is in text-captions.ts).
import { defineTextRule } from './registry';
import { outsideText } from './text-operator-words';
import { closingBrace, closingBracket } from './text-scan';

/** Markdown source where every command has two backslashes (\\sum, \\log): only when no command has one, so \\ row breaks elsewhere stay. */
export function singleBackslashes(tex: string): string {
  const crlf = tex.replace(/\r\n?/g, '\n');
  if (/\\\\[A-Za-z]/.test(crlf) && !/(?<!\\)\\[A-Za-z]/.test(crlf)) return crlf.replace(/\\\\/g, '\\');
  return crlf;
}

/**
 * Markdown escapes (kramdown, RST): \_, \* and \- as written in the source; braces escaped
 * twice, \\{ … \\} (Jekyll), when both come as a pair: a row break is never followed by a brace;
 * and square brackets escaped as a pair inside a formula, - \[ y log p + … \], or the opening alone
 * where the stars are escaped too (- \[ y \* log(p) … ]): display delimiters never nest in math (the
 * outer ones are gone by now), and a row break's spacing (\\[2pt]) has two backslashes.
 */
export function markdownEscapes(tex: string): string {
  // Not the second backslash of a row break: \\-\log … starts a row with a minus. Right after a minus, \- is TeX's
  // discretionary hyphen, which prints nothing (−\-(…) is one minus), not a second minus escaped.
  // \\! and \\, typed with the backslash doubled, as Markdown escapes it once: the spacing command, not a row break.
  const unescaped = tex.replace(/(?<!\\)\\\\(?=[!,;:])/g, '\\').replace(/(?<=[-−]\s*)\\-/g, '').replace(/(?<!\\)\\_/g, '_').replace(/(?<!\\)\\\*/g, '*').replace(/(?<!\\)\\-/g, '-');
  const braces = /\\\\\{[^]*\\\\\}/.test(unescaped) ? unescaped.replace(/\\\\([{}])/g, '\\$1') : unescaped;
  // The pair, or an opening with a bare `]` closing it in a text that escaped its stars or underscores too.
  const bracketsEscaped = ESCAPED_OPEN.test(braces) && (ESCAPED_CLOSE.test(braces) || (unescaped !== tex && /\\\[[^]*\]/.test(braces)));
  // \_\{i=1\}^\{N\}: a script's group, its braces escaped (a literal brace as a script's whole argument means nothing).
  const scripts = braces.replace(/([_^])\s*\\\{((?:[^{}\\]|\\[A-Za-z]+\s*)*?)\\\}/g, '$1{$2}');
  return bracketsEscaped ? scripts.replace(/(^|[^\\])\\([[\]])/g, '$1$2') : scripts;
}

const ESCAPED_OPEN = /(?:^|[^\\])\\\[/;
const ESCAPED_CLOSE = /(?:^|[^\\])\\\]/;

/**
 * A lone backslash before a newline is a row break whose second backslash Markdown ate
 * (and a third after a row break, `\\\`, is the same break typed for both readers);
 * at the very end it is dropped. Where the newlines are gone too (MathJax 4's data-latex
 * collapses whitespace), the same backslash is left as a control space before the next
 * row's alignment tab (`&\ &= …`): a control space there spaces nothing, so it is read
 * as the row break it was.
 */
export function loneBackslashRows(tex: string): string {
  return tex
    // `\\\` before a newline: a row break and the lone backslash Markdown users add for it, one break.
    .replace(/(?<!\\)\\\\\\[ \t]*(?=\n)/g, '\\\\')
    .replace(/(^|[^\\])\\[ \t]*(?=\n)/g, '$1\\\\')
    .replace(/(^|[^\\])\\ (?=[ \t]*&)/g, '$1\\\\ ')
    .replace(/(^|[^\\])\\[ \t]*$/, '$1');
}

/** Commands that only number or label a display and say nothing about its content. */
const LABEL_COMMANDS = /\\(?:tag\*?|label|eqref|ref)\s*\{/g;

/** Removes `\cmd{…}` with balanced braces; braces left open are cut to the end. */
function removeBracedCommand(tex: string, pattern: RegExp): string {
  let out = '';
  let index = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(tex); match; match = pattern.exec(tex)) {
    out += tex.slice(index, match.index);
    let depth = 1;
    let cursor = match.index + match[0].length;
    while (cursor < tex.length && depth > 0) {
      const ch = tex[cursor];
      if (ch === '\\') cursor += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}') depth -= 1;
      cursor += 1;
    }
    index = cursor;
    pattern.lastIndex = cursor;
  }
  return out + tex.slice(index);
}

/** \tag{…}, \label{…}, \eqref{…}, \nonumber: numbering, not content. */
export function equationLabels(tex: string): string {
  return removeBracedCommand(tex, LABEL_COMMANDS).replace(/\\(?:nonumber|notag)\b/g, '');
}

/**
 * x{^T_i} is x^T_i. w{'}_{c}^{T} and w'_{c}^{T}: a prime is a superscript, so TeX refuses a second one after the
 * subscript (a double superscript); the reader sets w′ with c below and T above. The prime
 * unbraced and the superscript before the subscript say the same in a form TeX takes.
 */
export function primedScripts(tex: string): string {
  return tex
    .replace(/([A-Za-z}])\{\s*('+)\s*\}/g, '$1$2')
    // x{^T_i}: the scripts braced apart from their letter, set on it all the same.
    .replace(/([A-Za-z])\{((?:[\^_](?:\{[^{}]*\}|\\?[A-Za-z0-9]+)\s*)+)\}/g, '$1$2')
    .replace(/([A-Za-z}]'+)(_(?:\{[^{}]*\}|[A-Za-z0-9]))(\^(?:\{[^{}]*\}|[A-Za-z0-9]))/g, '$1$3$2');
}

/** Plain TeX's font switches inside a group, {\rm log}, {\bf y}, {\it p}: the LaTeX command for the same font. */
export function fontSwitches(tex: string): string {
  const commands: Record<string, string> = { rm: 'mathrm', bf: 'mathbf', it: 'mathit', sf: 'mathsf', tt: 'mathtt', cal: 'mathcal' };
  return tex.replace(/\{\s*\\(rm|bf|it|sf|tt|cal)\s+([^{}]*?)\s*\}/g, (_m, font: string, body: string) => `\\${commands[font] ?? 'mathrm'}{${body}}`);
}

/** Environments whose rows are equation rows (rewritten to `aligned`) or plain wrappers (dropped). */
const ROW_ENVIRONMENTS = /\\(begin|end)\{(?:align|alignat|eqnarray|split|flalign|gather|multline)\*?\}(?:\{\d+\})?/g;
const WRAPPER_ENVIRONMENTS = /\\(?:begin|end)\{(?:equation|displaymath|math)\*?\}/g;

export function environments(tex: string): string {
  return tex.replace(ROW_ENVIRONMENTS, (_m, which: string) => `\\${which}{aligned}`).replace(WRAPPER_ENVIRONMENTS, '');
}

/**
 * A formula handed over with its math delimiters still round it, $…$, $$…$$, \\(…\\),
 * \\[…\\] or a ```math fence (copied from a Markdown source or a page's text), perhaps with the sentence's stop
 * after them: the delimiters go. Only a pair
 * round the whole text, with no other of its kind inside ($a$ and $b$ stays two) unless it is itself
 * a pair round the whole rest.
 */
export function outerMathDelimiters(tex: string): string {
  // The sentence's stop after the closing delimiter (\( … \).) goes with it.
  const trimmed = tex.trim().replace(/(\$|\\\)|\\\])\s*[.,;:]$/, '$1');
  // GitHub's and GitLab's fenced display, ```math … ```, is a pair too.
  const match = /^\$\$([\s\S]+)\$\$$/.exec(trimmed) ?? /^\$([^$]+)\$$/.exec(trimmed) ?? /^\\\(([\s\S]+)\\\)$/.exec(trimmed) ?? /^\\\[([\s\S]+)\\\]$/.exec(trimmed) ?? /^(?:```|~~~)\s*math[ \t]*\n([\s\S]+?)\n[ \t]*(?:```|~~~)$/.exec(trimmed);
  const body = match?.[1];
  if (body === undefined) return tex;
  // Two pairs one inside the other ($\[ … \]$, as a Markdown source wraps a LaTeX display): both go.
  const inner = outerMathDelimiters(body);
  if (inner !== body) return inner;
  if (/\$\$|\\[()[\]]/.test(body)) return tex;
  return body;
}

/**
 * (P(y|x) = h(x)^y (1 − h(x))^{1−y}): an equation set in round brackets as an aside in prose.
 * The brackets go when they close at the very end (or before the sentence's stop) and hold a relation
 * of their own at their top level.
 */
export function bracketedEquation(tex: string): string {
  const trimmed = tex.trim().replace(/\)\s*[.,;:]$/, ')');
  if (!trimmed.startsWith('(') || !trimmed.endsWith(')')) return tex;
  let depth = 0;
  let relation = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '(' || ch === '{' || ch === '[') depth += 1;
    else if (ch === ')' || ch === '}' || ch === ']') {
      depth -= 1;
      // The first bracket closes before the end: (a) = (b), not one aside.
      if (depth === 0 && i < trimmed.length - 1) return tex;
    } else if (ch === '=' && depth === 1) relation = true;
  }
  return relation ? trimmed.slice(1, -1) : tex;
}

/**
 * `\left(\right. x \left.\right)`: a bracket converted from MathML one delimiter at a time (each
 * `<mo>` its own sized pair with an empty side), as MathML-to-TeX converters write it: the bracket itself.
 * And `\left\{ a - \right. \\ & \left. b \right\}`: one bracket broken over two rows, closed and
 * reopened empty at the break, is one bracket on one line.
 */
export function splitSizedBrackets(tex: string): string {
  return tex
    .replace(/\\right\s*\.\s*\\\\(?:\[[^\]]*\])?\s*&?\s*\\left\s*\./g, ' ')
    .replace(/\\left\s*(\(|\[|\\\{|\\lbrace|\\langle)\s*\\right\s*\./g, (_m, open: string) => open)
    .replace(/\\left\s*\.\s*\\right\s*(\)|\]|\\\}|\\rbrace|\\rangle)/g, (_m, close: string) => close);
}

/** A group in braces, two levels deep: the math inside a text may carry scripts (`$y^{(i)}=1$`). */
const BRACED = String.raw`\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}`;
const TEXT_WITH_MATH = new RegExp(String.raw`\\(text|textrm|mbox)\s*\{((?:[^{}$]|${BRACED})*\$(?:[^{}$]|${BRACED})+\$(?:[^{}]|${BRACED})*)\}`, 'g');

/** `\text{if $y$ = 1}`: math set inside a text's words (allowed in LaTeX's \text) is math: the text closes round it. */
export function mathInsideText(tex: string): string {
  return tex.replace(TEXT_WITH_MATH, (_m, command: string, body: string) =>
    body.split(/\$([^$]+)\$/).map((part, i) => (i % 2 === 1 ? ` ${part} ` : part.trim() === '' ? '' : `\\${command}{${part}}`)).join(''));
}

/**
 * `# P(y = 1) = p̂ #`, and `# ` before every line: the comment markers a notebook's source
 * (jupytext, a script's Markdown cells) leaves round its math; so does code commenting out a
 * line of code (`#return …`, `// -t * ln(o) - …`, MATLAB's `% ce = …` and `%J = …`), and a docstring's quotes. A bare # is never math
 * in TeX (\# is the character), nor a % that starts a TeX formula (TeX would drop the line): only code's assignment.
 */
export function commentMarkers(tex: string): string {
  // A docstring's quotes round the whole formula ("""Entropy: -Σ p log p""").
  const docstring = /^\s*("""|''')([^]*?)\1\s*$/.exec(tex);
  if (docstring) return commentMarkers(docstring[2] as string);
  const lines = tex.split('\n');
  const written = lines.filter((line) => line.trim() !== '');
  const everyLine = written.length > 0 && written.every((line) => /^\s*#+(?:[ \t]|$)/.test(line));
  const unprefixed = everyLine
    ? lines.map((line) => line.replace(/^\s*#+[ \t]?/, '')).join('\n')
    : tex.replace(/^\s*(?:#+|\/\/+|%+)[ \t]+/, '').replace(/^\s*(?:#|%|\/\/)(?=return\b|[A-Za-z_][\w.]*\s*[-+*/]?=(?!=))/, '');
  return unprefixed.replace(/(?<=\S)[ \t]+#+\s*$/, '');
}

/** Wikitext indentation (":P(x) = …") and a leading control space ("\ E = …"). */
export function leadingMarks(tex: string): string {
  return tex.replace(/^\s*:(?!=)/, '').replace(/^\s*\\ /, '').trim();
}

/** The `[ … ]` groups the whole text is made of (each balanced, spaces inside its brackets), or null. */
function bracketGroups(tex: string): string[] | null {
  const groups: string[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i] as string;
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (depth === 0 && /\s/.test(ch)) continue;
    if (depth === 0 && ch !== '[') return null;
    if (ch === '[' || ch === '{' || ch === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === ']' || ch === '}' || ch === ')') {
      depth -= 1;
      if (depth < 0) return null;
      if (depth === 0) {
        if (ch !== ']') return null;
        groups.push(tex.slice(start, i + 1));
      }
    }
  }
  return depth === 0 && groups.length > 0 ? groups : null;
}

/** What may follow an equation and is no part of it: \\tag{3}, \\quad (1), \\quad \\text{(BCE)}, a period or comma. */
const AFTER_EQUATION = /(?:\s*(?:\\tag\*?\s*\{[^{}]*\}|\\q?quad\s*(?:\\text\s*\{[^{}]*\}|\(\s*[\w.-]+\s*\))|[.,;]))+\s*$/;

/**
 * `[ L = -\sum … ]`: display brackets \[ \] whose backslashes Markdown ate. Each such
 * group holds an equation (a relation inside, and spaces inside its brackets or a sum, a
 * product, a log or a fraction) and is one formula; a bracketed vector or interval ([0, 1, 0],
 * [a, b]) or an Iverson bracket ([y = 1]) is not one.
 */
export function lostDisplayBrackets(tex: string): string {
  // A style switch before them, and a number, a label or punctuation after them, belong to no group.
  const core = tex.replace(/^\s*\\(?:displaystyle|textstyle)(?![A-Za-z])/, '').replace(AFTER_EQUATION, '');
  const groups = bracketGroups(core);
  // Spaces inside, or a big operator or a log: an Iverson bracket ([y = 1]) is neither.
  if (!groups || !groups.every((g) => (/^\[\s[\s\S]*\s\]$/.test(g) || /\\(?:sum|prod|log|ln|frac)(?![A-Za-z])/.test(g)) && /=|\\approx/.test(g))) return tex;
  return groups.map((g) => g.slice(1, -1).trim()).join(' \\\\ ');
}

/**
 * Subscripts Markdown turned into emphasis: with `_` taken as an emphasis marker the
 * source shows `*` where `_` was (`\\sum*{i=1}`, `∑*{i=1}`, `\\sum\\limits*{i=1}`, `\\hat{y}*{i, y_i}`). A `*` glued
 * between a name or a big operator and a brace group is that subscript; `a * {b}` with
 * spaces stays a product, and starred commands (`\\operatorname*{…}`, `\\tag*{…}`) stay.
 */
export function emphasisSubscripts(tex: string): string {
  return tex.replace(/(\\(?:sum|prod|int|max|min|sup|inf|lim|argmax|argmin)(?:\s*\\(?:no)?limits)?|[∑∏]|(?<!\\[A-Za-z]*)[A-Za-z0-9}])\*(?=\{)/g, '$1_');
}

/** Three periods typed for an ellipsis (e^{x_1} + ... + e^{x_n}) are \\dots; a repeating decimal (0.333...) keeps them. */
export function typedEllipsis(tex: string): string {
  return tex.replace(/(^|[^\d.])\.{3,}(?!\d)/g, '$1\\dots ');
}

/** Words only: \text{…} (and its kin) with spacing and punctuation around them. */
function isProseOnly(tex: string): boolean {
  const words = tex.replace(/\\(?:text[a-z]*|mbox)\s*\{(?:[^{}]|\{[^{}]*\})*\}/g, '');
  return words !== tex && /^(?:\s|[.,;:!~]|\\[,;:! ]|\\q?quad\b)*$/.test(words);
}

/** The braced group starting at `at` (after spaces): its body and where it ends, or null. */
function bracedGroup(tex: string, at: number): { body: string; end: number } | null {
  const open = tex.slice(at).search(/\S/) + at;
  if (tex[open] !== '{') return null;
  const close = closingBrace(tex, open);
  return close < 0 ? null : { body: tex.slice(open + 1, close), end: close + 1 };
}

/**
 * Notes written on a formula: \underbrace{X}_{note}, \overbrace{X}^{note}, and
 * \underset{\text{note}}{X} (or any note over an under- or overbrace). The formula is X;
 * the note says what it is. \underset with math under it (\underset{\theta}{\arg\max})
 * is a limit and stays.
 */
/** A relation sign alone, as a note may stand over one. */
const RELATION_ALONE = /^\s*(?:=|:=|<|>|≈|≡|≤|≥|\\(?:approx|equiv|simeq|sim|le|ge|leq|geq|propto|to|rightarrow|Rightarrow|triangleq))\s*$/;

export function annotations(tex: string): string {
  let out = tex;
  const setPattern = /\\(?:underset|overset)\s*\{/g;
  for (let set = setPattern.exec(out); set; set = setPattern.exec(out)) {
    const note = bracedGroup(out, set.index + set[0].length - 1);
    const base = note ? bracedGroup(out, note.end) : null;
    if (!note || !base || !(isProseOnly(note.body) || /^\s*\\(?:underbrace|overbrace)\b/.test(base.body))) continue;
    // A relation stays bare (E \\overset{\\text{def}}{=} …): in braces it would not part the two sides.
    const kept = RELATION_ALONE.test(base.body) ? ` ${base.body.trim()} ` : `{${base.body}}`;
    out = `${out.slice(0, set.index)}${kept}${out.slice(base.end)}`;
    setPattern.lastIndex = set.index;
  }
  for (let guard = 0; guard < 20; guard++) {
    const brace = /\\(?:underbrace|overbrace)\s*\{/.exec(out);
    const body = brace ? bracedGroup(out, brace.index + brace[0].length - 1) : null;
    if (!brace || !body) break;
    let end = body.end;
    const script = /^\s*[_^]\s*/.exec(out.slice(end));
    if (script) {
      const after = end + script[0].length;
      const group = bracedGroup(out, after);
      // _\text{note} without braces round it: the command and its argument are the note.
      const command = /^\\[A-Za-z]+/.exec(out.slice(after))?.[0];
      const argument = command ? bracedGroup(out, after + command.length) : null;
      end = group ? group.end : argument ? argument.end : after + (command ?? out.slice(after, after + 1)).length;
    }
    out = `${out.slice(0, brace.index)}{${body.body}}${out.slice(end)}`;
  }
  return out;
}

const COLOUR_SWITCH = /\\color\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}\s*/y;

/**
 * Colours an author paints symbols with, `{\\color{Tomato}\\bf{w}}`, `\\mathop{\\color{Blue}\\sum}_i`,
 * `\\textcolor{red}{x}`, `\\colorbox{yellow}{y}`: the switch goes and a coloured argument is a plain
 * group. A group that only held the switch (`{\\color{red}\\sum_k}`) loses its braces unless a script
 * follows it (the script is on the whole group) or it is an argument; a group or \\mathop left holding one operator word
 * is that word, so `{\\log}(1 + e^z)` takes its argument and `\\mathop{\\sum}_i` its limit again.
 */
export function colourSwitches(tex: string): string {
  if (!/\\(?:color|textcolor|colorbox)\b/.test(tex)) return tex;
  let out = tex.replace(/\\(?:textcolor|colorbox)\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}\s*\{/g, '{');
  for (let guard = 0; guard < 200; guard++) {
    const at = out.search(/\\color\s*[[{]/);
    if (at < 0) break;
    COLOUR_SWITCH.lastIndex = at;
    const length = COLOUR_SWITCH.exec(out)?.[0].length ?? '\\color'.length;
    const before = out.slice(0, at);
    const open = before.trimEnd().endsWith('{') ? before.lastIndexOf('{') : -1;
    const close = open >= 0 && out[open - 1] !== '\\' ? closingBracket(out, open) : -1;
    // A script's or a command's argument (_{…}, \frac{…}{…}, \mathop{…}) keeps its braces.
    const argument = /(?:[_^}\]]|\\[A-Za-z]+)\s*$/.test(out.slice(0, open));
    const bare = close > 0 && !argument && !/^\s*[_^]/.test(out.slice(close + 1));
    out = bare ? `${out.slice(0, open)} ${out.slice(at + length, close)} ${out.slice(close + 1)}` : out.slice(0, at) + out.slice(at + length);
  }
  return out.replace(/(?:\\mathop\s*)?\{\s*(\\(?:log|ln|exp|sum|prod|max|min))\s*\}/g, '$1 ');
}

/**
 * \\displaystyle, \\textstyle: switches of size only, which say nothing of the formula; and
 * \\limits, \\nolimits: where a sign's limits are set, and \\mathop round a sign that is one already,
 * which say nothing either. They go
 * first, so that the rules that read plain text, code or Typst, or a clause after the formula,
 * see it as typed.
 */
export function styleSwitches(tex: string): string {
  return tex
    .replace(/\\(?:displaystyle|textstyle|scriptstyle|scriptscriptstyle)(?![A-Za-z])\s*/g, '')
    .replace(/(?<!\\)\\(?:no)?limits(?![A-Za-z])\s*/g, ' ')
    // \mathop{\sum}: a sign already an operator, said twice.
    .replace(/(?<!\\)\\mathop\s*(?:\{\s*(\\(?:sum|prod|log|ln|exp|max|min))\s*\}|(\\(?:sum|prod)(?![A-Za-z])))/g, (_m, braced?: string, bare?: string) => `${braced ?? bare} `);
}

/** Words that open a clause after a formula typed as plain text, long enough to be no product of letters. */
const BARE_CLAUSE_WORDS = /(?<=\s)(where|whereas|wobei|donde|dove|waarbij|gdzie)(?=\s)/giu;

/** `… for z >= 0`, `… if x < 0` ending a line: the condition the line holds under (a case of a piecewise form), never a loop. */
const TRAILING_CONDITION = /(?<=\s)(for|if|when)(?=\s+[A-Za-z]\w*\s*(?:>=|<=|==|<|>|≥|≤)\s*-?\d+(?:\.\d+)?\s*$)/gm;

/**
 * `Loss = -log_probs[target] where log_probs = LogSoftmax(logits)`: a clause word typed bare in a
 * plain-text formula is prose, as \text{where} is (its letters would join the terms around them).
 */
export function bareClauseWords(tex: string): string {
  return outsideText(tex, (math) => math.replace(BARE_CLAUSE_WORDS, (word: string) => `\\text{${word} }`).replace(TRAILING_CONDITION, (word: string) => `\\text{${word} }`));
}

defineTextRule({ name: 'style-switches', order: 0.5, apply: styleSwitches });
defineTextRule({ name: 'bare-clause-words', order: 15.3, apply: bareClauseWords });
defineTextRule({ name: 'annotations', order: 13.5, apply: annotations });
defineTextRule({ name: 'colour-switches', order: 13.6, apply: colourSwitches });
defineTextRule({ name: 'single-backslashes', order: 10, apply: singleBackslashes });
defineTextRule({ name: 'markdown-escapes', order: 11, apply: markdownEscapes });
defineTextRule({ name: 'lone-backslash-rows', order: 12, apply: loneBackslashRows });
defineTextRule({ name: 'equation-labels', order: 13, apply: equationLabels });
defineTextRule({ name: 'font-switches', order: 16, apply: fontSwitches });
defineTextRule({ name: 'primed-scripts', order: 16.5, apply: primedScripts });
defineTextRule({ name: 'environments', order: 14, apply: environments });
defineTextRule({ name: 'leading-marks', order: 90, apply: leadingMarks });
defineTextRule({ name: 'bracketed-equation', order: 15.05, apply: bracketedEquation });
defineTextRule({ name: 'split-sized-brackets', order: 9.6, apply: splitSizedBrackets });
defineTextRule({ name: 'math-inside-text', order: 9.7, apply: mathInsideText });
defineTextRule({ name: 'outer-math-delimiters', order: 9, apply: outerMathDelimiters });
// Outside the math delimiters (# $…$ #) and inside them ($ # … # $).
defineTextRule({ name: 'comment-markers', order: 8.9, apply: commentMarkers });
defineTextRule({ name: 'comment-markers-inside-delimiters', order: 9.05, apply: commentMarkers });
defineTextRule({ name: 'lost-display-brackets', order: 12.5, apply: lostDisplayBrackets });
defineTextRule({ name: 'emphasis-subscripts', order: 11.5, apply: emphasisSubscripts });
defineTextRule({ name: 'typed-ellipsis', order: 16, apply: typedEllipsis });
