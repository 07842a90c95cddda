// Text rule for a probability said in words under a log: `−log(predicted probability of the correct
// class)`, `−\log(\text{probability assigned to the true label})`, `−log(正解クラスの確率)`. Tutorials
// write the one-hot loss this way before they give it symbols. A phrase that names a probability and
// the true (correct, target) class is that class's predicted probability, written as the symbol
// form the kinds read, p̂_{true}; a phrase that names only one of the two is left as words. A
// probability's letter applied to such words (−log q(\text{true class})) stays an opaque probability, as
// the corpus reads a negative log-likelihood without target weights.
import { defineTextRule } from './registry';

/** Words for a probability (or a model's confidence) in the languages pages use. */
const PROBABILITY = /(?:\bprob(?:ability|abilities|\.)?\b|\bconfidence\b|\blikelihood\b|probabilit[éeà]|probabilidad|probabilidade|wahrscheinlichkeit|waarschijnlijkheid|probabilità|prawdopodobieństw|pravděpodobnost|olasılı[kğ]|вероятност|ймовірн|xác suất|peluang|احتمال|संभावना|確率|概率|機率|확률)/iu;
/** Words for the true class: correct, true, target, ground truth, actual (and their translations). */
const TRUE_CLASS = /(?:\b(?:correct|true|right|target|actual|ground[- ]?truth|gold)\b|\bbonne\b|\bvraie\b|correct[ae]|verdader[ao]|richtigen?|wahren?|juiste|corrett[ao]|prawidłow|poprawn|správn|doğru|правильн|истинн|đúng|benar|الصحيح|सही|正解|正确|正確|真实|真實|정답|실제)/iu;

/** The log's argument: a \text{…} group, or a bracket of plain words (no command, no nested bracket, no array's index: probs[label] is code). */
const LOG_OF_WORDS = /(\\?(?:log|ln)(?![A-Za-z]))(\s*(?:_\s*(?:\{[^{}]*\}|\w))?\s*)(?:\\left\s*)?\(\s*(?:\\(?:text|textrm|mbox|mathrm)\s*\{([^{}]+)\}|([^(){}\\=[\]]+))\s*(?:\\right\s*)?\)/gu;

export function proseProbabilities(tex: string): string {
  return tex.replace(LOG_OF_WORDS, (whole, log: string, base: string, inText: string | undefined, bare: string | undefined) => {
    // Code joins the words with underscores (prob_of_correct_class, probabilite_de_la_bonne_classe).
    const words = (inText ?? bare ?? '').trim().replace(/(?<=\p{L})_(?=\p{L})/gu, ' ');
    // A phrase, not a symbol: two words at least, or a script that writes words without spaces.
    if (!/\p{L}{2,}[\s\p{P}]+\p{L}{2,}/u.test(words) && !/[\u3040-\u9fff\uac00-\ud7af]{3,}/u.test(words)) return whole;
    if (!PROBABILITY.test(words) || !TRUE_CLASS.test(words)) return whole;
    return `${log}${base}(\\hat{p}_{\\text{true}})`;
  });
}

// With the other prose rules, before the operator words are read (a bare `log` stays a word until then).
defineTextRule({ name: 'prose-probabilities', order: 15.9, apply: proseProbabilities });
