// The same sources over a saved file instead of a live page (the CLI's check):
// HTML through linkedom, Markdown as a text document for the raw-TeX source.
// Each formula comes back with the line of the file it starts on.
import { parseHTML } from 'linkedom';
import { registeredSources } from './registry';
import { scanForMath } from './scan';
import { findRawTexSites } from './sources/raw';
import type { MathSite } from './types';

export interface FileFormula {
  tex: string;
  display: boolean;
  source: MathSite['source'];
  /** 1-based line of the file where the formula starts (best effort for HTML). */
  line: number;
}

export function findMathInHtml(html: string): FileFormula[] {
  const { document } = parseHTML(html);
  const root = document.body ?? document.documentElement;
  if (!root) return [];
  // MathJax 3 keeps its TeX in the page's JavaScript: a saved file has none to offer.
  const sources = registeredSources().filter((source) => source.name !== 'mathjax3');
  const sites = scanForMath(root, { sources });
  return locate(html, sites, (site) => [site.element.textContent ?? '', site.tex, escapeHtml(site.tex)]);
}

/**
 * Markdown, render-free: the text is the document. Fenced code blocks and inline
 * code spans become <code> elements, so the raw source skips them as on a page;
 * $…$ counts as inline math here (and nowhere else).
 */
export function findMathInMarkdown(markdown: string): FileFormula[] {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const body = document.body;
  for (const [text, isCode] of splitCode(markdown)) {
    if (!text) continue;
    if (isCode) {
      const code = document.createElement('code');
      code.textContent = text;
      body.appendChild(code);
    } else body.appendChild(document.createTextNode(text));
  }
  const sites = findRawTexSites(body, undefined, { inlineDollar: true });
  return locate(markdown, sites, (site) => [site.element.textContent ?? '', site.tex]);
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

/**
 * The line each site starts on: its text is looked up in the file, in document
 * order, trying each spelling `spellings` offers (as shown, as TeX, HTML-escaped).
 */
function locate(file: string, sites: MathSite[], spellings: (site: MathSite) => string[]): FileFormula[] {
  const lineStarts = [0];
  for (let i = file.indexOf('\n'); i >= 0; i = file.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  let cursor = 0;
  return sites.map((site) => {
    let found = -1;
    for (const spelling of spellings(site)) {
      const needle = spelling.trim();
      if (!needle) continue;
      found = file.indexOf(needle, cursor);
      if (found < 0) found = file.indexOf(needle);
      if (found >= 0) break;
    }
    if (found >= 0) cursor = found + 1;
    return { tex: site.tex, display: site.display, source: site.source, line: lineAt(found >= 0 ? found : cursor) };
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
