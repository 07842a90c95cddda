// GitHub's math-renderer as the server sent it: the raw TeX as its text, which GitHub's
// MathJax replaces later. Read and kept on the element (data-xent-lens-tex) as early as
// possible; the content script's first look does it before anything else loads.
import { SOURCE_TEX_ATTRIBUTE } from '../marks';

/** The TeX of a math-renderer still holding the server's text, kept on the element; null when empty. */
export function keepServedTex(renderer: Element): string | null {
  const tex = stripDelimiters(renderer.textContent ?? '');
  if (!tex) return null;
  if (renderer.getAttribute(SOURCE_TEX_ATTRIBUTE) !== tex) renderer.setAttribute(SOURCE_TEX_ATTRIBUTE, tex);
  return tex;
}

/** Keeps the TeX of every math-renderer under `root` that still holds the server's text. */
export function keepServedTexUnder(root: Document | Element): void {
  const renderers = root.getElementsByTagName('math-renderer');
  for (let i = 0; i < renderers.length; i++) if (renderers[i]!.children.length === 0) keepServedTex(renderers[i]!);
}

/** $…$, $`…`$ and $$…$$ lose their delimiters; a ```math fence's body has none. */
export function stripDelimiters(text: string): string {
  const trimmed = text.trim();
  const match = /^\$\$([\s\S]*)\$\$$/.exec(trimmed) ?? /^\$`([\s\S]*)`\$$/.exec(trimmed) ?? /^\$([\s\S]*)\$$/.exec(trimmed);
  return (match ? match[1]! : trimmed).trim();
}
