// A text rule for a formula typed as inline code in Markdown or reStructuredText:
// `-np.log(p[y])`, ``−[o·ln(p) + (1−o)·ln(1−p)]``, perhaps inside the sentence that
// brings it in ("Der Verlust ist `…`."). The code is the formula; the backticks and the
// words round them are not. Only one span, and only words and punctuation outside it:
// with two spans, or math outside (\text{`mean'}, LaTeX's ``quotes''), nothing changes.
import { defineTextRule } from './registry';

/** One or two backticks, the code, and as many again. */
const CODE_SPAN = /(?<!`)(`{1,2})(?!`)([^`]+?)(?<!`)\1(?!`)/g;
/** Words in any script, spaces, digits and a sentence's punctuation: nothing a formula is made of. */
const PROSE = /^[\p{L}\p{M}\p{N}\s.,:;!?'’"«»„“”()（）、。：，-]*$/u;

export function inlineCodeSpans(tex: string): string {
  const spans = [...tex.matchAll(CODE_SPAN)];
  const span = spans.length === 1 ? spans[0] : undefined;
  if (!span) return tex;
  const code = (span[2] as string).trim();
  const before = tex.slice(0, span.index);
  const after = tex.slice(span.index + span[0].length);
  return code !== '' && PROSE.test(before) && PROSE.test(after) ? code : tex;
}

// Before the comment markers (8.9) and the math delimiters (9): the code inside may hold either.
defineTextRule({ name: 'inline-code-spans', order: 8.85, apply: inlineCodeSpans });
