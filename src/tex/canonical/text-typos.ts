// Text rules for slips a reader reads through without noticing: a subscript typed
// empty (`(1-y_)` beside y_i), a log's bracket left open before the next term
// (`\log(h(x) + (1 - y)\log(1 - h(x))`), a log's braces closed after it
// (`\ln{p - (1-y)\ln(1-p)}`), and an index typed once in the other case (`\hat{Y_I}` beside
// `Y_i`). Each is read the way the rest of the formula says it was meant.
import { defineTextRule } from './registry';
import { closingBrace, closingBracket } from './text-scan';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter's subscripts as the formula writes them elsewhere (y_i, y_{i}, y_{i,k}). */
function writtenSubscripts(tex: string, letter: string): Set<string> {
  const found = new Set<string>();
  for (const m of tex.matchAll(new RegExp(String.raw`(?<![\\A-Za-z])${letter}_(?:\{([^{}]+)\}|([A-Za-z0-9]))`, 'g'))) {
    found.add((m[1] ?? m[2] ?? '').trim());
  }
  return found;
}

/**
 * (1-y_)\ln(1-a_i) beside y_i \ln a_i: a subscript typed empty (`y_` before a bracket, an
 * operator or the end, or `y_{}`) is the one subscript the same letter carries elsewhere, or
 * of several the one a sum runs over; with none to choose, the letter is read bare.
 */
export function emptySubscripts(tex: string): string {
  // w_+ y, p_- , p_+^{y}: a sign typed straight after the underscore names the class (positive, negative), braced here.
  const signed = tex.replace(/(?<![\\A-Za-z])([A-Za-z])_([+\-−])(?=\s|[A-Za-z\\({)\]}^]|$)/g, (_m, letter: string, sign: string) => `${letter}_{${sign === '+' ? '+' : '-'}}`);
  return signed.replace(/(?<![\\A-Za-z])([A-Za-z])_(?:\{\s*\}|(?=\s*(?:[)\]}+\-−–=,|⋅·∙×*]|\\(?:right|bigr|Bigr|biggr|Biggr|big|Big|rbrack|cdot|times|ast|log|ln|lg)(?![A-Za-z])|$)))/g, (_m, letter: string) => {
    const subscripts = [...writtenSubscripts(signed, letter)];
    // Several (y_1, …, y_n on the left, y_i in the sum): the one a big operator runs over.
    const running = subscripts.filter((sub) => new RegExp(String.raw`\\(?:sum|prod)\s*(?:\\(?:no)?limits\s*)?_\s*\{?${escaped(sub)}(?![A-Za-z0-9])`).test(signed));
    const only = subscripts.length === 1 ? subscripts[0] : running.length === 1 ? running[0] : undefined;
    return only ? `${letter}_{${only}}` : letter;
  });
}

/** A log as the text rules leave it: \log, \ln, or the word in roman type (\operatorname{log}, {\rm ln}). */
const LOG_WORD = String.raw`(?:\\(?:log|ln|lg)(?![A-Za-z])|\\(?:operatorname|mathrm|text|textrm)\{(?:log|ln|lg)\}|\{\\rm\s*(?:log|ln)\})`;
/** Where a log's bracket opens: \log(, \ln (, \log_2(, \operatorname{log}(. */
const LOG_OPEN = new RegExp(String.raw`${LOG_WORD}(?:_\{[^{}]*\}|_[0-9A-Za-z])?(?:\s|\\[,;:! ])*\(`, 'g');
const LOG_AHEAD = new RegExp(`^${LOG_WORD}`);

/**
 * Where, inside the bracket opened at `open`, a sign of `signs` at its own depth is followed
 * there by another log; -1 if nowhere.
 */
function signBeforeAnotherLog(tex: string, open: number, signs = '+'): number {
  let depth = 0;
  let sign = -1;
  for (let i = open + 1; i < tex.length; i++) {
    const ch = tex[i] as string;
    if (sign >= 0 && depth === 0 && LOG_AHEAD.test(tex.slice(i))) return sign;
    if (ch === '\\') i += 1;
    else if (ch === '(' || ch === '{' || ch === '[') depth += 1;
    else if (ch === ')' || ch === '}' || ch === ']') {
      if (depth === 0) return -1;
      depth -= 1;
    } else if (signs.includes(ch) && depth === 0 && sign < 0) sign = i;
  }
  return -1;
}

