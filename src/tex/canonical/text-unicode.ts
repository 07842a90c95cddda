// Text rules for Unicode inside TeX: signs typed from the keyboard or pasted from
// rendered math (−, ⋅, ·, ×, ∑, the prime ′), full-width brackets and letters from CJK input
// methods, sub- and superscript digits, and commas inside numbers.
import { defineTextRule } from './registry';
import { outsideText } from './text-operator-words';

/** Unicode signs pages put in math, and the TeX they stand for. */
const UNICODE_TEX: Record<string, string> = {
  ...greekLetters(),
  // The dashes a keyboard or a word processor puts for a minus: minus, en, figure, hyphens, small, heavy (an em dash is prose's).
  '−': '-', '–': '-', '‒': '-', '‐': '-', '‑': '-', '﹣': '-', '➖': '-',
  '⋆': '*', '✕': '\\times ', '✖': '\\times ', '∕': '/', '⁄': '/', '∶': ':',
  // A dot a word processor puts for a product (a Japanese keyboard's middle dot: see unicodeSigns).
  '•': '\\cdot ', '⅀': '\\sum ',
  '·': '\\cdot ', '⋅': '\\cdot ', '∙': '\\cdot ', '×': '\\times ', '∗': '*', '⊙': '\\odot ',
  '∑': '\\sum ', '∏': '\\prod ', '∫': '\\int ', '≈': '\\approx ', '≒': '\\fallingdotseq ', '≡': '\\equiv ',
  '≔': ':=', '≤': '\\le ', '≥': '\\ge ', '≦': '\\le ', '≧': '\\ge ', '≠': '\\neq ', '∈': '\\in ', '∉': '\\notin ',
  '∼': '\\sim ', '≃': '\\simeq ', '≅': '\\cong ', '∝': '\\propto ', '∣': '|', '‖': '\\| ', '∥': '\\| ',
  '…': '\\dots ', '⋯': '\\cdots ', '±': '\\pm ', '∓': '\\mp ', '÷': '\\div ',
  '∞': '\\infty ', '∂': '\\partial ', '∇': '\\nabla ', '▽': '\\nabla ', '∀': '\\forall ', '∃': '\\exists ',
  '→': '\\to ', '⟶': '\\to ', '⇒': '\\Rightarrow ', '⟹': '\\implies ', '↦': '\\mapsto ', '⇔': '\\iff ', '⟺': '\\iff ', '⟸': '\\impliedby ', '⇐': '\\Leftarrow ',
  '⊂': '\\subset ', '⊆': '\\subseteq ', '∪': '\\cup ', '∩': '\\cap ', '∅': '\\emptyset ',
  '⊗': '\\otimes ', '⊕': '\\oplus ', '∘': '\\circ ', '≪': '\\ll ', '≫': '\\gg ',
  'ℓ': '\\ell ', 'ℝ': '\\mathbb{R}', 'ℕ': '\\mathbb{N}', 'ℤ': '\\mathbb{Z}', 'ℒ': '\\mathcal{L}', 'ℋ': '\\mathcal{H}',
  '⟨': '\\langle ', '⟩': '\\rangle ', '〈': '\\langle ', '〉': '\\rangle ', '⌈': '\\lceil ', '⌉': '\\rceil ',
  '⌊': '\\lfloor ', '⌋': '\\rfloor ', '【': '[', '】': ']', '〔': '(', '〕': ')',
  '㏒': '\\log ', '㏑': '\\ln ', '⊤': '\\top ', '⊺': '\\top ',
  '⁡': '', '​': '', '⁢': '', ' ': ' ', '　': ' ', '′': "'", '″': "''",
  // Σ and Π typed as letters are nearly always the sum and product signs; ε is read as ϵ.
  'Σ': '\\sum ', 'Π': '\\prod ', 'ε': '\\epsilon ',
};

