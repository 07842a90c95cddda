// Text rule for superscripts that stack labels rather than raise a power, as course
// notes on neural networks write them: a^{[L](i)} is layer L's activation for sample i,
// and W^{[l]\{t\}} layer l's weights on minibatch t. Read as written, [L](i) looks like a
// call L(i) raised over a, and the log laws would take it for an exponent. Each label
// becomes a superscript of its own (a^{[L]}{}^{(i)}), which the tree reads as names and
// sample indices, never as a power.
import { defineTextRule } from './registry';

/** One bracketed label: [l], (i), \{t\}, with no nested braces inside. */
const LABEL = String.raw`(?:\[[^\[\]{}]*\]|\([^(){}]*\)|\\\{[^{}]*?\\\})`;
const STACKED = new RegExp(String.raw`\^\{\s*((?:${LABEL}\s*){2,})\}`, 'g');
const ONE_LABEL = new RegExp(LABEL, 'g');

/** x^{[l](i)} → x^{[l]}{}^{(i)}: two or more bracketed labels in one superscript, one each. */
export function stackedLabelSuperscripts(tex: string): string {
  if (!tex.includes('^{')) return tex;
  return tex.replace(STACKED, (_all, labels: string) => (labels.match(ONE_LABEL) ?? []).map((label, at) => `${at === 0 ? '' : '{}'}^{${label}}`).join(''));
}

defineTextRule({ name: 'stacked-label-superscripts', order: 28, apply: stackedLabelSuperscripts });
