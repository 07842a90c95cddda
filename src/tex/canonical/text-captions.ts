// Text rules for what an author types before the formula inside the math: a caption,
// `\text{Loss: } −Σ t log y`, `\textbf{Cross-entropy:}\ L = …` (words ending in a colon name what
// follows), and a connective carried over from the line before, `\therefore −Σ t log y`, `∵ …`.
// Neither is a factor nor the left side of an equation. So with a caption after the formula in
// brackets, in words of a script with no math letters, `L = −[…]　（二値交差エントロピー）`, and with
// the prose typed after it: an equation number (`\qquad (2)`), a legend of its symbols, a stated
// condition (`\quad (y_c = 1)`), a reason (`(since …)`) and a quantifier (`for all i`).
import { isConnectingWord } from '../build-atoms';
import { defineTextRule } from './registry';

/** A text command holding words, the colon inside its braces or straight after them (`:=` is a definition). */
const CAPTION = /^\s*\\(?:text|textbf|textit|textrm|mathrm|mathbf|mbox|operatorname)\s*\{([^{}$]*)\}\s*/;

export function leadingCaptions(tex: string): string {
  const match = CAPTION.exec(tex);
  if (!match) return tex;
  const words = (match[1] as string).trim();
  const after = tex.slice(match[0].length);
  // The colon inside the braces (\text{Loss: }), or after them but not as `:=` or `::`.
  const inside = /[:：]$/.test(words);
  const outside = /^[:：](?![=:])/.test(after);
  if (!inside && !outside) return tex;
  // Words, not a symbol: at least two letters (a caption, not \mathrm{d}:).
  if (!/\p{L}{2,}/u.test(words)) return tex;
  const rest = (outside ? after.slice(1) : after).replace(/^(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))+/, '');
  return rest.trim() === '' ? tex : rest;
}

/** ∴, ∵, ⇒, ⟹ (and their commands) opening the formula: the step's logic, not its math. */
const CONNECTIVE = /^\s*(?:\\(?:therefore|because|implies|Rightarrow|Longrightarrow|iff|Leftrightarrow|Longleftrightarrow)(?![A-Za-z])|[∴∵⇒⟹⇔])(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))*/;

export function leadingConnectives(tex: string): string {
  const match = CONNECTIVE.exec(tex);
  return match && tex.slice(match[0].length).trim() !== '' ? tex.slice(match[0].length) : tex;
}

/** A bracketed caption closing the formula after a space: Chinese, Japanese or Korean words only, no letter or sign of math. */
const TRAILING_CJK_CAPTION = /(?:[\s\u3000]|\\q?quad)\s*[(（]\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・、\s]+[)）]\s*[.,。]?\s*$/u;

export function trailingCjkCaptions(tex: string): string {
  return tex.replace(TRAILING_CJK_CAPTION, '');
}

defineTextRule({ name: 'leading-captions', order: 15.3, apply: leadingCaptions });
defineTextRule({ name: 'trailing-cjk-captions', order: 15.65, apply: trailingCjkCaptions });
defineTextRule({ name: 'leading-connectives', order: 15.35, apply: leadingConnectives });

/**
 * An equation number or name typed by hand after a spacing command, `… \qquad (2)`,
 * `… \quad \text{(BCE)}`, `… \ \ \ (4)` (a run of small spaces), at the end of the formula or of a row: numbering like \tag,
 * not a factor (2) or a weight made of words.
 */
export function typedEquationNumbers(tex: string): string {
  return tex
    .replace(/(?:\\(?:qquad|quad|hfill)|(?:\\[ ,;:]\s*|~){2,})\s*(?:\(\s*\d+(?:[.-]\d+)*[a-z]?\s*\)|\\text\s*\{\s*\([^(){}]*\)\s*\})\s*[.,]?(?=\s*(?:\\\\|\\end\{|\}*\s*$))/g, '')
    // The dots Japanese textbooks lead a number with: `… \qquad\cdots(1)`, `\cdots\cdots(2)`, `…(3)`.
    .replace(/(?:\\(?:qquad|quad|[,;: ])\s*)*(?:\\[lc]?dots\s*|…\s*)+[(（]\s*\d+(?:[.-]\d+)*[a-z]?\s*[)）]\s*[.,]?(?=\s*(?:\\\\|\\end\{|\}*\s*$))/g, '')
    // A book's chapter-and-number after a space, before the next equals sign or at the end (plain text
    // copied from a PDF: `L = Π P(y_i | x_i) (2.27) = …`): a number such as 2.27 in brackets after a space is no factor.
    .replace(/(?<=[)\]}A-Za-z])\s+\(\s*[1-9]\d?\.\d{1,3}\s*\)\s*(?=(?:=|$))/g, ' ');
}

/**
 * A legend typed in parentheses after a spacing command at the end of the formula,
 * `E = −Σ_k t_k log y_k \quad (t_k: \text{正解ラベル}, y_k: \text{出力})`: what each symbol
 * is, in words after a colon; prose, not a factor.
 */
