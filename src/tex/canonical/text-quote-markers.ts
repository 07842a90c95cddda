// A text rule for Markdown's quote marker. Math pasted from a blockquote keeps the `> ` that began
// each of its lines: before every line, or, once the lines are joined, right after a row break or
// an environment's opening and right before its end. There `>` has nothing on one side to
// compare, so it is never the relation.
import { defineTextRule } from './registry';

/** An environment's opening with its column spec (\begin{array}{ll}), or a row break. */
const ROW_START = String.raw`\\begin\{[a-z]+\*?\}(?:\{[^{}]*\})?|\\\\`;
const AFTER_ROW_START = new RegExp(String.raw`(${ROW_START})(\s*)(?:>|&gt;)\s+`, 'g');
const BEFORE_END = /(?<=\s)(?:>|&gt;)\s*(?=\\end\{)/g;

export function quoteMarkers(tex: string): string {
  const lines = tex.split('\n');
  const written = lines.filter((line) => line.trim() !== '');
  const everyLine = written.length > 1 && written.every((line) => /^\s*>(?:[ \t]|$)/.test(line));
  const unquoted = everyLine ? lines.map((line) => line.replace(/^\s*>[ \t]?/, '')).join('\n') : tex;
  return unquoted.replace(AFTER_ROW_START, '$1$2').replace(BEFORE_END, '');
}

// With the notebook's comment markers (8.9), before environments are read (14).
defineTextRule({ name: 'quote-markers', order: 8.92, apply: quoteMarkers });
