// GitHub's Markdown math (READMEs, .md files, issues, comments): the server sends
// <math-renderer class="js-inline-math|js-display-math"> holding the raw TeX
// ($…$, $`…`$, $$…$$, or a ```math fence's body without delimiters); GitHub's
// bundled MathJax replaces the content later and leaves no global MathJax to ask.
// The TeX is read while it is still text and kept on the element GitHub keeps
// (data-xent-lens-tex), so the formula survives the re-render. An element rendered
// before it was read gets its TeX from the rendered MathML, converted off the scan.
import { queryAll, texAnnotation } from '../dom';
import { SOURCE_TEX_ATTRIBUTE } from '../marks';
import { texFromMathMLLater } from '../mathml-tex';
import { defineSource } from '../registry';
import { keepServedTex } from './github-served';
import { SOURCE_SELECTORS } from './selectors';
import type { MathSite } from '../types';

export { stripDelimiters } from './github-served';

export function findGitHubSites(root: ParentNode): MathSite[] {
  const sites: MathSite[] = [];
  for (const renderer of queryAll(root, 'math-renderer')) {
    const tex = texOf(renderer);
    if (!tex) continue;
    sites.push({ element: renderer, tex, display: isDisplay(renderer), source: 'github' });
  }
  return sites;
}

function texOf(renderer: Element): string | null {
  // Still the server's text: read it now and keep it for after the render.
  if (renderer.children.length === 0) return keepServedTex(renderer);
  const kept = renderer.getAttribute(SOURCE_TEX_ATTRIBUTE);
  if (kept) return kept;
  // Rendered before it was read (the reader clicked the toolbar button on a finished page).
  const math = renderer.querySelector('math');
  if (!math) return null;
  const annotated = texAnnotation(math);
  if (annotated) return annotated;
  texFromMathMLLater(renderer, math);
  return null;
}

function isDisplay(renderer: Element): boolean {
  if (renderer.classList.contains('js-display-math')) return true;
  if (renderer.classList.contains('js-inline-math')) return false;
  return /display:\s*block/.test(renderer.getAttribute('style') ?? '');
}

export const githubSource = defineSource({ name: 'github', selector: SOURCE_SELECTORS.github, find: findGitHubSites });

// Checked on: github.com READMEs and issues ($…$, $$…$$ and ```math fences render into
// math-renderer elements with MathJax 3 CHTML output and assistive MathML inside).
// Fixture: test/fixtures/pages/sources-github.html.