export function trailingLegends(tex: string): string {
  for (const open of tex.matchAll(/\\(?:qquad|quad)\s*[(（]/g)) {
    const from = open.index + open[0].length - 1;
    let depth = 0;
    for (let i = from; i < tex.length; i++) {
      const ch = tex[i];
      if (ch === '(' || ch === '（') depth += 1;
      else if ((ch === ')' || ch === '）') && --depth === 0) {
        // The parenthesis closes the formula and holds a colon outside braces.
        const legend = /^\s*[.,]?\s*$/.test(tex.slice(i + 1)) && /[:：]/.test(tex.slice(from + 1, i).replace(/\{[^{}]*\}/g, ''));
        if (legend) return tex.slice(0, open.index).trimEnd();
        break;
      }
    }
  }
  return tex;
}

/**
 * A condition typed in parentheses after a spacing command at the end of the formula
 * or a row, `−log ŷ_c \quad (y_c = 1)`, `\quad (y \in \{0, 1\})`: prose like `\text{where } y_c = 1`, not a factor.
 * One relation inside, no nested brackets.
 */
export function parenthesisedConditions(tex: string): string {
  return tex
    .replace(/\\(qquad|quad)\s*\(([^()=]+=[^()=]+)\)(\s*(?:\\[,;]\s*)?[.,]?)(?=\s*(?:\\\\|\\end\{|\}*\s*$))/g, '\\$1 \\text{where } $2$3')
    // (y \in \{0, 1\}): the label's values stated the same way.
    .replace(/\\(qquad|quad)\s*\(([^()]*\\in(?![A-Za-z])[^()]*)\)(\s*[.,]?)(?=\s*(?:\\\\|\\end\{|\}*\s*$))/g, '\\$1 \\text{where } $2$3')
    // (\text{where } t_k = 1), (\text{ただし } t_k = 1): a remark that opens with prose (a phrase, or words in
    // another script), in brackets after a space at the end, is that prose; q̂(\text{dog}) is an argument.
    .replace(/(?<=\s|\\[ ,;]|\\q?quad)[（(]\s*(\\text\s*\{(?:[^{}]*\s[^{}]*|[^{}]*[^\x00-\x7f][^{}]*)\}[^()（）]*)[)）](\s*[.,]?)(?=\s*(?:\\\\|\\end\{|\}*\s*$))/g, ' $1$2');
}

/**
 * A connecting word set in a roman or italic font instead of \text, `\quad \mathrm{for}\ k \in \{0, 1\}`,
 * `\mathit{where}`: the same prose as \text{for}, not letters multiplied.
 */
export function romanConnectingWords(tex: string): string {
  // In a script (y_{\mathrm{pro}}) the word is a name, not prose.
  return tex.replace(/(?<![_^]\s*\{?\s*)\\(?:mathrm|mathit|textrm|textit|textnormal|rm)\s*\{([^{}\\]+)\}/g, (whole, words: string) => (isConnectingWord(words) ? `\\text{${words.trim()} }` : whole));
}

/** Words that open a reason or a source in prose: because, since, by, using (en, fr, de, es, it, pt). */
const REASON_WORDS = ['because', 'since', 'by', 'using', 'as', 'car', 'puisque', 'parce', 'weil', 'denn', 'da', 'porque', 'pues', 'ya', 'perché', 'poiché', 'pois', 'já'];
const TRAILING_REASON = new RegExp(String.raw`\s\(\s*(?:${REASON_WORDS.join('|')})\s[^]*\)\s*[.,]?\s*$`, 'iu');

/**
 * A reason typed in parentheses at the end of a step, `… + 1 − y log(1 − p) (car log(x**n) = n log(x))`,
 * `(since log ab = log a + log b)`: prose about the step, not a factor of its last term.
 * The parenthesis must open with such a word and close the formula.
 */
export function trailingReasons(tex: string): string {
  const match = TRAILING_REASON.exec(tex);
  if (!match) return tex;
  // The parenthesis the match opens must be the one that closes the text.
  const open = tex.indexOf('(', match.index);
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    if (tex[i] === '(') depth += 1;
    else if (tex[i] === ')' && --depth === 0) return /^\s*[.,]?\s*$/.test(tex.slice(i + 1)) ? tex.slice(0, match.index).trimEnd() : tex;
  }
  return tex;
}

/** Quantifiers that open a range in prose: for all, for each (en, de, fr, es, it, pt, nl). */
const QUANTIFIERS = String.raw`for\s+(?:all|each|every|any)|f(?:ü|ue)r\s+(?:alle|jedes?)|pour\s+(?:tout|toute|tous|chaque)|para\s+(?:todo|toda|todos|cada)|per\s+ogni|voor\s+(?:alle|elke)`;
// No brace in the tail: `\text{ for all } x` is TeX's own prose, which the chains already set apart.
const TRAILING_QUANTIFIER = new RegExp(String.raw`\s+(?:${QUANTIFIERS})\s+[^\\=<>{}]*(?:\\\\\s*)?$`, 'iu');

/**
 * A range said in plain words after a formula typed as text, `-sum(p(x) * log(p(x))) for all x`,
 * `… für alle x, y`: prose, not factors. Only a tail with no command and no relation goes.
 */
export function trailingQuantifiers(tex: string): string {
  return tex.replace(TRAILING_QUANTIFIER, '');
}

defineTextRule({ name: 'roman-connecting-words', order: 15.4, apply: romanConnectingWords });
defineTextRule({ name: 'typed-equation-numbers', order: 15, apply: typedEquationNumbers });
defineTextRule({ name: 'parenthesised-conditions', order: 15.5, apply: parenthesisedConditions });
defineTextRule({ name: 'trailing-reasons', order: 15.6, apply: trailingReasons });
defineTextRule({ name: 'trailing-legends', order: 15.7, apply: trailingLegends });
defineTextRule({ name: 'trailing-quantifiers', order: 15.8, apply: trailingQuantifiers });

/** A list's bullet before a caption ("- Classic version: log Σ …"): no minus, for a word and a colon follow it. */
export function captionBullets(tex: string): string {
  return tex.replace(/^\s*[-*•]\s+(?=[A-Z][a-z]{2,}(?:\s+[a-z]+){0,3}\s*:(?!=))/, '');
}

// Once a code comment's marker has gone (comment-markers), before the caption's colon is read.
defineTextRule({ name: 'caption-bullets', order: 8.91, apply: captionBullets });
