// Text rules for tests of a label written into a formula. A sum kept to the items of one
// class, `\sum_{i: y_i = 1} \log p_i`, or the same sum with its condition said after it,
// `-\sum_i \log p_i \text{ where } y_i = 1`: with a label that is 0 or 1, the sum over the
// items whose label is 1 is the sum of every item weighted by its label, Σ_i y_i log p_i, the
// one-hot form the kinds match (a pair of such sums, one per class, is the binary form:
// tree-indicators.ts reads it). And an indicator typed as a one with its test below it,
// `1_{\{y = i\}}`, is the indicator 1{y = i}.
import { defineTextRule } from './registry';

/** A label tested on the index: y_i, y_{i}, t_{ik}, y^{(i)}, \mathbf{y}_i. */
const LABEL = String.raw`(?:\\(?:mathbf|boldsymbol|bm)\s*\{\s*)?[A-Za-z]\}?\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z])|\^\s*\{\s*\(\s*[a-z]\s*\)\s*\})`;
const SUBSET_SUM = new RegExp(String.raw`\\sum(\s*\\limits)?\s*_\s*\{\s*([a-z])\s*(?::|\\colon|\\mid|\|)\s*(${LABEL})\s*=\s*(-?\s*\d)\s*\}`, 'g');

const ANY_SUBSET_SUM = /\\(?:sum|prod)(?:\s*\\limits)?\s*_\s*\{[^{}]*(?::|\\colon|\\mid|\|)/g;

/** Whether `label` is written on `index` (y_i, t_{i,k}, y^{(i)}). */
function labelsIndex(label: string, index: string): boolean {
  const script = /[_^]\s*\{?([^{}]*)\}?\s*$/.exec(label)?.[1] ?? '';
  return new RegExp(String.raw`(?<![A-Za-z])${index}(?![A-Za-z])`).test(script.replace(/[()]/g, ' '));
}

/** Σ_{i: y_i = 1} A → Σ_{i} y_i A, when no sum of the other class (= 0, = −1) stands beside it. */
export function oneClassSubsetSums(tex: string): string {
  const subsets = [...tex.matchAll(SUBSET_SUM)];
  // Any second sum over a subset (Σ_{i': t_{i'} = 0}, however its index is written) makes a pair.
  if (subsets.length !== 1 || (tex.match(ANY_SUBSET_SUM) ?? []).length > 1) return tex;
  const [whole, limits, index, label, value] = subsets[0] as unknown as [string, string | undefined, string, string, string];
  if (value.replace(/\s/g, '') !== '1' || !labelsIndex(label, index)) return tex;
  const at = subsets[0]!.index ?? 0;
  return `${tex.slice(0, at)}\\sum${limits ?? ''}_{${index}} ${label} ${tex.slice(at + whole.length)}`;
}

// The sign as typed or as rendered text (∑ becomes \\sum later, with the other Unicode signs).
const SUM_OVER = String.raw`(?:\\sum|∑)(?:\s*\\limits)?\s*_\s*(?:\{\s*([a-z])\s*(?:=[^{}]*)?\}|([a-z]))(?:\s*\^\s*(?:\{[^{}]*\}|\w))?`;
const CONDITION_AFTER = new RegExp(String.raw`\s*(?:\\q?quad\s*)?(?:\\text\s*\{\s*(?:where|for|if|when)\s*\}|(?<![A-Za-z\\])(?:where|for|if|when))\s*(${LABEL})\s*=\s*1\s*[.,]?\s*$`);

/** −Σ_i log p_i \text{ where } y_i = 1 → −Σ_i y_i log p_i: the condition said after the one sum over its index. */
export function conditionAfterSum(tex: string): string {
  const condition = CONDITION_AFTER.exec(tex);
  if (!condition) return tex;
  const label = condition[1] as string;
  const body = tex.slice(0, condition.index);
  const sums = [...body.matchAll(new RegExp(SUM_OVER, 'g'))].filter((sum) => labelsIndex(label, (sum[1] ?? sum[2]) as string));
  // The label's letter must not be written in the formula already (then the condition is about another thing).
  const letter = /[A-Za-z](?=\}?\s*[_^])/.exec(label)?.[0] ?? '';
  if (sums.length !== 1 || new RegExp(String.raw`(?<![\\A-Za-z])${letter}(?![A-Za-z])`).test(body)) return tex;
  const sum = sums[0] as RegExpMatchArray;
  const end = (sum.index ?? 0) + sum[0].length;
  return `${body.slice(0, end)} ${label} ${body.slice(end)}`;
}

