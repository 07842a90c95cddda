// Math typed in Typst, pasted as a formula or kept in a Typst note: `sum_(c=1)^C`,
// `hat(y)_c`, `cal(L)`, `frac(a, b)`, scripts in round brackets. Typst has no
// backslash commands, so a text with none that shows Typst's own marks (a big operator
// with a bracketed lower limit, or one of its accent and font calls) is read as Typst
// and turned into the TeX it stands for; the rest of the stage reads `log` and the slash.
import { defineTextRule } from './registry';
import { closingBracket } from './text-scan';

/** Typst's marks: a big operator's bracketed limit, or a call TeX writes as a command. */
const TELLTALE = /(?<![A-Za-z])(?:sum|prod)_\(|(?<![A-Za-z])(?:hat|tilde|overline|cal|bold|frac)\(/;
/** Typst's one-argument calls and the TeX command each stands for. */
const COMMANDS: Readonly<Record<string, string>> = {
  hat: 'hat',
  tilde: 'tilde',
  overline: 'overline',
  cal: 'mathcal',
  bold: 'mathbf',
  sqrt: 'sqrt',
};

/** The top-level comma of a call's bracket (frac(a, b)), or -1. */
function topLevelComma(inner: string): number {
  let depth = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '(' || ch === '{' || ch === '[') depth += 1;
    else if (ch === ')' || ch === '}' || ch === ']') depth -= 1;
    else if (ch === ',' && depth === 0) return i;
  }
  return -1;
}

/** Rewrites, from the left, each match of `start` whose bracket closes, by `write(name, inner)`. */
function rewriteBracketed(tex: string, start: RegExp, write: (name: string, inner: string) => string | null): string {
  let out = tex;
  for (let from = 0, guard = 0; guard < 200; guard++) {
    start.lastIndex = from;
    const found = start.exec(out);
    if (!found) break;
    const open = found.index + found[0].length - 1;
    const close = closingBracket(out, open);
    const written = close > open ? write(found[1] ?? '', out.slice(open + 1, close)) : null;
    if (written === null) {
      from = open + 1;
      continue;
    }
    out = `${out.slice(0, found.index)}${written}${out.slice(close + 1)}`;
    from = found.index;
  }
  return out;
}

/** Typst math → TeX; any other text is returned as it was. */
export function typstMath(tex: string): string {
  if (tex.includes('\\') || !TELLTALE.test(tex)) return tex;
  let out = rewriteBracketed(tex, /(?<![A-Za-z])(hat|tilde|overline|cal|bold|sqrt)\(/g, (name, inner) => `\\${COMMANDS[name]}{${inner}}`);
  out = rewriteBracketed(out, /(?<![A-Za-z])(frac)\(/g, (_name, inner) => {
    const comma = topLevelComma(inner);
    return comma < 0 ? null : `\\frac{${inner.slice(0, comma).trim()}}{${inner.slice(comma + 1).trim()}}`;
  });
  // Big operators, then any script in round brackets: Typst's brackets group, TeX's braces do.
  out = out.replace(/(?<![A-Za-z\\])(sum|prod)(?=\s*[_^])/g, '\\$1');
  return rewriteBracketed(out, /([_^])\(/g, (mark, inner) => `${mark}{${inner}}`);
}

defineTextRule({ name: 'typst-math', order: 25.4, apply: typstMath });
