// Wikipedia (MediaWiki's Math extension): <span class="mwe-math-element"> holds a
// MathML copy (alttext and a TeX annotation) and a fallback image whose alt is the
// TeX; all of them wrap it in {\displaystyle …} or {\textstyle …}, stripped here.
import { queryAll, stripStyleWrapper, texAnnotation } from '../dom';
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

export function findWikipediaSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const element of queryAll(root, '.mwe-math-element')) {
    const math = element.querySelector('math');
    const image = element.querySelector('img[class*="mwe-math-fallback-image-"]');
    const raw = (math && (texAnnotation(math) ?? math.getAttribute('alttext'))) || image?.getAttribute('alt');
    if (!raw?.trim()) continue;
    const display =
      element.querySelector('.mwe-math-mathml-display, .mwe-math-fallback-image-display') !== null ||
      math?.getAttribute('display') === 'block';
    sites.push({ element, tex: stripStyleWrapper(raw), display, source: 'wikipedia' });
  }
  return sites;
}

export const wikipediaSource = defineSource({ name: 'wikipedia', selector: SOURCE_SELECTORS.wikipedia, find: findWikipediaSites });

// Checked on: en.wikipedia.org/wiki/Cross-entropy and ja.wikipedia.org (MathML
// with fallback SVG images). Fixture: test/fixtures/pages/sources-wikipedia.html.
