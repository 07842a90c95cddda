// Text-level clean-up applied before parsing, on both the KaTeX and the lenient
// path: what pages wrap formulas in and how Markdown and Unicode mangle them.

/** Unicode signs pages put in math, and the TeX they stand for. */
const UNICODE_TEX: Record<string, string> = {
  '−': '-', '–': '-', '‐': '-', '－': '-', '＋': '+', '＝': '=',
  '·': '\\cdot ', '⋅': '\\cdot ', '∙': '\\cdot ', '×': '\\times ', '∗': '*',
  '∑': '\\sum ', '∏': '\\prod ', '∫': '\\int ', '≈': '\\approx ', '≡': '\\equiv ',
  '≔': ':=', '≤': '\\le ', '≥': '\\ge ', '∈': '\\in ', '∼': '\\sim ', '∣': '|',
  '‖': '\\| ', '…': '\\dots ', '⋯': '\\cdots ', 'δ': '\\delta ', 'ε': '\\epsilon ',
  'ϵ': '\\epsilon ', 'σ': '\\sigma ', 'θ': '\\theta ', 'λ': '\\lambda ', 'α': '\\alpha ',
  'β': '\\beta ', 'γ': '\\gamma ', 'μ': '\\mu ', 'Σ': '\\sum ', 'Π': '\\prod ', 'ℓ': '\\ell ',
  '⁡': '', '​': '', ' ': ' ', '　': ' ',
};
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼ';
const SUBSCRIPT_PLAIN = '0123456789aeoxhklmnpstij';
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹ⁱⁿ⁻';
const SUPERSCRIPT_PLAIN = '0123456789in-';

/** Commands that only number or label a display and say nothing about its content. */
const LABEL_COMMANDS = /\\(?:tag\*?|label|eqref|ref)\s*\{/g;

/** Environments whose rows are equation rows (rewritten to `aligned`) or plain wrappers (dropped). */
const ROW_ENVIRONMENTS = /\\(begin|end)\{(?:align|alignat|eqnarray|split|flalign|gather|multline)\*?\}(?:\{\d+\})?/g;
const WRAPPER_ENVIRONMENTS = /\\(?:begin|end)\{(?:equation|displaymath|math)\*?\}/g;

/** Removes `\cmd{…}` with balanced braces; braces left open are cut to the end. */
function removeBracedCommand(tex: string, pattern: RegExp): string {
  let out = '';
  let index = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(tex); match; match = pattern.exec(tex)) {
    out += tex.slice(index, match.index);
    let depth = 1;
    let cursor = match.index + match[0].length;
    while (cursor < tex.length && depth > 0) {
      const ch = tex[cursor];
      if (ch === '\\') cursor += 1;
      else if (ch === '{') depth += 1;
      else if (ch === '}') depth -= 1;
      cursor += 1;
    }
    index = cursor;
    pattern.lastIndex = cursor;
  }
  return out + tex.slice(index);
}

function replaceScripts(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i] as string;
    const sub = SUBSCRIPTS.indexOf(ch);
    const sup = SUPERSCRIPTS.indexOf(ch);
    if (sub < 0 && sup < 0) {
      out += UNICODE_TEX[ch] ?? ch;
      continue;
    }
    const set = sub >= 0 ? SUBSCRIPTS : SUPERSCRIPTS;
    const plain = sub >= 0 ? SUBSCRIPT_PLAIN : SUPERSCRIPT_PLAIN;
    let run = '';
    while (i < tex.length && set.includes(tex[i] as string)) {
      run += plain[set.indexOf(tex[i] as string)];
      i += 1;
    }
    i -= 1;
    out += `${sub >= 0 ? '_' : '^'}{${run}}`;
  }
  return out;
}

/** Text arguments, where words like "log loss" are prose and stay as written. */
const TEXT_ARGUMENT = /\\(?:text|mbox|textrm|textit|operatorname|mathrm|hbox)\s*\{[^{}]*\}/g;
/** Function names written without a backslash (`p log(q)`, `ln(s^i)`, `logp(k)`), KaTeX loses the space. */
const BARE_FUNCTION = /(?<![\\A-Za-z])(?:log(?!it|istic|in)|ln(?![A-Za-z])|exp(?![A-Za-z]))/g;

/** Plain-text log2(p), log10(x) (NumPy's names): a log with its base. */
const BARE_LOG_WITH_BASE = /(?<![\\A-Za-z])log(2|10)(?=\s*[(\[])/g;

function markBareFunctions(tex: string): string {
  tex = tex.replace(BARE_LOG_WITH_BASE, (_word, base: string) => `log_{${base}}`);
  let out = '';
  let index = 0;
  TEXT_ARGUMENT.lastIndex = 0;
  for (let match = TEXT_ARGUMENT.exec(tex); match; match = TEXT_ARGUMENT.exec(tex)) {
    out += tex.slice(index, match.index).replace(BARE_FUNCTION, (word) => `\\${word} `) + match[0];
    index = match.index + match[0].length;
  }
  return out + tex.slice(index).replace(BARE_FUNCTION, (word) => `\\${word} `);
}

/**
 * Commas inside numbers: 0{,}25 is a decimal comma (TeX's way of keeping the
 * comma from spacing); 1,024 after a relation is a thousands separator
 * (groups of three, the first not 0). Lists like (1, 0, 0) are left alone.
 */
function numbersWithCommas(tex: string): string {
  return tex
    .replace(/(\d)\{,\}(?=\d)/g, '$1.')
    .replace(/((?:=|\\approx|\\simeq)\s*-?)([1-9]\d{0,2}(?:,\d{3})+)(?![\d,])/g, (_m, before: string, digits: string) => before + digits.replace(/,/g, ''));
}

/** TeX as pages write it → TeX that KaTeX and the lenient reader both take. */
export function normaliseTex(raw: string): string {
  let tex = raw.replace(/\r\n?/g, '\n');
  // Markdown source where every command is written with two backslashes (\\sum, \\log):
  // only when no command has one, so that \\ row breaks elsewhere stay.
  if (/\\\\[A-Za-z]/.test(tex) && !/(?<!\\)\\[A-Za-z]/.test(tex)) tex = tex.replace(/\\\\/g, '\\');
  // Markdown escapes (kramdown, RST): \_ and \* and \| \| as written in the source.
  tex = tex.replace(/\\_/g, '_').replace(/\\\*/g, '*');
  // A lone backslash before a newline: a row break whose second backslash Markdown ate.
  tex = tex.replace(/(^|[^\\])\\[ \t]*(?=\n)/g, '$1\\\\');
  tex = tex.replace(/(^|[^\\])\\[ \t]*$/, '$1');
  tex = removeBracedCommand(tex, LABEL_COMMANDS);
  tex = tex.replace(/\\(?:nonumber|notag)\b/g, '');
  tex = tex.replace(ROW_ENVIRONMENTS, (_m, which: string) => `\\${which}{aligned}`);
  tex = tex.replace(WRAPPER_ENVIRONMENTS, '');
  tex = replaceScripts(tex);
  tex = numbersWithCommas(tex);
  tex = markBareFunctions(tex);
  // Wikitext indentation (":P(x) = …") and a leading control space ("\ E = …").
  tex = tex.replace(/^\s*:(?!=)/, '').replace(/^\s*\\ /, '');
  return tex.trim();
}
