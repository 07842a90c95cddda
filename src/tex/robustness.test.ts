// Any string in, a result out: never a throw, in bounded time; and the prefilter
// never turns away what the recogniser or the worked-example check accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFormulas, seedFormulas } from './corpus';
import { loadGeneralisationFormulas } from './generalisation';
import { loadHeldoutSources } from './heldout';
import { analyseFormula, checkWorkedExample, recogniseFormula } from './index';
import { mightBeCrossEntropy } from './prefilter';

const corpus = [...loadFormulas().map((f) => f.tex), ...seedFormulas()];
const TOKENS = ['\\log', '\\ln', '\\sum_{k}', '\\prod', '\\frac{1}{N}', 't_k', 'y_k', '(', ')', '[', ']', '{', '}', '-', '+', '=', '^', '_', '\\left(', '\\right)', '0.33', '1', '\\cdot', '\\hat{y}', '&', '\\\\', '\\', '\n', 'p(x)', 'q(x)', '\\mathbb{E}', '\\text{loss}', '\\xH', '$', '%', '#', '\\def', '\\,', '\\quad', ' '];

/** A corpus formula with pieces cut, repeated or replaced. */
const mutated = fc
  .tuple(fc.constantFrom(...corpus), fc.array(fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...TOKENS)), { maxLength: 4 }))
  .map(([tex, edits]) => edits.reduce((s, [at, cut, token]) => {
    const i = s.length === 0 ? 0 : at % s.length;
    return s.slice(0, i) + token + s.slice(i + cut);
  }, tex));

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 40 }).map((parts) => parts.join(' '));

describe('robustness', () => {
  it('never throws on random strings, token soup or mutated corpus TeX', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ maxLength: 80, unit: 'binary' }), tokenSoup, mutated), (tex) => {
        const analysis = analyseFormula(tex);
        expect(analysis.tex).toBe(tex);
      }),
      { numRuns: 300 },
    );
  });

  it('the prefilter keeps everything the recogniser or the checker accepts', () => {
    fc.assert(
      fc.property(fc.oneof(tokenSoup, mutated), (tex) => {
        if (recogniseFormula(tex) || checkWorkedExample(tex)) expect(mightBeCrossEntropy(tex)).toBe(true);
      }),
      { numRuns: 300 },
    );
    for (const tex of corpus) if (recogniseFormula(tex) || checkWorkedExample(tex)) expect(mightBeCrossEntropy(tex)).toBe(true);
    for (const tex of [...loadGeneralisationFormulas().map((f) => f.tex), ...loadHeldoutSources('dev').flatMap((source) => source.formulas.map((f) => f.tex))]) {
      if (recogniseFormula(tex) || checkWorkedExample(tex)) expect(mightBeCrossEntropy(tex), tex).toBe(true);
    }
    // Every dev formula is read twice; the split grows with each page gathered (about 80 s alone for 15,000 formulas,
    // longer beside the browser tests).
  }, 300_000);

  it('the prefilter keeps the notations the canonical stage reads', () => {
    for (const tex of [
      'L = -[y ｌｏｇ \\hat{y} + (1-y) ｌｏｇ(1-\\hat{y})]',
      'E = -\\sum_k t_k ㏑ y_k',
      '-log_softmax(z)[y] = -z_y + logsumexp(z)',
      'L = -(yln(f(x)) + (1-y)ln(1-f(x)))',
      'P(y|\\hat{y}) = \\hat{y}^y \\cdot (1-\\hat{y})^{(1-y)}',
      'p_{Y}(x) = \\hat p^{\\,Y}(1-\\hat p)^{\\;1-Y}',
      '−(0⋅\\log0.3+1⋅\\log0.6)',
      '\\ell = y \\log(1+e^{-x}) + (1-y)\\log(1+e^{x})',
      'g(u)^{[c = +1]} (1 - g(u))^{[c = -1]}',
      'q^{\\mathbb{1}[s=1]}(1-q)^{\\mathbb{1}[s=0]}',
      'P(c) = (g ** c) * ((1 - g) ** (1 - c))',
      // The softplus with no log written: by name, and as the deep-learning book's ζ.
      'J = \\mathrm{softplus}((1-2y)z)',
      'J = \\zeta((1-2y)z)',
    ]) {
      expect(recogniseFormula(tex), tex).not.toBeNull();
      expect(mightBeCrossEntropy(tex), tex).toBe(true);
    }
  });

  it('does not join letters across a stray bracket or a dropped brace into a log', () => {
    for (const tex of ['H = -su)k * l&g(pk))', 'E = -\\sum_k t_k l}og y_k', 'H(p,q) = -\\mathbb{E}_p[l{g q]', 'H(p, q) = ∑ᵢ pᵢ lo)g₂)', 'H(P, Q) = -\\mathbb{E}_{x \\sim P}[\\lo{g Q(x)]', 'H(p, q) = -\\mathbb{E}_p[\\l{g q]']) {
      expect(recogniseFormula(tex)).toBeNull();
    }
    // Math mode ignores spaces: the prefilter lets `l og` and `l\\,og` through, as it may.
    expect(mightBeCrossEntropy('E = -\\sum_k t_k l\\,og y_k')).toBe(true);
  });

  it('the prefilter turns away math without logs, products or numbers', () => {
    expect(mightBeCrossEntropy('a^2 + b^2')).toBe(false);
    // Everyday notation of a lecture page: one power, integers only.
    for (const tex of ['x \\in \\mathbb{R}^d', 'e^{i\\pi} + 1 = 0', 'a^2 + b^2 = c^2', '\\int_0^1 x^2 \\, dx = \\frac{1}{3}', '\\hat{y} = \\mathbf{w}^\\top \\mathbf{x} + b', 'n = 1, \\dots, N']) {
      expect(mightBeCrossEntropy(tex)).toBe(false);
    }
    // What a likelihood or a worked example looks like without a log.
    expect(mightBeCrossEntropy('L = y_1^{t_1} y_2^{t_2}')).toBe(true);
    expect(mightBeCrossEntropy('L = 0.33^1 \\times 0.32^0 = 0.33')).toBe(true);
    expect(mightBeCrossEntropy('E = 35\\%')).toBe(true);
    expect(mightBeCrossEntropy('\\alpha + \\beta')).toBe(false);
    expect(mightBeCrossEntropy('')).toBe(false);
  });

  it('gives up gracefully on huge, deep and self-expanding input', () => {
    const cases = [
      '-\\sum_k t_k \\log y_k + '.repeat(12_000), // about 300 KB
      `${'{'.repeat(200)}-\\sum_k t_k \\log y_k${'}'.repeat(200)}`,
      `${'{'.repeat(200)}-\\sum_k t_k \\log y_k`, // unbalanced
      '\\def\\a{\\a\\a}\\a -\\sum_k t_k \\log y_k',
      '\\newcommand{\\b}{\\b\\b}\\b',
      `${'\\left('.repeat(300)}x`,
      `${'x^{'.repeat(250)}1${'}'.repeat(250)}`,
    ];
    for (const tex of cases) {
      const started = performance.now();
      expect(() => analyseFormula(tex)).not.toThrow();
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('still recognises through deep wrapping braces', () => {
    expect(recogniseFormula(`${'{'.repeat(50)}E = -\\sum_k t_k \\log y_k${'}'.repeat(50)}`)?.kind).toBe('ce_multiclass');
  });
});
