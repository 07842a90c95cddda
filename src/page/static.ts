// The same sources over a saved file instead of a live page (the CLI's check).
// Markdown is read as text: its delimited TeX is matched piece by piece between the
// code spans, with no DOM, since a draft has no renderer output to skip. HTML goes
// through linkedom and the page sources (./static-html.ts, loaded only for HTML files).
// Each formula comes back with the line of the file it starts on.
import { matchRawTex } from './raw-tex';
import type { MathSite } from './types';

export interface FileFormula {
  tex: string;
  display: boolean;
  source: MathSite['source'];
  /** 1-based line of the file where the formula starts (best effort for HTML). */
  line: number;
}

/** 1-based line of an offset in `text`, by binary search over the line starts. */
export function lineFinder(text: string): (offset: number) => number {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/**
 * Markdown, render-free: fenced code blocks and inline code spans are skipped, as the
 * raw source skips <code> on a page; $…$ counts as inline math here (and nowhere else).
 */
export function findMathInMarkdown(markdown: string): FileFormula[] {
  const lineAt = lineFinder(markdown);
  const found: FileFormula[] = [];
  let offset = 0;
  for (const [text, isCode] of splitCode(markdown)) {
    if (!isCode) {
      for (const match of matchRawTex(text, { inlineDollar: true })) {
        found.push({ tex: match.tex, display: match.display, source: 'raw', line: lineAt(offset + match.start) });
      }
    }
    offset += text.length;
  }
  return found;
}

/** Splits Markdown into [text, isCode] pieces: ``` / ~~~ fences and `inline code`. */
export function splitCode(markdown: string): Array<[string, boolean]> {
  const pieces: Array<[string, boolean]> = [];
  const pattern = /^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[`~]*[ \t]*$|(?![\s\S]))|(`+)(?!`)[\s\S]*?[^`]\3(?!`)/gm;
  let last = 0;
  for (const match of markdown.matchAll(pattern)) {
    pieces.push([markdown.slice(last, match.index), false]);
    pieces.push([match[0], true]);
    last = match.index + match[0].length;
  }
  pieces.push([markdown.slice(last), false]);
  return pieces;
}
