// KaTeX's stylesheet and fonts for formulas inside shadow roots. @font-face rules are
// ignored inside a shadow root, so the fonts are registered once at document level with
// the FontFace API and the stylesheet is added to each root without them.

/** The extension URL of a file it ships (build.mjs copies KaTeX to katex/). */
function extensionUrl(path: string): string | null {
  try {
    return globalThis.chrome?.runtime?.getURL?.(path) ?? null;
  } catch {
    return null;
  }
}

export interface FontFaceRule {
  family: string;
  style: string;
  weight: string;
  /** File name of the woff2 source, e.g. KaTeX_Main-Regular.woff2 */
  file: string;
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;

/** The @font-face rules of KaTeX's CSS, read as data (family, style, weight, woff2 file). */
export function fontFaceRules(css: string): FontFaceRule[] {
  const rules: FontFaceRule[] = [];
  for (const match of css.matchAll(FONT_FACE)) {
    const body = match[1]!;
    const family = /font-family:\s*([^;]+)/.exec(body)?.[1]?.trim().replace(/^["']|["']$/g, '');
    const file = /url\((?:["']?)(?:[^)"']*\/)?([^/)"']+\.woff2)["']?\)/.exec(body)?.[1];
    if (!family || !file) continue;
    rules.push({
      family,
      file,
      style: /font-style:\s*([^;]+)/.exec(body)?.[1]?.trim() ?? 'normal',
      weight: /font-weight:\s*([^;]+)/.exec(body)?.[1]?.trim() ?? '400',
    });
  }
  return rules;
}

/** KaTeX's CSS without its @font-face rules (they would do nothing inside a shadow root). */
export function withoutFontFaces(css: string): string {
  return css.replace(FONT_FACE, '');
}

let cssPromise: Promise<string> | null = null;

/** KaTeX's full stylesheet as shipped with the extension; '' where it cannot be read. */
export function katexCss(): Promise<string> {
  if (!cssPromise) {
    const url = extensionUrl('katex/katex.min.css');
    cssPromise = url
      ? fetch(url)
          .then((response) => (response.ok ? response.text() : ''))
          .catch(() => '')
      : Promise.resolve('');
  }
  return cssPromise;
}

const registered = new WeakSet<Document>();

/**
 * Adds KaTeX's fonts to `doc.fonts` once. Faces load lazily, when a formula first uses
 * them, straight from the extension's files.
 */
export function registerKatexFonts(doc: Document, rules: FontFaceRule[]): number {
  if (registered.has(doc) || rules.length === 0 || typeof FontFace === 'undefined' || !doc.fonts) return 0;
  let added = 0;
  for (const rule of rules) {
    const url = extensionUrl(`katex/fonts/${rule.file}`);
    if (!url) continue;
    try {
      const face = new FontFace(rule.family, `url("${url}") format("woff2")`, {
        style: rule.style,
        weight: rule.weight,
        display: 'block',
      });
      doc.fonts.add(face);
      added++;
    } catch {
      // A face the browser rejects is left to the fallback font.
    }
  }
  if (added > 0) registered.add(doc);
  return added;
}

/**
 * Gives `root` KaTeX's styles (a <style> element, removed by the returned function) and
 * makes sure the document has its fonts.
 */
export function attachKatexStyles(root: HTMLElement | ShadowRoot): () => void {
  const style = document.createElement('style');
  style.dataset.xentLens = 'katex';
  let removed = false;
  void katexCss().then((css) => {
    if (!css || removed) return;
    // The text goes in before the element goes into the page: Firefox checks a style
    // element filled after insertion against the page's CSP (style-src) and blocks it.
    style.textContent = withoutFontFaces(css);
    root.prepend(style);
    registerKatexFonts(style.ownerDocument, fontFaceRules(css));
  });
  return () => {
    removed = true;
    style.remove();
  };
}
