// A saved HTML file read with the page sources over linkedom's DOM (the CLI's check).
// Its own module, loaded only when a run meets an HTML file: linkedom and its CSS and
// HTML parsers are most of the CLI's code, and Markdown drafts need none of it.
import { parseHTML } from 'linkedom';
import { registeredSources } from './registry';
import { scanForMath } from './scan';
import { lineFinder, type FileFormula } from './static';
import type { MathSite } from './types';

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
 * The line each site starts on: its text is looked up in the file, in document
 * order, trying each spelling `spellings` offers (as shown, as TeX, HTML-escaped).
 */
function locate(file: string, sites: MathSite[], spellings: (site: MathSite) => string[]): FileFormula[] {
  const lineAt = lineFinder(file);
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
