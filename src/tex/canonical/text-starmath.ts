// Math typed in LibreOffice's formula language (StarMath), pasted from a document:
// `sum from{i=1} to{N} y_i log(p_i)`, `{1} over {N}`, `left[ … right]`, `cdot`, `%sigma`.
// A text with no backslash command that shows StarMath's own marks (a big operator's
// `from`, a fraction's `over` between braces) is read as StarMath and turned into the TeX
// it stands for; the rest of the stage reads `log` and the scripts.
import { defineTextRule } from './registry';
import { closingBrace, openingBracket } from './text-scan';

/** StarMath's marks: a big operator's braced `from`, or `over` between two braced groups. */
const TELLTALE = /(?<![A-Za-z])(?:sum|prod|int)\s+from\s*\{|\}\s*over\s*\{/;
/** A braced group, or one token, after `from`, `to` or `over`. */
const GROUP = String.raw`(?:\{[^{}]*\}|[^\s{}]+)`;
const braced = (group: string) => (group.startsWith('{') ? group.slice(1, -1).trim() : group);

/** StarMath → TeX; any other text is returned as it was. */
export function starMath(tex: string): string {
  if (tex.includes('\\') || !TELLTALE.test(tex)) return tex;
  let out = tex.replace(new RegExp(String.raw`(?<![A-Za-z])(sum|prod|int)\s+from\s*(${GROUP})(?:\s+to\s*(${GROUP}))?`, 'g'), (_m, op: string, from: string, to: string | undefined) =>
    `\\${op}_{${braced(from)}}${to ? `^{${braced(to)}}` : ''} `);
  out = fractions(out);
  return out
    .replace(/(?<![A-Za-z\\])(left|right)\s*([[\]()|])/g, '\\$1$2')
    .replace(/(?<![A-Za-z\\])(cdot|times)(?![A-Za-z])/g, '\\$1 ')
    .replace(/%([A-Za-z]+)/g, '\\$1 ');
}

/** {a} over {b} → \frac{a}{b}, from the left. */
function fractions(tex: string): string {
  let out = tex;
  for (let guard = 0; guard < 50; guard++) {
    const over = /\}\s*over\s*\{/.exec(out);
    if (!over) break;
    const numeratorClose = over.index;
    const numeratorOpen = openingBracket(out, numeratorClose);
    const denominatorOpen = over.index + over[0].length - 1;
    const denominatorClose = closingBrace(out, denominatorOpen);
    if (numeratorOpen < 0 || denominatorClose < 0) break;
    out = `${out.slice(0, numeratorOpen)}\\frac{${out.slice(numeratorOpen + 1, numeratorClose)}}{${out.slice(denominatorOpen + 1, denominatorClose)}}${out.slice(denominatorClose + 1)}`;
  }
  return out;
}

// Early, before the rules that write commands into plain text (Greek names, Unicode signs).
defineTextRule({ name: 'starmath', order: 7.5, apply: starMath });