/** Where a log's braced argument opens: \ln{, \log_2{. */
const LOG_BRACE = new RegExp(String.raw`${LOG_WORD}(?:_\{[^{}]*\}|_[0-9A-Za-z])?\s*\{`, 'g');

/**
 * -y\ln{p(x) - (1-y)\ln(1-p(x))}: a log's braced argument that runs on over a sign into
 * another log's term was meant to close before that sign (the brace typed late). The
 * closing brace moves there; a braced argument with no log after a sign inside stays.
 */
export function lateLogBraces(tex: string): string {
  for (const match of tex.matchAll(LOG_BRACE)) {
    const open = (match.index ?? 0) + match[0].length - 1;
    const sign = signBeforeAnotherLog(tex, open, '+-');
    // A sign that opens the argument (\\log{-g \\log g}) is the argument's own.
    if (sign < 0 || tex.slice(open + 1, sign).trim() === '') continue;
    const close = closingBrace(tex, open);
    if (close > sign) return lateLogBraces(`${tex.slice(0, sign).replace(/\s+$/, '')}} ${tex.slice(sign, close)}${tex.slice(close + 1)}`);
  }
  return tex;
}


/**
 * y\log(h(x) + (1 - y)\log(1 - h(x)): when the formula is a closing bracket short, the log whose
 * bracket runs on over a + into another log's term was the one left open: it closes before
 * that +. A formula whose brackets balance, or a log of a sum with no log after it, stays.
 */
export function unclosedLogBrackets(tex: string): string {
  const count = (ch: string) => tex.split(ch).length - 1;
  if (count('(') <= count(')')) return tex;
  for (const match of tex.matchAll(LOG_OPEN)) {
    const plus = signBeforeAnotherLog(tex, (match.index ?? 0) + match[0].length - 1);
    if (plus >= 0) return unclosedLogBrackets(`${tex.slice(0, plus).replace(/\s+$/, '')}) ${tex.slice(plus)}`);
  }
  return tex;
}

/**
 * −(0·log 0.3 + 1·log 0.4 = 0.91: a round bracket still open when the row reaches its next
 * equals sign was meant to close there (an equation is never inside a bracket). Row by row.
 */
export function bracketOpenAtRelation(tex: string): string {
  return tex.split(/(\\\\)/).map((row) => closedBeforeRelation(row)).join('');
}

