// Math typed in Typst, pasted as a formula or kept in a Typst note: `sum_(c=1)^C`,
// `hat(y)_c`, `cal(L)`, `frac(a, b)`, scripts in round brackets. Typst has no
// backslash commands, so a text with none that shows Typst's own marks (a big operator
// with a bracketed lower limit, or one of its accent and font calls) is read as Typst
// and turned into the TeX it stands for; the rest of the stage reads `log` and the slash.
import { defineTextRule } from './registry';
import { rewriteCalls, topLevelArguments } from './text-scan';

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

/** Typst math → TeX; any other text is returned as it was. */
export function typstMath(tex: string): string {
  if (tex.includes('\\') || !TELLTALE.test(tex)) return tex;
  let out = rewriteCalls(tex, /(?<![A-Za-z])(hat|tilde|overline|cal|bold|sqrt)\(/g, (found, inner) => `\\${COMMANDS[found[1] ?? '']}{${inner}}`);
  out = rewriteCalls(out, /(?<![A-Za-z])frac\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    return args.length === 2 ? `\\frac{${args[0]}}{${args[1]}}` : null;
  });
  // Big operators, then any script in round brackets: Typst's brackets group, TeX's braces do.
  out = out.replace(/(?<![A-Za-z\\])(sum|prod)(?=\s*[_^])/g, '\\$1');
  return rewriteCalls(out, /([_^])\(/g, (found, inner) => `${found[1]}{${inner}}`);
}

/**
 * y_(i k), p_(n,c): a subscript of two indices in round brackets, as Typst and AsciiMath group
 * one, whatever else the text holds (TeX would take the bracket alone as the subscript).
 */
export function bracketedIndexPairs(tex: string): string {
  return tex.replace(/([A-Za-z}])_\(\s*([A-Za-z0-9]+(?:\s*,\s*|\s+)[A-Za-z0-9]+)\s*\)/g, '$1_{$2}');
}

defineTextRule({ name: 'typst-math', order: 25.4, apply: typstMath });
defineTextRule({ name: 'bracketed-index-pairs', order: 25.5, apply: bracketedIndexPairs });
