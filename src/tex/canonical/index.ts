// The canonical stage, loaded as one: every rule registers itself on import,
// and this list is the one place that loads them all (like ../kinds/index.ts).
import type { Chain, Expr } from '../expr';
import { applyTextRules, applyTreeRules } from './registry';
import './text-html-scripts';
import './text-url-escapes';
import './text-series-indices';
import './text-multinomial-coefficients';
import './text-code-spans';
import './text-markup';
import './text-quote-markers';
import './text-captions';
import './text-casts';
import './text-clip-guards';
import './text-spaced-clauses';
import './text-prose-probabilities';
import './text-sized-brackets';
import './text-unicode';
import './text-code';
import './text-code-names';
import './text-code-statements';
import './text-equation-lines';
import './text-named-terms';
import './text-array-picks';
import './text-loops';
import './text-iterator-sums';
import './text-mapped-sums';
import './text-pipes';
import './text-record-fields';
import './text-numbered-names';
import './tree-grouped-terms';
import './text-s-expressions';
import './text-sql';
import './text-code-choices';
import './text-powers';
import './text-updates';
import './text-spreadsheet';
import './text-stable-logs';
import './text-wolfram';
import './text-method-chains';
import './text-typst';
import './text-starmath';
import './text-call-sums';
import './text-spoken-operators';
import './text-operator-words';
import './text-big-operators';
import './text-expectations';
import './text-limits';
import './text-calls';
import './text-cases';
import './text-typos';
import './text-layer-scripts';
import './text-angle-brackets';
import './text-author-macros';
import './text-label-tests';
import './tree-scripts';
import './tree-glued-weights';
import './tree-signs';
import './tree-half-complements';
import './tree-complement-forms';
import './tree-missing-indices';
import './tree-count-in-sum';
import './tree-ranges';
import './tree-zero-terms';
import './tree-calculus';
import './tree-vectors';
import './tree-indexed-sigma';
import './tree-sigmoid';
import './tree-logit-binary';
import './tree-docstring';
import './tree-two-class-softmax';
import './tree-softmax-denominators';
import './tree-inline-scores';
import './tree-logit-products';
import './tree-sums';
import './tree-means';
import './tree-penalties';
import './tree-mixtures';
import './tree-log-span';
import './tree-indicators';
import './tree-named-classes';
import './tree-log-odds';
import './tree-change-of-base';
import './tree-logs';
import './tree-objectives';

/** TeX as pages write it → TeX that KaTeX and the lenient reader both take. */
export function canonicalText(raw: string): string {
  return applyTextRules(raw);
}

/** An expression in the one form the kinds match. */
export function canonicalTree(e: Expr): Expr {
  return applyTreeRules(e);
}

export function canonicalChain(chain: Chain): Chain {
  return { members: chain.members.map(canonicalTree), relations: chain.relations };
}

export { registeredTextRules, registeredTreeRules } from './registry';