function closedBeforeRelation(row: string): string {
  const open: number[] = [];
  for (let i = 0; i < row.length; i++) {
    const ch = row[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (ch === '(') open.push(i);
    else if (ch === ')') open.pop();
    else if (ch === '=' && open.length === 1 && row.slice(i + 1).split('(').length >= row.slice(i + 1).split(')').length) {
      // Only where the rest of the row does not close it: the one bracket left open is this one.
      return closedBeforeRelation(`${row.slice(0, i).replace(/\s+$/, '')}) ${row.slice(i)}`);
    }
  }
  return row;
}

/**
 * \sum^{m}_{i-1}, \prod_{n-1}^{N}: an index "minus one" under a big operator with a bound over it
 * is its start typed with the key beside =, i = 1; a difference is no index to run over.
 */
export function minusForEqualsInLimits(tex: string): string {
  const operator = String.raw`\\(?:sum|prod)(?:\s*\\limits)?`;
  const upper = String.raw`\^\s*(?:\{[^{}]*\}|[A-Za-z0-9])`;
  const lower = String.raw`_\s*\{\s*([a-z])\s*-\s*([01])\s*\}`;
  return tex
    .replace(new RegExp(`(${operator}\\s*${upper}\\s*)${lower}`, 'g'), (_m, head: string, index: string, start: string) => `${head}_{${index}=${start}}`)
    .replace(new RegExp(`(${operator}\\s*)${lower}(?=\\s*${upper})`, 'g'), (_m, head: string, index: string, start: string) => `${head}_{${index}=${start}}`);
}

/**
 * -\sum_{n=1}^{N} = \{t_n \ln y_n + …\}: an equals sign straight after a big operator's limits,
 * before its body, is a slip (a sum of nothing equals nothing); the sum runs over what follows.
 */
export function equalsAfterOperator(tex: string): string {
  const script = String.raw`\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9])`;
  return tex.replace(new RegExp(String.raw`(\\(?:sum|prod)(?![A-Za-z])(?:\s*\\(?:no)?limits)?(?:${script}){1,2})\s*=(?=\s*(?:\\[{\[(]|\\left|[{(\[]))`, 'g'), '$1 ');
}

/** A label as a complement writes it: a letter with a subscript or a bracketed superscript (y, y_i, y^{(i)}, t_{n}). */
const LABEL = String.raw`[A-Za-z](?:_\{[^{}]{1,8}\}|_[A-Za-z0-9])?(?:\^\{\([^{}()]{1,4}\)\})?`;
/** A log as authors type it (\log, log, \mathrm{log}, …), after a thin space or a \cdot. */
const SPACED_LOG = String.raw`(?:\\[,;: ]|\\cdot(?![A-Za-z])|\s)*(?:${LOG_WORD}|(?<![A-Za-z\\])(?:log|ln)(?![A-Za-z]))`;
const COMPLEMENT_OPEN = new RegExp(String.raw`\(\s*1\s*-\s*(${LABEL})(?=${SPACED_LOG})`, 'g');

/**
 * y_i\log a_i + (1-y_i \log (1-a_i)): a complement's bracket typed round the log after it, beside
 * the label's own term (y_i \log …), was meant to close after the label: (1-y_i) \log(1-a_i).
 */
export function complementClosedLate(tex: string): string {
  for (const match of tex.matchAll(COMPLEMENT_OPEN)) {
    const open = match.index ?? 0;
    const label = match[1] as string;
    // The label's own term: the label straight before a log elsewhere in the formula.
    if (!new RegExp(String.raw`(?<![A-Za-z\\])${escaped(label)}${SPACED_LOG}`).test(tex.slice(0, open) + tex.slice(open + match[0].length))) continue;
    const close = closingBracket(tex, open);
    if (close < 0) continue;
    const labelEnd = open + match[0].length;
    return complementClosedLate(`${tex.slice(0, labelEnd)})${tex.slice(labelEnd, close)}${tex.slice(close + 1)}`);
  }
  return tex;
}


/**
 * (1 − Y_i) log(1 − \hat{Y_I}) beside Y_i and \hat{Y_i}: a one-letter subscript typed once in the other case,
 * where the same letter in lower case indexes the formula at least twice, is that index (i).
 */
export function indexCaseSlips(tex: string): string {
  const SUBSCRIPT = /(?<=_)(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))(?![A-Za-z0-9])/g;
  const count = new Map<string, number>();
  for (const m of tex.matchAll(SUBSCRIPT)) count.set((m[1] ?? m[2]) as string, (count.get((m[1] ?? m[2]) as string) ?? 0) + 1);
  return tex.replace(SUBSCRIPT, (whole, braced: string | undefined, bare: string | undefined) => {
    const letter = (braced ?? bare) as string;
    const lower = letter.toLowerCase();
    return letter !== lower && count.get(letter) === 1 && (count.get(lower) ?? 0) >= 2 ? whole.replace(letter, lower) : whole;
  });
}

defineTextRule({ name: 'complement-closed-late', order: 45.2, apply: complementClosedLate });
defineTextRule({ name: 'equals-after-operator', order: 29.6, apply: equalsAfterOperator });
defineTextRule({ name: 'minus-for-equals-in-limits', order: 29.5, apply: minusForEqualsInLimits });
defineTextRule({ name: 'empty-subscripts', order: 29, apply: emptySubscripts });
defineTextRule({ name: 'index-case-slips', order: 29.05, apply: indexCaseSlips });
defineTextRule({ name: 'unclosed-log-brackets', order: 45, apply: unclosedLogBrackets });
defineTextRule({ name: 'late-log-braces', order: 46, apply: lateLogBraces });
defineTextRule({ name: 'bracket-open-at-relation', order: 45.5, apply: bracketOpenAtRelation });
