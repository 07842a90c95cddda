import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracedSigns, labelledArrows, capitalAccents, cyrillicLookalikes, flattenedScripts, fullWidthAscii, gluedParameterSubscripts, hadamardRings, kanaLongMarkMinus, letterTimesBeforeLog, mathAlphanumerics, normBars, numbersWithCommas, wordsInOtherScripts, stackedAccents, unicodeAccents, unicodeMathLinear, unicodeSigns, unicodeSpaces } from './text-unicode';

describe('text rules: Unicode inside TeX', () => {
  it('letter-times-before-log: a small or sans-serif x typed between a weight and a log is ×', () => {
    expect(letterTimesBeforeLog('0ˣlog(0.02) + 1ˣlog(0.9)')).toBe('0 \\times log(0.02) + 1 \\times log(0.9)');
    expect(recogniseFormula('BCELoss(\\hat{y},y) = -(y𝖷log(\\hat{y}) + (1-y)𝖷log(1-\\hat{y}))')?.kind).toBe('ce_binary');
    // A power eˣ, and an italic x that is a variable, stay.
    expect(letterTimesBeforeLog('eˣ + 1')).toBe('eˣ + 1');
    expect(letterTimesBeforeLog('y 𝑥 \\log p')).toBe('y 𝑥 \\log p');
  });

  it('norm-bars: \\lVert, \\rVert and \\Vert are \\|', () => {
    expect(normBars('\\lVert v\\rVert_1 + \\left\\lVert v \\right\\rVert^2 + \\Vert v\\Vert')).toBe('\\| v\\|_1 + \\left\\| v \\right\\|^2 + \\| v\\|');
    expect(normBars('\\Vertical')).toBe('\\Vertical');
    expect(recogniseFormula('E(v) = -\\frac{1}{M}\\sum_{m=1}^{M}[s_m\\ln q_m + (1-s_m)\\ln(1-q_m)] + \\lambda\\lVert v\\rVert_1')?.kind).toBe('ce_binary_batch');
  });

  it('kana-long-mark-minus: ー typed for a minus by a Japanese input method; after a kana it is the long vowel', () => {
    expect(kanaLongMarkMinus('E = ー\\sum_k t_k \\log y_k + (1ーy)')).toBe('E = -\\sum_k t_k \\log y_k + (1-y)');
    expect(kanaLongMarkMinus('\\text{データ数} ー \\text{スムーズ}')).toBe('\\text{データ数} - \\text{スムーズ}');
    expect(recogniseFormula('L = ー(y\\log p + (1ーy)\\log(1ーp))')?.kind).toBe('ce_binary');
    expect(recogniseFormula('E = ー\\sum_{k=1}^{K} t_k \\log y_k')?.kind).toBe('ce_multiclass');
  });

  it('full-width-ascii: a note in full-width brackets inside \\text is a note, not a weight', () => {
    expect(recogniseFormula('H(X) = -\\sum_{x} p(x) \\log_2 p(x) \\quad \\text{（bits）}')?.kind).toBe('entropy');
    // A unit in square brackets likewise: no target or weight of the formula.
    expect(recogniseFormula('I(x) = -\\log_2 P(x) \\quad \\text{[bits]}')?.kind ?? null).toBeNull();
    expect(recogniseFormula('L = -\\sum_i y_i \\log_2 p_i \\quad \\text{[bits]}')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('E = -\\sum_{k} t_k \\log y_k \\quad \\text{（自然対数）}')?.roles).toMatchObject({ target: 't_k', prediction: 'y_k' });
  });

  it('full-width-ascii: brackets, commas and letters from CJK input methods', () => {
    expect(fullWidthAscii('\\log（p_c），ｌｏｇ［q］')).toBe('\\log(p_c),log[q]');
  });

  it('unicode-signs: minus, dots, times, sums, Greek, scripts', () => {
    expect(unicodeSigns('−∑ t⋅y · z × w')).toBe('-\\sum  t\\cdot y \\cdot  z \\times  w');
    expect(unicodeSigns('⟨t, y⟩ ⊙ σ')).toBe('\\langle t, y\\rangle  \\odot  \\sigma ');
    expect(unicodeSigns('y₁₂ x²')).toBe('y_{12} x^{2}');
    // A figure dash and a heavy minus are minus signs; fraction and division slashes divide.
    expect(unicodeSigns('‒a ➖ b ∕ c ⁄ d ⋆ e')).toBe('-a - b / c / d * e');
    // An em dash stays prose's.
    expect(unicodeSigns('a — b')).toBe('a — b');
    // Arrows between statements, long and short.
    expect(unicodeSigns('a ⟺ b ⇔ c ⟸ d')).toBe('a \\iff  b \\iff  c \\impliedby  d');
    // A relation between script letters is the script's (Unicode has no script ∼ or ∈); one after a script stays outside.
    expect(unicodeSigns('Eₓ∼ₚ ∑ᵢ∈ₛ aᵢ ∼ b')).toBe('E_{x\\sim p} \\sum _{i\\in s} a_{i} \\sim  b');
    expect(recogniseFormula('H(u,v) = −𝔼ₓ∼ᵤ[log v(x)]')?.kind).toBe('ce_expectation');
    expect(unicodeSigns('y′_i')).toBe("y'_i");
  });

  it('unicode-signs: a bullet or a Japanese middle dot between symbols is a product; between kana it joins words', () => {
    expect(recogniseFormula('L = −∑ᵢ yᵢ • log pᵢ')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('L = −∑ᵢ yᵢ・log pᵢ')?.roles).toMatchObject({ target: 'y_i', prediction: 'p_i' });
    expect(unicodeSigns('クロス・エントロピー')).toBe('クロス・エントロピー');
    expect(recogniseFormula('L = −⅀ᵢ yᵢ log pᵢ')?.roles.weight).toBeUndefined();
  });

  it('unicode-signs: the subscript gamma pasted for a subscript y, and the modifier letters ᶻ ᶠ ᵍ ʰ ˡ, are scripts', () => {
    expect(unicodeSigns('ŷᵧ + e⁻ᶻ + hᶠ')).toBe('ŷ_{y} + e^{-z} + h^{f}');
    expect(recogniseFormula('L = -log(ŷᵧ)')?.roles).toMatchObject({ target: 'y', prediction: '\\hat{y}' });
    expect(recogniseFormula('L = log(1 + e⁻ᶻ) + (1 − y)z')?.kind).toBe('ce_from_logits');
  });

  it('unicode-signs: superscript parentheses and small capitals (u⁽ʲ⁾, ᴹ) are scripts', () => {
    expect(unicodeSigns('u⁽ʲ⁾ₖ')).toBe('u^{(j)}_{k}');
    expect(unicodeSigns('∑ⱼ₌₁ᴹ')).toBe('\\sum _{j=1}^{M}');
    expect(unicodeSigns('a₍ⱼ₎')).toBe('a_{(j)}');
    expect(recogniseFormula('Q = −(1/M) ∑ⱼ₌₁ᴹ [s⁽ʲ⁾ log g(u⁽ʲ⁾) + (1 − s⁽ʲ⁾) log(1 − g(u⁽ʲ⁾))]')?.kind).toBe('ce_binary_batch');
  });

  it('math-alphanumerics: pasted math letters are TeX letters in their font', () => {
    expect(mathAlphanumerics('𝑦 𝐲 𝔼 ℎ 𝟎 𝒚')).toBe('y \\mathbf{y} \\mathbb{E} h 0 \\boldsymbol{y}');
    expect(recogniseFormula('L = -𝔼[y \\log p + (1-y)\\log(1-p)]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('𝐿 = −∑ₖ 𝑡ₖ log 𝑦ₖ')?.roles).toMatchObject({ target: 't_k', prediction: 'y_k' });
    // Greek in the mathematical styles: italic is the letter, bold the bold symbol.
    expect(mathAlphanumerics('𝜎 𝜃 𝝈 𝛴')).toBe('σ θ \\boldsymbol{σ} Σ');
    expect(recogniseFormula('L = −∑ᵢ 𝑦ᵢ log 𝜎(𝑧ᵢ)')?.roles.prediction).toBe('\\sigma(z_i)');
  });

  it('unicode-accents: precomposed and combining hats and bars', () => {
    expect(unicodeAccents('ŷ_i + p\u0302 + q\u0304')).toBe('\\hat{y}_i + \\hat{p} + \\bar{q}');
    // An index glued to the accented letter, as plain text glues it to the others (yk beside ŷk): its subscript.
    expect(unicodeAccents('-Σ yk ln ŷk')).toBe('-Σ yk ln \\hat{y}_k');
    expect(unicodeAccents('ŷx + 1')).toBe('\\hat{y}x + 1');
    // A mark on a bold letter, once that letter is \\mathbf{y}.
    expect(unicodeAccents('\\mathbf{y}\u0302')).toBe('\\hat{\\mathbf{y}}');
    expect(recogniseFormula('L = −𝐲ᵀ log 𝐲̂')?.roles).toMatchObject({ target: 'y', prediction: '\\hat{y}' });
    expect(recogniseFormula('LL = -Σ [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]')?.roles.prediction).toBe('\\hat{y}_i');
    // The spacing circumflex a PDF's text gives for ŷ, before or after its letter; a word keeps it.
    expect(unicodeAccents('ˆy_i + yˆ + xˆy')).toBe('\\hat{y}_i + \\hat{y} + xˆy');
    // A combining mark a PDF's text gives before its letter, on the space: ` ̂y`.
    expect(unicodeAccents('log \u0302y + \u0304q_i')).toBe('log \\hat{y} + \\bar{q}_i');
    expect(unicodeMathLinear('log \u0302y')).toBe('log \u0302y');
    expect(recogniseFormula('L = −[y log ˆy + (1 − y) log(1 − ˆy)]')?.roles).toMatchObject({ target: 'y', prediction: '\\hat{y}' });
  });

  it('reads an entropy written with the Unicode prime as an entropy', () => {
    expect(recogniseFormula("S = -k_B \\sum_i y′_{i} \\log y′_{i}")?.kind).not.toMatch(/^ce_/);
    expect(recogniseFormula("L = -[y \\log y′ + (1-y)\\log(1-y′)]")?.roles.prediction).toBe("y'");
  });

  it('braced-signs: {-} and {+} set for spacing are the signs; a script\'s sign stays', () => {
    expect(bracedSigns('(1{-}u) + v { + } w')).toBe('(1-u) + v + w');
    expect(bracedSigns('w_{+} + x^{-} + x^ {-}')).toBe('w_{+} + x^{-} + x^ {-}');
    expect(recogniseFormula('L = -\\left( u\\log v+(1{-}u)\\log (1{-}v) \\right)')?.kind).toBe('ce_binary');
  });

  it('numbers-with-commas: decimal commas and thousands separators, not lists', () => {
    expect(numbersWithCommas('0{,}25')).toBe('0.25');
    expect(numbersWithCommas('= 1,024')).toBe('= 1024');
    expect(numbersWithCommas('(1, 0, 0)')).toBe('(1, 0, 0)');
    // A log of a number with a bare decimal comma: the formula's other such numbers are decimals too; lists stay.
    expect(numbersWithCommas('-(1 \\cdot \\ln 0,7 + 0 \\cdot \\ln(0,2)) = 0,357')).toBe('-(1 \\cdot \\ln 0.7 + 0 \\cdot \\ln(0.2)) = 0.357');
    expect(numbersWithCommas('\\log_2 0,25 \\text{ for } (1,0,0)')).toBe('\\log_2 0.25 \\text{ for } (1,0,0)');
    expect(numbersWithCommas('q = (0,7, 0,2)')).toBe('q = (0,7, 0,2)');
    expect(recogniseFormula('E = -(1 \\cdot \\ln 0,7 + 0 \\cdot \\ln 0,2 + 0 \\cdot \\ln 0,1) = 0,357')?.kind).toBe('ce_multiclass');
  });

  it.each([
    ['U+2212 minus and a middle dot', 'L = −∑_{c} y_c ⋅ \\log p_c'],
    ['full-width brackets', 'L = -\\sum_c y_c \\times \\log（p_c）'],
    ['Unicode sum and U+00B7', 'E = −∑ₖ tₖ·log yₖ'],
  ])('reads %s as a cross-entropy with the author’s symbols', (_name, tex) => {
    const recognition = recogniseFormula(tex);
    expect(recognition?.kind).toBe('ce_multiclass');
    expect(recognition?.roles.prediction).toMatch(/^[py]_/);
  });

  it('words-in-other-scripts: a word in a script math never names symbols with is text', () => {
    expect(wordsInOtherScripts('-\\log \\hat{q}(собака)')).toBe('-\\log \\hat{q}(\\text{собака})');
    expect(wordsInOtherScripts('p(正解 クラス)')).toBe('p(\\text{正解 クラス})');
    // Latin and Greek letters are symbols.
    expect(wordsInOtherScripts('f(xy) + g(\\alpha)')).toBe('f(xy) + g(\\alpha)');
    // A word of three letters or more in the line is prose too; a subscript's word and \\text stay as they are.
    expect(wordsInOtherScripts('−log добутку + где x + p_{мод} + \\text{если}')).toBe('−log \\text{добутку} + \\text{где} x + p_{мод} + \\text{если}');
    expect(recogniseFormula('L(кожного) = висота дзвона в точці y → −log добутку = const + (1/2σ²)·Σ(ŷ−y)²')).toBeNull();
    expect(recogniseFormula('L = −log ŷ(собака)')?.kind).toBe('ce_multiclass');
  });

  it('hadamard-rings: a ring before a log is the elementwise product', () => {
    expect(hadamardRings('\\mathbf{y}\\circ\\log\\hat{\\mathbf{y}}')).toBe('\\mathbf{y}\\odot \\log\\hat{\\mathbf{y}}');
    expect(recogniseFormula('L = -sum(y ∘ log(ŷ))')?.roles).toMatchObject({ target: 'y', prediction: '\\hat{y}' });
    // A composition of functions stays one.
    expect(hadamardRings('(f \\circ g)(x)')).toBe('(f \\circ g)(x)');
    // The Frobenius product's colon before a log; a colon before anything else stays.
    expect(hadamardRings('-Y : \\log \\hat{Y}')).toBe('-Y \\odot \\log \\hat{Y}');
    expect(hadamardRings('f : X \\to Y')).toBe('f : X \\to Y');
  });
  it('flattened-scripts: a sign with its limits beside it, as a rendered formula’s text reads, is the sign with its limits', () => {
    expect(flattenedScripts('H(u,u^)=−k=1∑Kuklog(u^k)')).toBe('H(u,\\hat{u})=−\\sum_{k=1}^{K} u_{k}log(\\hat{u}_{k})');
    expect(flattenedScripts('L=−∑k=1Kuk(i)log(u^k(i))')).toBe('L=−\\sum_{k=1}^{K} u_{k}^{(i)}log(\\hat{u}_{k}^{(i)})');
    expect(recogniseFormula('H(u,u^)=−k=1∑Kuklog(u^k)')?.kind).toBe('ce_multiclass');
    // Without a flattened sign, a caret is a power and letters stay as written.
    expect(flattenedScripts('−∑_{k=1}^{K} u_k log(u^k)')).toBe('−∑_{k=1}^{K} u_k log(u^k)');
  });
  it('unicode-spaces: no-break, thin and ideographic spaces are spaces', () => {
    expect(unicodeSpaces('L\u00a0=\u2009-\\log\u3000p')).toBe('L = -\\log p');
    expect(unicodeSpaces('-\\lo\u00adg p')).toBe('-\\log p');
    for (const space of ['\u00a0', '\u2009', '\u202f', '\u3000']) {
      const tex = `L${space}=${space}-\\sum_k${space}s_k${space}\\log${space}\\hat{a}_k`;
      expect(recogniseFormula(tex)?.kind, JSON.stringify(space)).toBe('ce_multiclass');
    }
  });
  it('capital-accents: \\Hat, \\Tilde and \\Bar are the accents', () => {
    expect(capitalAccents('\\Hat{y} + \\Tilde{p} + \\Bar{x} + \\Hatch')).toBe('\\hat{y} + \\tilde{p} + \\bar{x} + \\Hatch');
    expect(recogniseFormula('L = -\\sum_k s_k \\log \\Hat{s}_k')?.kind).toBe('ce_multiclass');
  });
  it('stacked-accents: a mark stacked on one letter is its accent', () => {
    expect(stackedAccents('\\overset{\\sim}{y} \\stackrel{\\wedge}{p} \\underset{\\sim}{q} \\overset{\\text{def}}{=}')).toBe('\\tilde{y} \\hat{p} \\tilde{q} \\overset{\\text{def}}{=}');
    expect(recogniseFormula('L = -\\sum_k s_k \\log \\overset{\\wedge}{s}_k')?.kind).toBe('ce_multiclass');
  });

  it("unicode-math-linear: Word's linear format (▒, 〖 〗, an accent after its letter and a space)", () => {
    expect(unicodeMathLinear('∑_(i=1)^n▒〖y_i  log⁡(y \u0302_i ) 〗')).toBe('∑_(i=1)^n {y_i  log⁡(y\u0302_i ) }');
    expect(recogniseFormula('L=−∑_(i=1)^n▒〖y_i  log⁡(y ̂_i ) 〗')?.roles).toMatchObject({ target: 'y_i', prediction: '\\hat{y}_i' });
    expect(recogniseFormula('L=−1/N ∑_(i=1)^N▒[y_i  log⁡(p_i )+(1−y_i )  log⁡(1−p_i ) ]')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('E=−∑_(k=1)^K▒〖t_k  ln⁡〖y_k 〗 〗')?.kind).toBe('ce_multiclass');
    // Text without its marks is left as it was.
    expect(unicodeMathLinear('a b \\hat{y}')).toBe('a b \\hat{y}');
  });

  it('cyrillic-lookalikes: a lone Cyrillic letter drawn like a Latin one, in a script, is the Latin letter', () => {
    expect(cyrillicLookalikes('\\sum_{с=1}^{M} y_{o,c}')).toBe('\\sum_{c=1}^{M} y_{o,c}');
    expect(cyrillicLookalikes('x_с')).toBe('x_c');
    // Words, and letters in the line, stay.
    expect(cyrillicLookalikes('p_{мод} + с + \\text{у}')).toBe('p_{мод} + с + \\text{у}');
    expect(recogniseFormula('H = -\\sum_{с=1}^{M}s_{o,c}\\cdot \\log{q_{o,c}}')?.roles.classIndex).toBe('c');
  });

  it('labelled-arrows: an arrow with a note over it (\\xrightarrow{…}) relates the members as \\to does', () => {
    expect(labelledArrows('a \\xrightarrow{\\ y \\text{ one-hot}\\ } b \\xRightarrow[n]{} c')).toBe('a \\to  b \\Rightarrow  c');
    expect(recogniseFormula('H(y, \\hat{p}) = -\\sum_{k} y_k \\log \\hat{p}_k \\quad\\xrightarrow{\\ y \\text{ one-hot}\\ }\\quad -\\log \\hat{p}_{\\text{correct}}')?.kind).toBe('ce_multiclass');
  });
});
