// Every form of every kind, and every near miss, in styles drawn at random from
// independent habits (a fixed seed here; `npm run fuzz:notation` draws many more).
// A failure names the form, the TeX and the choices it was made of.
import fc from 'fast-check';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { styleArbitrary, VARIATION_FORMS, variationFailure, writeVariation } from './index';

const RUNS_PER_FORM = 40;

describe('notation variations', () => {
  it.each(VARIATION_FORMS.map((form) => [form.name, form] as const))('%s keeps its kind in any style', (_name, form) => {
    fc.assert(
      fc.property(styleArbitrary, (style) => {
        const variation = writeVariation(form, style);
        expect(variationFailure(variation), `${variation.tex}\n${variation.choices.join(' ')}`).toBeNull();
      }),
      { numRuns: RUNS_PER_FORM },
    );
  });

  it('writes TeX that KaTeX accepts (an author’s TeX renders)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VARIATION_FORMS), styleArbitrary, (form, style) => {
        const { tex } = writeVariation(form, style);
        // Display math, as these are; \label is MathJax's (KaTeX has none), so it is read as a no-op here.
        const options = { throwOnError: true, strict: 'ignore', displayMode: true, macros: { '\\label': '' } } as const;
        expect(() => katex.renderToString(tex, options), tex).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('tells a failure apart: a near miss badged, a form misread', () => {
    const entropy = VARIATION_FORMS.find((form) => form.expect === 'unbadged');
    const multiclass = VARIATION_FORMS.find((form) => form.expect !== 'unbadged');
    expect(entropy && multiclass).toBeTruthy();
    // The same TeX judged against the other form's expectation must fail.
    const crossEntropyTex = '-\\sum_k t_k \\log y_k';
    expect(variationFailure({ form: entropy!, tex: crossEntropyTex, choices: [] })).toMatch(/^badged ce_multiclass/);
    expect(variationFailure({ form: multiclass!, tex: '-\\sum_k p_k \\log p_k', choices: [] })).toMatch(/^read as/);
  });
});