/** A one, bare or in any font: 1, \mathbf{1}, \boldsymbol{1}, \mathrm 1, \mathds{1}. */
const ONE = String.raw`(?:\\(?:mathbf|mathrm|boldsymbol|bm|mathds|mathbbm|mathbb|textbf|text)\s*(?:\{\s*1\s*\}|\s1)|(?<![\d.\\A-Za-z])1)`;
const ONE_WITH_TEST_BELOW = new RegExp(String.raw`${ONE}\s*_\s*\{\s*(?:\\\{|\[)?\s*([^{}=\[\]]+=[^{}=\[\]]+?)\s*(?:\\\}|\])?\s*\}`, 'g');

/**
 * 1_{\{y=i\}}, \mathbf{1}_{[y_i = k]}: a one (in any font) with a test in its subscript is the indicator
 * of the test (a number takes no index).
 */
export function indicatorOneSubscripts(tex: string): string {
  return tex.replace(ONE_WITH_TEST_BELOW, (_m, test: string) => `\\mathbb{1}\\{${test}\\}`);
}

/** Σ_{y_i = 1}: a sum whose lower limit is only a test of a label on its subscript letter. */
const LABEL_ONLY_SUM = /\\sum(\s*\\limits)?\s*_\s*\{\s*([A-Za-z])\s*_\s*\{?\s*([a-z])\s*\}?\s*=\s*(-?\s*[01])\s*\}/g;

/**
 * Σ_{y_i = 1} −log p − Σ_{y_i = 0} log(1 − p): the pair of sums, one per class, with each limit only
 * a test of the label, runs over the items i whose label passes it, Σ_{i: y_i = 1}. Only as a pair of
 * one label's two classes: a lone Σ_{k_1 = 1}^{n} is a sum over the index k_1 from 1.
 */
export function labelOnlySubsetSums(tex: string): string {
  const sums = [...tex.matchAll(LABEL_ONLY_SUM)];
  if (sums.length !== 2) return tex;
  const [first, second] = sums as [RegExpMatchArray, RegExpMatchArray];
  const values = new Set(sums.map((sum) => (sum[4] as string).replace(/\s/g, '')));
  const sameLabel = first[2] === second[2] && first[3] === second[3];
  if (!sameLabel || !values.has('1') || !(values.has('0') || values.has('-1'))) return tex;
  return tex.replace(LABEL_ONLY_SUM, (_m, limits: string | undefined, letter: string, index: string, value: string) => `\\sum${limits ?? ''}_{${index}: ${letter}_${index} = ${value}}`);
}

// Before the trailing conditions are read as prose (after parenthesised-conditions, 15.5, has written a bracketed one as words).
defineTextRule({ name: 'condition-after-sum', order: 15.55, apply: conditionAfterSum });
defineTextRule({ name: 'label-only-subset-sums', order: 52.75, apply: labelOnlySubsetSums });
defineTextRule({ name: 'one-class-subset-sums', order: 52.8, apply: oneClassSubsetSums });
defineTextRule({ name: 'indicator-one-subscripts', order: 52.9, apply: indicatorOneSubscripts });

/**
 * 1{y_i = k}, as plain text types the indicator (TeX would drop its braces, leaving 1y_i = k): the braces hold a
 * test, so they are the indicator's set braces, 1\{y_i = k\}.
 */
export function bracedIndicators(tex: string): string {
  return tex.replace(/(?<![\w\\.{])1\s*\{([^{}=]+(?:=|\\neq?)[^{}=]+)\}/g, '1\\{$1\\}');
}

defineTextRule({ name: 'braced-indicators', order: 52.85, apply: bracedIndicators });
