// Notation variations: every form of every kind (and the near misses) written in
// styles drawn from independent habits, and what a careful reader would call each.
// Used by variations.test.ts (a fixed seed, in every test run) and
// scripts/fuzz-notation.ts (many more cases, failures tallied by choice).
import fc from 'fast-check';
import { recogniseFormula } from '../index';
import type { FormulaKind } from '../types';
import type { Form } from './form';
import { PROBABILITY_FORMS } from './forms-probabilities';
import { LOGIT_FORMS } from './forms-logits';
import { NEAR_MISS_FORMS } from './forms-near-misses';
import { NUMBER_FORMS } from './forms-numbers';
import { LIKELIHOOD_FORMS } from './forms-likelihoods';
import { LIKELIHOOD_VARIANT_FORMS } from './forms-likelihood-variants';
import { EXPECTATION_FORMS } from './forms-expectations';
import type { Dimension, Style } from './style';
import { describeStyle, styleArbitrary } from './style';
import { writerOf } from './writer';

export type { Form } from './form';
export type { Dimension, Style } from './style';
export { STYLE_CHOICES, describeStyle, styleArbitrary } from './style';

export const VARIATION_FORMS: readonly Form[] = [...PROBABILITY_FORMS, ...LOGIT_FORMS, ...NUMBER_FORMS, ...LIKELIHOOD_FORMS, ...LIKELIHOOD_VARIANT_FORMS, ...EXPECTATION_FORMS, ...NEAR_MISS_FORMS];

const CROSS_ENTROPY_KINDS: ReadonlySet<FormulaKind> = new Set<FormulaKind>(['ce_multiclass', 'ce_multiclass_batch', 'ce_binary', 'ce_binary_batch', 'ce_from_logits', 'ce_expectation', 'log_likelihood', 'likelihood_product']);

export interface Variation {
  form: Form;
  tex: string;
  /** The choices the form read while writing, `dimension=option`. */
  choices: string[];
  /** The kinds a reader accepts for this style, when the form's depend on it. */
  expect?: readonly FormulaKind[];
}

/** The form written in the style, with the dimensions of the style it used. */
export function writeVariation(form: Form, style: Style): Variation {
  const used = new Set<Dimension>();
  const watched = new Proxy(style, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key in target) used.add(key as Dimension);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  const tex = form.render(writerOf(watched));
  const expect = form.expectIn?.(style);
  return { form, tex, choices: describeStyle(style, [...used].sort()), ...(expect ? { expect } : {}) };
}

export const variationArbitrary = (forms: readonly Form[] = VARIATION_FORMS): fc.Arbitrary<Variation> =>
  fc.tuple(fc.constantFrom(...forms), styleArbitrary).map(([form, style]) => writeVariation(form, style));

/** What went wrong with a variation, or null when the recogniser reads it as a reader would. */
export function variationFailure(variation: Variation): string | null {
  const kind = recogniseFormula(variation.tex)?.kind ?? null;
  const expect = variation.expect ?? variation.form.expect;
  if (expect === 'unbadged') return kind && CROSS_ENTROPY_KINDS.has(kind) ? `badged ${kind}` : null;
  return expect.includes(kind as FormulaKind) ? null : `read as ${kind ?? 'nothing'}, expected ${expect.join(' or ')}`;
}