/**
 * Every Greek letter TeX has a command for (α → \alpha, ε → \varepsilon, ϕ → \phi, Δ → \Delta);
 * the capitals that look Latin (Α, Β, Ε …) are those Latin letters.
 */
function greekLetters(): Record<string, string> {
  const lower = 'alpha beta gamma delta varepsilon zeta eta theta iota kappa lambda mu nu xi o pi rho varsigma sigma tau upsilon varphi chi psi omega'.split(' ');
  const upper = 'A B Gamma Delta E Z H Theta I K Lambda M N Xi O Pi P - Sigma T Upsilon Phi X Psi Omega'.split(' ');
  const table: Record<string, string> = { 'ϵ': '\\epsilon ', 'ϑ': '\\vartheta ', 'ϕ': '\\phi ', 'ϖ': '\\varpi ', 'ϱ': '\\varrho ', 'ϰ': '\\varkappa ' };
  const command = (name: string) => (name.length === 1 ? name : `\\${name} `);
  lower.forEach((name, at) => (table[String.fromCharCode(0x3b1 + at)] = command(name)));
  upper.forEach((name, at) => {
    if (name !== '-') table[String.fromCharCode(0x391 + at)] = command(name);
  });
  return table;
}

// ᵧ (a subscript gamma) is what a page pastes for the subscript y, which Unicode lacks (ŷᵧ, zᵧ).
const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ₊₋₌₍₎ᵧ';
const SUBSCRIPT_PLAIN = '0123456789aeoxhklmnpstijruv+-=()y';
// Modifier letters (ᵀ, ᵗ, ᵏ) are how a transpose or an index is pasted from a word processor.
// y⁽ⁱ⁾: the sample index in superscript parentheses; ᴺ, ᴷ, ᴸ: a bound or a layer in small capitals.
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹ⁱⁿ⁻⁺ᵀᵗᵏʲˣʸᵃᵇᶜᵈᵉᵐᵒᵖʳˢᵘᵛʷᶻᶠᵍʰˡ⁽⁾⁼ᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵁⱽᵂ';
const SUPERSCRIPT_PLAIN = '0123456789in-+Ttkjxyabcdemoprsuvwzfghl()=ABDEGHIJKLMNOPRUVW';

