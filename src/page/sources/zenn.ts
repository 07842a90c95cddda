// Zenn before its renderer runs: <embed-katex><eq>TeX</eq></embed-katex> inline,
// <embed-katex display-mode="1"><eqn>TeX</eqn></embed-katex> for display. Once the
// element renders, KaTeX output replaces the text and the katex source takes over.
import { queryAll } from '../dom';
import { defineSource } from '../registry';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

export function findZennSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const embed of queryAll(root, 'embed-katex')) {
    const holder = embed.querySelector('eq, eqn');
    if (!holder || holder.children.length > 0) continue; // rendered already, or not plain TeX
    const tex = holder.textContent?.trim();
    if (!tex) continue;
    const display = embed.getAttribute('display-mode') === '1' || holder.tagName.toUpperCase() === 'EQN';
    sites.push({ element: embed, tex, display, source: 'zenn' });
  }
  return sites;
}

export const zennSource = defineSource({ name: 'zenn', selector: SOURCE_SELECTORS.zenn, find: findZennSites });

// Checked on: zenn.dev articles (embed-katex, rendered on the client; the preview
// re-renders with morphdom). Fixture: test/fixtures/pages/sources-zenn.html.
