// Math typed in Typst, pasted as a formula or kept in a Typst note: `sum_(c=1)^C`,
// `hat(y)_c`, `cal(L)`, `frac(a, b)`, scripts in round brackets. Typst has no
// backslash commands, so a text with none (but the Greek letters and signs earlier rules
// wrote) that shows Typst's own marks (a big operator with a bracketed lower limit, or one
// of its accent, font, bar and operator calls) is read as Typst
// and turned into the TeX it stands for; the rest of the stage reads `log` and the slash.
import { defineTextRule } from './registry';
import { closingBracket, openingBracket, rewriteCalls, topLevelArguments } from './text-scan';

/**
 * Typst's marks: a big operator's bracketed limit, or a call TeX writes as a command (abs and
 * norm, which code calls too, count only beside one of these).
 */
const TELLTALE = /(?<![A-Za-z])(?:sum|prod|product)_\(|(?<![A-Za-z])(?:hat|tilde|overline|cal|bold|frac|bb|upright|op)\(/;
/** Typst's one-argument calls and the TeX command each stands for. */
const COMMANDS: Readonly<Record<string, string>> = {
  hat: 'hat',
  tilde: 'tilde',
  overline: 'overline',
  cal: 'mathcal',
  bold: 'mathbf',
  bb: 'mathbb',
  upright: 'mathrm',
  sqrt: 'sqrt',
};
/** Typst's names for signs, standing alone (not called): dot, times, tilde (∼), in. */
const SIGN_WORDS: Readonly<Record<string, string>> = { dot: '\\cdot ', times: '\\times ', tilde: '\\sim ', in: '\\in ' };

/**
 * The commands earlier rules write into plain text (Greek letters from their names, signs from
 * Unicode): a text holding only these is still Typst; any other command makes it TeX.
 */
const PLAIN_TEXT_COMMANDS = /\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|pi|rho|sigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Sigma|Phi|Psi|Omega|cdot|times|sim|in|le|ge|neq|approx|pm|infty|partial|nabla|ell|to|dots|cdots|ldots)(?![A-Za-z])/g;

/** Typst math → TeX; any other text is returned as it was. */
export function typstMath(tex: string): string {
  if (tex.replace(PLAIN_TEXT_COMMANDS, '').includes('\\') || !TELLTALE.test(tex)) return tex;
  let out = rewriteCalls(tex, /(?<![A-Za-z])(hat|tilde|overline|cal|bold|bb|upright|sqrt)\(/g, (found, inner) => `\\${COMMANDS[found[1] ?? '']}{${inner}}`);
  // AsciiMath writes frac(a)(b): the same fraction, its parts in two brackets.
  out = out.replace(/(?<![A-Za-z])frac\(((?:[^(),]|\([^()]*\))*)\)\s*\(((?:[^()]|\([^()]*\))*)\)/g, 'frac($1, $2)');
  out = rewriteCalls(out, /(?<![A-Za-z])frac\(/g, (_found, inner) => {
    const args = topLevelArguments(inner);
    return args.length === 2 ? `\\frac{${args[0]}}{${args[1]}}` : null;
  });
  // abs(x), norm(x), op("CE"): bars, double bars, an operator's name.
  out = rewriteCalls(out, /(?<![A-Za-z])abs\(/g, (_found, inner) => `\\lvert ${inner} \\rvert `);
  out = rewriteCalls(out, /(?<![A-Za-z])norm\(/g, (_found, inner) => `\\lVert ${inner} \\rVert `);
  out = out.replace(/(?<![A-Za-z])op\("([^"]+)"\)/g, '\\operatorname{$1}');
  // A quoted script is text set upright in it: L_"CE", y_"i,c" (a list of indices, read as TeX's y_{i,c}).
  out = out.replace(/([_^])"([^"\n]{1,16})"/g, (_m, script: string, text: string) => (/^[A-Za-z0-9]+(?:\s*,\s*[A-Za-z0-9]+)+$/.test(text) || /^[a-z]$/.test(text) ? `${script}{${text}}` : `${script}{\\text{${text}}}`));
  // (a)/(b): Typst's slash takes the bracketed groups beside it as numerator and denominator.
  out = rewriteFractions(out);
  out = out.replace(/(?<![A-Za-z\\])(dot|times|tilde|in)(?![A-Za-z0-9(.])/g, (_m, word: string) => SIGN_WORDS[word] ?? word);
  // Big operators, then any script in round brackets: Typst's brackets group, TeX's braces do.
  out = out.replace(/(?<![A-Za-z\\])(sum|prod|product)(?=\s*[_^])/g, (_m, op: string) => (op === 'sum' ? '\\sum' : '\\prod'));
  return rewriteCalls(out, /([_^])\(/g, (found, inner) => `${found[1]}{${inner}}`);
}

/** `(exp(z_y))/(sum_j exp(z_j))` → `\frac{exp(z_y)}{sum_j exp(z_j)}`: a slash between two bracketed groups. */
function rewriteFractions(tex: string): string {
  let out = tex;
  for (let guard = 0; guard < 50; guard++) {
    const slash = /\)\s*\/\s*\(/.exec(out);
    if (!slash) break;
    const leftClose = slash.index;
    const leftOpen = openingBracket(out, leftClose);
    const rightOpen = slash.index + slash[0].length - 1;
    const rightClose = closingBracket(out, rightOpen);
    if (leftOpen < 0 || rightClose < 0) break;
    // A call's own bracket (f(x)/(y)) is no group of its own: as written.
    if (/[A-Za-z0-9_^]$/.test(out.slice(0, leftOpen))) break;
    out = `${out.slice(0, leftOpen)}\\frac{${out.slice(leftOpen + 1, leftClose)}}{${out.slice(rightOpen + 1, rightClose)}}${out.slice(rightClose + 1)}`;
  }
  return out;
}

/**
 * y_(i k), p_(n,c), Sigma_(i): a subscript in round brackets, as Typst and AsciiMath group one,
 * whatever else the text holds (TeX would take the bracket alone as the subscript, which no
 * author means). Short and without brackets of its own: an index, a pair, a range.
 */
export function bracketedIndexPairs(tex: string): string {
  return tex.replace(/([A-Za-z}])\s*_\(\s*([^()\\{}]{1,12}?)\s*\)/g, '$1_{$2}');
}

/** hat y, bar x, tilde y, vec w: AsciiMath's accents, the letter after a space (TeX's \\hat y is left to TeX). */
export function spacedAccentWords(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z])(hat|bar|tilde|vec)\s+([A-Za-z])(?![A-Za-z(])/g, '\\$1{$2}');
}

defineTextRule({ name: 'typst-math', order: 25.4, apply: typstMath });
defineTextRule({ name: 'bracketed-index-pairs', order: 25.5, apply: bracketedIndexPairs });
defineTextRule({ name: 'spaced-accent-words', order: 25.6, apply: spacedAccentWords });
