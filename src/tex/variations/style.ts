// One author's style: an independent choice from each family of habits. A form
// (./forms-*.ts) renders a formula of a known kind in a style; the property test
// and `npm run fuzz:notation` draw styles at random.
import fc from 'fast-check';
import * as dressing from './dressing';
import * as letters from './letters';
import * as likelihoods from './likelihoods';
import * as logits from './logits';
import * as operators from './operators';

export const STYLE_CHOICES = {
  target: letters.TARGET_LETTERS,
  prediction: letters.PREDICTION_LETTERS,
  output: letters.PREDICTION_OUTPUTS,
  tagged: letters.TAGGED_NAMES,
  classIndex: letters.CLASS_INDICES,
  classWord: letters.CLASS_WORDS,
  classPair: letters.CLASS_PAIRS,
  sampleIndex: letters.SAMPLE_INDICES,
  indices: letters.INDEX_STYLES,
  log: operators.LOG_SPELLINGS,
  logArgument: operators.LOG_ARGUMENTS,
  digits: operators.DIGIT_SPACINGS,
  parens: operators.PARENS,
  product: operators.PRODUCT_SIGNS,
  minus: operators.MINUS_SIGNS,
  exp: operators.EXP_SPELLINGS,
  transpose: operators.TRANSPOSES,
  power: operators.POWER_SIGNS,
  sum: dressing.SUM_SYMBOLS,
  limits: dressing.LIMIT_PLACEMENTS,
  range: dressing.SUM_RANGES,
  summand: dressing.SUMMANDS,
  indexSet: dressing.INDEX_SETS,
  brackets: dressing.BRACKETS,
  sign: dressing.SIGN_PLACEMENTS,
  ellipsis: dressing.ELLIPSES,
  mean: dressing.MEAN_SPELLINGS,
  meanPlacement: dressing.MEAN_PLACEMENTS,
  leftSide: dressing.LEFT_SIDES,
  display: dressing.DISPLAY_WRAPPERS,
  ending: dressing.ENDINGS,
  penalty: dressing.PENALTIES,
  aside: dressing.ASIDES,
  slip: dressing.SLIPS,
  expectation: dressing.EXPECTATIONS,
  sigmoid: logits.SIGMOID_SPELLINGS,
  logit: logits.LOGIT_SPELLINGS,
  binaryWeights: logits.BINARY_WEIGHTS,
  softmax: logits.SOFTMAX_NAMES,
  logSumExp: logits.LOG_SUM_EXP_SPELLINGS,
  softmaxLogit: logits.SOFTMAX_LOGITS,
  label: logits.LABEL_LETTERS,
  bar: likelihoods.CONDITION_BARS,
  parameter: likelihoods.PARAMETERS,
  likelihood: likelihoods.LIKELIHOOD_SIDES,
  optimiser: likelihoods.OPTIMISERS,
  distributions: likelihoods.DISTRIBUTIONS,
  drawnFrom: likelihoods.EXPECTATION_SUBSCRIPTS,
  integral: likelihoods.INTEGRALS,
  differential: likelihoods.DIFFERENTIALS,
  oneHot: likelihoods.ONE_HOT_CONDITIONS,
  indicator: likelihoods.INDICATORS,
  prior: likelihoods.PRIORS,
  note: likelihoods.NOTES,
  otherClassIndex: likelihoods.OTHER_CLASS_INDICES,
  subsetTest: likelihoods.SUBSET_TESTS,
} as const;

type Choices = typeof STYLE_CHOICES;
export type Style = { [K in keyof Choices]: Choices[K][number] };
export type Dimension = keyof Choices;

/** Target and prediction must be told apart, and so must the two indices and their bounds. */
function coherent(style: Style): boolean {
  if (style.prediction.plain && style.prediction.base === style.target.base) return false;
  // p(k | x) as the prediction beside a target called p would be one letter for both.
  if (/^p/.test(style.output.name) && style.target.base === 'p') return false;
  // A tag is a subscript: Unicode subscripts cannot follow it.
  if (style.tagged.tags && (style.indices.name === 'yₖ' || style.indices.name === 'y⁽ⁱ⁾ₖ')) return false;
  // Indices glued to their letter (yi) are a plain-text habit: plain letters, no tags, no decorations.
  if (style.indices.name === 'yi (glued)' && (style.tagged.tags || style.output.of || !/^[a-z]$/.test(style.prediction.name))) return false;
  // A prime after a glued index (ti') is a plain-text habit: TeX authors write t'_i.
  if (style.target.name.startsWith("t'") && style.indices.name !== 'yi (glued)') return false;
  return style.classIndex.index !== style.sampleIndex.index && style.classIndex.bound !== style.sampleIndex.bound;
}

export const styleArbitrary: fc.Arbitrary<Style> = fc
  .record(Object.fromEntries(Object.entries(STYLE_CHOICES).map(([key, options]) => [key, fc.constantFrom(...(options as readonly { name: string }[]))])) as { [K in Dimension]: fc.Arbitrary<Style[K]> })
  .filter(coherent);

/** The choices a style is made of, as `dimension=option` names. */
export function describeStyle(style: Style, dimensions: readonly Dimension[] = Object.keys(STYLE_CHOICES) as Dimension[]): string[] {
  return dimensions.map((dimension) => `${dimension}=${style[dimension].name}`);
}