/** The styles of Unicode's mathematical alphanumerics (U+1D400…), 52 letters each, and the TeX for each. */
const MATH_ALPHABETS = ['\\mathbf', '', '\\boldsymbol', '\\mathcal', '\\mathcal', '\\mathfrak', '\\mathbb', '\\mathfrak', '', '\\mathbf', '', '\\boldsymbol', '\\mathtt'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Mathematical alphanumerics pasted from a word processor or rendered math (𝑦, 𝐲, 𝔼,
 * 𝟎): the letter in TeX's font for that style (y, \mathbf{y}, \mathbb{E}, 0).
 */
export function mathAlphanumerics(tex: string): string {
  return tex.replace(/[\u{1D400}-\u{1D6A3}\u{1D6A8}-\u{1D7C9}\u{1D7CE}-\u{1D7FF}\u210E]/gu, (ch) => {
    const cp = ch.codePointAt(0) as number;
    if (cp === 0x210e) return 'h';
    if (cp >= 0x1d7ce) return String((cp - 0x1d7ce) % 10);
    if (cp >= 0x1d6a8) return mathGreek(cp);
    const style = MATH_ALPHABETS[Math.floor((cp - 0x1d400) / 52)] ?? '';
    const letter = LETTERS[(cp - 0x1d400) % 52] as string;
    return style ? `${style}{${letter}}` : letter;
  });
}

/** The styles of the mathematical Greek (U+1D6A8…), 58 characters each: bold, italic, bold italic, sans bold, sans bold italic. */
const GREEK_STYLES = ['\\boldsymbol', '', '\\boldsymbol', '\\boldsymbol', '\\boldsymbol'];
/** Each style's 58: Α–Ω (ϴ in Ρ's wake), ∇, α–ω, then ∂ ϵ ϑ ϰ ϕ ϱ ϖ. */
const GREEK_TAIL = '∇';
const GREEK_LOWER_TAIL = '∂ϵϑϰϕϱϖ';

/** 𝜎, 𝜽, 𝝈: a Greek letter in a mathematical style, as the plain letter (later its command) in TeX's font for that style. */
function mathGreek(cp: number): string {
  const style = GREEK_STYLES[Math.floor((cp - 0x1d6a8) / 58)] ?? '';
  const at = (cp - 0x1d6a8) % 58;
  const letter =
    at < 17 ? String.fromCodePoint(0x391 + at)
    : at === 17 ? 'ϴ'
    : at < 25 ? String.fromCodePoint(0x3a3 + at - 18)
    : at === 25 ? GREEK_TAIL
    : at < 51 ? String.fromCodePoint(0x3b1 + at - 26)
    : (GREEK_LOWER_TAIL[at - 51] as string);
  return style ? `${style}{${letter}}` : letter;
}

/**
 * UnicodeMath, the linear format Word's equations copy as: ▒ parts an n-ary operator from its
 * operand, 〖 〗 group without showing, and an accent stands after its letter with a space
 * between (`y ̂_i`). Read as TeX's grouping braces and the accent on the letter.
 */
export function unicodeMathLinear(tex: string): string {
  // A mark with a letter straight after it belongs to that letter (a PDF's text, `log ̂y`).
  if (!/[▒〖〗]|[A-Za-z] [\u0302\u0303\u0304\u0305](?![A-Za-z])/.test(tex)) return tex;
  return tex
    .replace(/▒/g, ' ')
    .replace(/〖/g, '{')
    .replace(/〗/g, '}')
    .replace(/([A-Za-z]) ([\u0302\u0303\u0304\u0305])(?![A-Za-z])/g, '$1$2');
}

/** Full-width ASCII (ｌｏｇ，（ｐ）, U+FF01–FF5E) → ASCII; CJK input methods type it inside math. */
export function fullWidthAscii(tex: string): string {
  return tex.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Cyrillic letters drawn like Latin ones. */
const CYRILLIC_LOOKALIKES: Record<string, string> = { 'а': 'a', 'с': 'c', 'е': 'e', 'о': 'o', 'р': 'p', 'х': 'x', 'у': 'y', 'к': 'k', 'і': 'i', 'ј': 'j', 'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'Т': 'T', 'Х': 'X' };

/**
 * \sum_{с=1}^{M} y_{o,c}: in a subscript or superscript, a Cyrillic letter standing alone, drawn like a
 * Latin one, is the Latin letter a Russian keyboard typed in its place. Cyrillic words stay words, and
 * so do letters in the line (с, у and к are prepositions there).
 */
export function cyrillicLookalikes(tex: string): string {
  const latin = (script: string) => script.replace(/(?<!\p{Script=Cyrillic})[асеорхукіјАВСЕКМНОРТХ](?!\p{Script=Cyrillic})/gu, (ch) => CYRILLIC_LOOKALIKES[ch] ?? ch);
  return tex.replace(/([_^]\s*)(\{[^{}]*\}|\p{Script=Cyrillic})/gu, (_m, mark: string, script: string) => mark + latin(script));
}

/** Accents over letters, precomposed (ŷ, ȳ, ỹ) or combining (p̂, q̄): the TeX accent. */
const PRECOMPOSED: Record<string, string> = { 'ŷ': '\\hat{y}', 'Ŷ': '\\hat{Y}', 'ȳ': '\\bar{y}', 'Ȳ': '\\bar{Y}', 'ỹ': '\\tilde{y}' };
const COMBINING: Record<string, string> = { '\u0302': 'hat', '\u0304': 'bar', '\u0305': 'bar', '\u0303': 'tilde' };

export function unicodeAccents(tex: string): string {
  return tex
    // ŷk beside yk: plain text glues an index to its letter, the accented one too (ŷ·k is never meant): ŷ_k.
    .replace(/([ŷŶȳȲỹ])([a-z])(?![A-Za-z])/g, (whole, accented: string, index: string) =>
      new RegExp(String.raw`(?<![A-Za-z\\])[A-Za-z]${index}(?![A-Za-z])`).test(tex) ? `${PRECOMPOSED[accented] ?? accented}_${index}` : whole)
    .replace(/[ŷŶȳȲỹ]/g, (ch) => PRECOMPOSED[ch] ?? ch)
    // ˆy and yˆ: the spacing circumflex a PDF's text gives for ŷ, before or after its letter.
    .replace(/(?<![A-Za-z\\])ˆ\s?([A-Za-z])(?![A-Za-z])/g, '\\hat{$1}')
    .replace(/(?<![A-Za-z\\])([A-Za-z])ˆ(?![A-Za-z])/g, '\\hat{$1}')
    .replace(/([A-Za-z])([\u0302\u0303\u0304\u0305])/g, (_m, letter: string, mark: string) => `\\${COMBINING[mark] ?? 'hat'}{${letter}}`)
    // ` ̂y`: a PDF's text may give the combining mark before its letter, on the space.
    .replace(/(?<![A-Za-z])([\u0302\u0303\u0304\u0305])([A-Za-z])(?![A-Za-z])/g, (_m, mark: string, letter: string) => `\\${COMBINING[mark] ?? 'hat'}{${letter}}`)
    // 𝐲̂: a mark on a bold or script letter, which math-alphanumerics has made \mathbf{y}.
    .replace(/(\\(?:mathbf|boldsymbol|mathcal|mathbb|mathit|mathsf)\{[A-Za-z]\})([\u0302\u0303\u0304\u0305])/g, (_m, letter: string, mark: string) => `\\${COMBINING[mark] ?? 'hat'}{${letter}}`);
}

/**
 * A parameter letter glued to a function's name in plain-text math (hθ(x), pθ(y|x), qϕ(z),
 * πθ(a|s)) is that function's subscript, as h_\\theta(x) is in TeX. Only the letters
 * authors use for parameters: σ(z) after a letter stays a product with the sigmoid.
 */
export function gluedParameterSubscripts(tex: string): string {
  return tex.replace(/([A-Za-zπ])([θϑφϕψ])(?=\()/g, '$1_{$2}');
}

/** Norm bars by their other names, \lVert w \rVert_1, \Vert w \Vert (as ‖ is): \| w \|_1, which the penalty rule reads. */
export function normBars(tex: string): string {
  return tex.replace(/\\(?:[lr]Vert|Vert)(?![A-Za-z])/g, '\\|');
}

/**
 * y ∘ log ŷ: a ring between two factors before a log is the elementwise product (⊙), as
 * numerical notes write it; composition with a log is not what losses write. So is the
 * colon of the Frobenius product between a matrix and a log (Y : log Ŷ), summed as ⊙ is read.
 */
export function hadamardRings(tex: string): string {
  return tex
    .replace(/(?:\\circ|∘)(?=\s*\\(?:log|ln)(?![A-Za-z]))/g, '\\odot ')
    .replace(/(?<=[A-Za-z}])\s*:\s*(?=\\(?:log|ln)(?![A-Za-z]))/g, ' \\odot ');
}

/** ∑ or ∏ with its limits flattened beside it, as a rendered formula's text reads: k=1∑K, ∑j=1K. */
const FLATTENED_OPERATOR = /(?<![A-Za-z\\])([a-z])=(\d+)([∑∏])([A-Z]|\d+)|([∑∏])([a-z])=(\d+)([A-Z]|\d+)/g;

/**
 * Math copied as the text a renderer draws (`−k=1∑Kpklog(p^k)`, `∑j=1Kexp(zj)`): the limits
 * sit beside the sign, the index is glued to the letter it subscripts and a hat follows its
 * letter as ^. Where a sign's limits are flattened so, the formula is read that way: the sum
 * with its limits, p^ as \hat{p}, and a letter right before the index letter as indexed by it.
 * TeX never writes a sign between its limits, so formulas typed as TeX are left alone.
 */
export function flattenedScripts(tex: string): string {
  const indices = new Set<string>();
  let out = tex.replace(FLATTENED_OPERATOR, (_m, i1?: string, s1?: string, op1?: string, b1?: string, op2?: string, i2?: string, s2?: string, b2?: string) => {
    const [index, start, op, bound] = i1 ? [i1, s1, op1, b1] : [i2, s2, op2, b2];
    indices.add(index as string);
    return `${op === '∏' ? '\\prod' : '\\sum'}_{${index}=${start}}^{${bound}} `;
  });
  if (indices.size === 0) return tex;
  out = out.replace(/(?<![\\A-Za-z])([A-Za-z])\^(?=[A-Za-z(),])/g, '\\hat{$1}');
  for (const index of indices) {
    out = out.replace(new RegExp(String.raw`(?<![\\A-Za-z])([A-Za-z]|\\hat\{[A-Za-z]\})${index}(?=log|ln|exp|[^A-Za-z]|$)`, 'g'), `$1_{${index}}`);
  }
  // p_k(i): a sample's bracketed index flattened after the subscript is its superscript, p_k^{(i)}.
  return out.replace(/(_\{[a-z]\})\(([a-z])\)/g, '$1^{($2)}');
}

/**
 * ー, the kana's long-vowel mark, is the key a Japanese input method types for the minus in kana
 * mode (E = ー\sum_k …, 1ーy). After a kana it lengthens the word (データ) and stays.
 */
export function kanaLongMarkMinus(tex: string): string {
  return tex.replace(/(?<![\p{Script=Katakana}\p{Script=Hiragana}ーｰ])[ーｰ]/gu, '-');
}

/**
 * 0ˣlog(0.02), y𝖷log(ŷ): a letter x set small or in a math font, typed between a weight and a log
 * where a keyboard has no ×, is the multiplication sign (eˣ before no log stays a power).
 */
export function letterTimesBeforeLog(tex: string): string {
  return tex.replace(/(?<=[0-9A-Za-z)}])\s*(?:ˣ|𝖷|𝗫)\s*(?=\\?(?:log|ln)(?![A-Za-z]))/gu, ' \\times ');
}

/** Relations a script writes between its letters (x∼p under an expectation, i∈S under a sum). */
const SCRIPT_RELATIONS: ReadonlyMap<string, string> = new Map([['∼', '\\sim '], ['~', '\\sim '], ['∈', '\\in ']]);

/** Unicode signs and Greek letters → TeX; runs of sub- and superscript characters → _{…} and ^{…}. */
export function unicodeSigns(tex: string): string {
  let out = '';
  // A Japanese keyboard's middle dot (・, ･) between symbols is a product; between kana or kanji it joins words (クロス・エントロピー).
  tex = tex.replace(/(?<![\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}ー])\s*[・･]\s*(?![\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Han}])/gu, ' \\cdot ');
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
    for (;;) {
      while (i < tex.length && set.includes(tex[i] as string)) {
        run += plain[set.indexOf(tex[i] as string)];
        i += 1;
      }
      // ₓ∼ₚ, ᵢ∈ₛ: Unicode has no script ∼ or ∈, so one written between script letters belongs to the script.
      const between = tex[i] as string | undefined;
      if (between === undefined || !SCRIPT_RELATIONS.has(between) || !set.includes(tex[i + 1] ?? '')) break;
      run += SCRIPT_RELATIONS.get(between);
      i += 1;
    }
    i -= 1;
    out += `${sub >= 0 ? '_' : '^'}{${run}}`;
  }
  return out;
}

