// Delimited TeX in a string: $$…$$, \[…\], \(…\), \begin{equation|align|…}…\end{…},
// and $…$ where asked (Markdown drafts). Pure string work, shared by the raw source on
// a page (./sources/raw.ts) and the CLI's Markdown reader (./static.ts), which must not
// register the page sources by loading it.

const ENVIRONMENTS = 'equation|align|alignat|gather|multline|eqnarray|displaymath|flalign';
/** Longest TeX taken from one match; longer spans are almost surely not one formula. */
const MAX_TEX_LENGTH = 8000;

const DISPLAY_PATTERN = String.raw`\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)|(\\begin\{(${ENVIRONMENTS})(\*?)\}[\s\S]+?\\end\{\5\6\})`;
/** Pandoc's rule for $…$: no space inside either dollar, no digit right after the closing one. */
const INLINE_DOLLAR = String.raw`|(?<![\\$])\$(?![\s$])((?:[^$\\\n]|\\[\s\S])+?)(?<![\s\\])\$(?![$0-9])`;

export interface RawTexOptions {
  /** Also take $…$ as inline math (Markdown drafts; never on web pages, where $ is money). */
  inlineDollar?: boolean;
}

export interface RawMatch {
  start: number;
  end: number;
  tex: string;
  display: boolean;
}

/** The delimited formulas in one string, in order. */
export function matchRawTex(text: string, options: RawTexOptions = {}): RawMatch[] {
  const pattern = new RegExp(DISPLAY_PATTERN + (options.inlineDollar ? INLINE_DOLLAR : ''), 'g');
  const matches: RawMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const [whole, dollars, brackets, parens, environment, , , dollar] = match;
    const tex = (dollars ?? brackets ?? parens ?? environment ?? dollar ?? '').trim();
    if (!tex || tex.length > MAX_TEX_LENGTH) continue;
    matches.push({
      start: match.index,
      end: match.index + whole.length,
      tex,
      display: parens === undefined && dollar === undefined,
    });
  }
  return matches;
}
