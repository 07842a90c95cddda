// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fontFaceRules, registerKatexFonts, withoutFontFaces } from './katex-assets';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'), 'utf8');

describe('KaTeX assets', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every @font-face of the shipped CSS', () => {
    const rules = fontFaceRules(css);
    expect(rules.length).toBe(20);
    expect(rules).toContainEqual({ family: 'KaTeX_Main', file: 'KaTeX_Main-Regular.woff2', style: 'normal', weight: '400' });
    expect(rules).toContainEqual({ family: 'KaTeX_Math', file: 'KaTeX_Math-Italic.woff2', style: 'italic', weight: '400' });
  });

  it('strips the @font-face rules and keeps the rest', () => {
    const stripped = withoutFontFaces(css);
    expect(stripped).not.toContain('@font-face');
    expect(stripped).toContain('.katex');
  });

  it('registers the fonts once per document from the extension', () => {
    const added: { family: string; source: string }[] = [];
    class FakeFace {
      constructor(
        public family: string,
        public source: string,
      ) {
        added.push({ family, source });
      }
    }
    vi.stubGlobal('FontFace', FakeFace);
    vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => `chrome-extension://id/${path}` } });
    const doc = { fonts: { add: () => undefined } } as unknown as Document;
    expect(registerKatexFonts(doc, fontFaceRules(css))).toBe(20);
    expect(registerKatexFonts(doc, fontFaceRules(css))).toBe(0);
    expect(added[0]!.source).toMatch(/^url\("chrome-extension:\/\/id\/katex\/fonts\/KaTeX_.*\.woff2"\)/);
  });
});
