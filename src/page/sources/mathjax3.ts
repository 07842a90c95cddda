// MathJax 3 (and 4 where its output carries no data-latex) keeps the TeX in
// JavaScript, not in the DOM: MathJax.startup.document.math. The MAIN-world
// bridge (src/page-bridge.ts) hands each formula's TeX over with an event on its
// mjx-container; this source reads what arrived. A container without TeX yet
// makes it ask the bridge to send again.
import { ownerDocumentOf, queryAll } from '../dom';
import { bridgedTexOf, requestMathJaxTex } from '../mathjax-tex';
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

export function findMathJax3Sites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  let missing = false;
  for (const container of queryAll(root, 'mjx-container')) {
    const bridged = bridgedTexOf(container);
    if (!bridged) {
      missing = true;
      continue;
    }
    sites.push({
      element: container,
      tex: bridged.tex,
      display: bridged.display,
      source: bridged.version >= 4 ? 'mathjax4' : 'mathjax3',
    });
  }
  const document = ownerDocumentOf(root);
  if (missing && document) requestMathJaxTex(document);
  return sites;
}

export const mathjax3Source = defineSource({ name: 'mathjax3', selector: SOURCE_SELECTORS.mathjax3, find: findMathJax3Sites });

// Checked on: MathJax 3.2 tex-chtml and tex-svg pages (docs sites, course notes,
// Hatena and Qiita-style blogs). Fixtures: test/fixtures/pages/sources-mathjax3.html,
// sources-mathjax3-svg.html.
