// Text rule for code's names that end in digits: `label15`, `isOver15`, `prob2`. A word of two letters or more with
// digits glued after it is one variable's name (its digits a part of the name, not a factor: over15 is not over × 15),
// written as the word with the digits for its subscript, over_{15}, so every place it occurs is the same symbol.
// Number types, logs and exponentials to a base (float32, int64, log2, log10, exp2) and calls (conv2d(…)) stay for the
// rules that read them.
import { defineTextRule } from './registry';

const KEPT_WORDS = /^(?:float|int|uint|bfloat|complex|Float|Int|UInt|Complex|log|ln|exp|atan|Log|Exp|Math)$/;

export function numberedNames(tex: string): string {
  return tex.replace(/(?<![\\A-Za-z0-9_${])([A-Za-z]{2,})(\d+)(?![\w(.\[{}])/g, (whole, word: string, digits: string) =>
    (KEPT_WORDS.test(word) ? whole : `\\operatorname{${word}}_{${digits}}`));
}

// Before identifier-subscripts (24.5) reads names joined by underscores, after the module names go (25 is later: a
// module's dotted name is kept by the lookbehind).
defineTextRule({ name: 'numbered-names', order: 24.49, apply: numberedNames });