/** A log (with a base or not, its bracket or not) whose argument is a number with a decimal comma: \ln 0,7, \log_2(0,25). */
const DECIMAL_COMMA_IN_LOG = /(?:\\(?:log|ln|lg)|(?<![A-Za-z])(?:log|ln))(?:_\{?\d+\}?)?\s*(?:\\left\s*)?[({]?\s*\d+,\d+(?![\d,])/;

/** {+}, {-}: a sign braced to set its spacing (1{-}y) is the sign; a script's sign (w_{+}, x^{-}) stays. */
export function bracedSigns(tex: string): string {
  return tex.replace(/(?<![_^]\s*)\{\s*([+\-])\s*\}/g, '$1');
}

/**
 * Commas inside numbers: 0{,}25 is a decimal comma (TeX's way of keeping the
 * comma from spacing); 1,024 after a relation is a thousands separator
 * (groups of three, the first not 0). Lists like (1, 0, 0) are left alone.
 */
export function numbersWithCommas(tex: string): string {
  // A log of a number written with a bare decimal comma (\ln 0,7, \log(0,25)) says the page writes
  // decimals so: its other numbers with one comma and no space after it are decimals too.
  const decimals = DECIMAL_COMMA_IN_LOG.test(tex) ? tex.replace(/(?<![\d,.])(\d+),(\d+)(?![\d,])/g, '$1.$2') : tex;
  return decimals
    .replace(/(\d)\{,\}(?=\d)/g, '$1.')
    .replace(/((?:=|\\approx|\\simeq)\s*-?)([1-9]\d{0,2}(?:,\d{3})+)(?![\d,])/g, (_m, before: string, digits: string) => before + digits.replace(/,/g, ''));
}

/** Letters of the scripts pages write words in but math never names symbols with (Arabic, Cyrillic, CJK, …). */
const WORD_SCRIPT = String.raw`[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{M}]`;

/** A word of two letters or more in such a script as the whole argument of a call. */
const CALLED_WORD = new RegExp(String.raw`\(\s*(${WORD_SCRIPT}{2,}(?:\s+${WORD_SCRIPT}{2,})*)\s*\)`, 'gu');
/** A word of three letters or more in the line (not a subscript's word, p_{мод}, which names a symbol). */
const WORD_IN_LINE = new RegExp(String.raw`(?<![_{\p{L}\\]|_\s*\{[^{}]*)(${WORD_SCRIPT}{3,}(?:\s+${WORD_SCRIPT}{2,})*)(?!\p{L})`, 'gu');

/**
 * p̂(الصحيحة), q(кошка): a word in such a script as the argument of a call is text, one name
 * (TeX would read each letter as a symbol of its own, their product); so is a word standing in
 * the line, −log добутку, висота дзвона: prose, one piece of text (never inside \text already).
 */
export function wordsInOtherScripts(tex: string): string {
  const called = tex.replace(CALLED_WORD, (_m, word: string) => `(\\text{${word}})`);
  return outsideText(called, (math) => math.replace(WORD_IN_LINE, (_m, words: string) => `\\text{${words}}`));
}

/**
 * No-break, thin, em and ideographic spaces (U+00A0, U+2000–U+200A, U+202F, U+205F, U+3000) are the
 * space: HTML's &nbsp; inside a page's TeX, and editors that paste formulas, put them where a space was.
 * A soft hyphen is dropped.
 */
export function unicodeSpaces(tex: string): string {
  // A soft hyphen (&shy;) only marks where a word may break: it is no character of the formula.
  return tex.replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/\u00ad/g, '');
}

/** \Hat{y}, \Tilde{p}, \Bar{x}: amsxtra's capitalised accents are the same accents as \hat, \tilde, \bar. */
export function capitalAccents(tex: string): string {
  return tex.replace(/\\(Hat|Tilde|Bar|Check|Breve|Dot|Ddot|Acute|Grave|Vec)(?![A-Za-z])/g, (_m, name: string) => `\\${name.toLowerCase()}`);
}

/** The accent a mark stacked over or under one letter stands for. */
const STACKED_MARKS: Record<string, string> = {
  '\\sim': 'tilde', '~': 'tilde', '\\wedge': 'hat', '\\hat{}': 'hat', '^': 'hat', '\\frown': 'hat', '\\smile': 'breve',
  '-': 'bar', '\\_': 'bar', '\\rightarrow': 'vec', '\\to': 'vec', '\\cdot': 'dot', '.': 'dot', '\\circ': 'mathring',
};

/**
 * \overset{\sim}{y}, \stackrel{\wedge}{y}, \underset{\sim}{y}: a mark stacked on one letter is that letter's
 * accent (a tilde, a hat), so the estimate stays another symbol than the letter it decorates.
 */
export function stackedAccents(tex: string): string {
  return tex.replace(/\\(?:overset|stackrel|underset)\s*\{\s*([^{}]*?|\\hat\{\})\s*\}\s*\{\s*(\\?[A-Za-z]+)\s*\}/g, (whole, mark: string, letter: string) => {
    const accent = STACKED_MARKS[mark.trim()];
    return accent && /^(?:[A-Za-z]|\\[a-z]+)$/.test(letter) ? `\\${accent}{${letter}}` : whole;
  });
}

defineTextRule({ name: 'unicode-spaces', order: 8.5, apply: unicodeSpaces });
defineTextRule({ name: 'stacked-accents', order: 21.06, apply: stackedAccents });
defineTextRule({ name: 'capital-accents', order: 21.05, apply: capitalAccents });
defineTextRule({ name: 'unicode-math-linear', order: 19.5, apply: unicodeMathLinear });
defineTextRule({ name: 'full-width-ascii', order: 20, apply: fullWidthAscii });
defineTextRule({ name: 'cyrillic-lookalikes', order: 20.05, apply: cyrillicLookalikes });
defineTextRule({ name: 'letter-times-before-log', order: 20.4, apply: letterTimesBeforeLog });
defineTextRule({ name: 'math-alphanumerics', order: 20.5, apply: mathAlphanumerics });
defineTextRule({ name: 'unicode-accents', order: 21, apply: unicodeAccents });
defineTextRule({ name: 'glued-parameter-subscripts', order: 21.5, apply: gluedParameterSubscripts });
defineTextRule({ name: 'flattened-scripts', order: 21.8, apply: flattenedScripts });
defineTextRule({ name: 'unicode-signs', order: 22, apply: unicodeSigns });
defineTextRule({ name: 'kana-long-mark-minus', order: 22.1, apply: kanaLongMarkMinus });
defineTextRule({ name: 'numbers-with-commas', order: 30, apply: numbersWithCommas });
defineTextRule({ name: 'braced-signs', order: 22.2, apply: bracedSigns });
defineTextRule({ name: 'norm-bars', order: 22.5, apply: normBars });
defineTextRule({ name: 'words-in-other-scripts', order: 29.5, apply: wordsInOtherScripts });
defineTextRule({ name: 'hadamard-rings', order: 42.5, apply: hadamardRings });

/**
 * \xrightarrow{y one-hot}, \xRightarrow[n \to \infty]{}: an arrow drawn with a note above or below it says the next
 * member follows from the one before, as \to and \Rightarrow do; the note says why and is set aside.
 */
export function labelledArrows(tex: string): string {
  return tex.replace(/\\x(rightarrow|Rightarrow|longrightarrow|mapsto)\s*(?:\[(?:[^[\]]|\[[^[\]]*\])*\])?\s*\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g, (_m, arrow: string) => (arrow === 'Rightarrow' ? '\\Rightarrow ' : '\\to '));
}

// Before the notes in \text{…} are read as prose.
defineTextRule({ name: 'labelled-arrows', order: 13.55, apply: labelledArrows });
