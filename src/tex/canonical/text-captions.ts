// Text rules for what an author types before the formula inside the math: a caption,
// `\text{Loss: } −Σ t log y`, `\textbf{Cross-entropy:}\ L = …` (words ending in a colon name what
// follows), and a connective carried over from the line before, `\therefore −Σ t log y`, `∵ …`.
// Neither is a factor nor the left side of an equation. So with a caption after the formula in
// brackets, in words of a script with no math letters, `L = −[…]　（二値交差エントロピー）`.
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
