// Text rules for sums typed as plain text with the index glued to the sign, as
// code comments and plain-text notes write them: `∑i(ti * yi)`, `∑j exp(yj)`. The
// letter after the sign is the index; a one-letter symbol glued to that index
// elsewhere in the formula (`ti`, `yj`, `ti'`) is the symbol subscripted by it.
import { defineTextRule } from './registry';

/** Two-letter words that are not a symbol and an index (ln with the index n). */
const WORDS = new Set(['ln', 'lg', 'tr', 'if', 'in', 'is', 'or', 'of', 'to', 'at', 'by', 'on', 'do']);

/** \sum i( and \sum j \exp: a sum sign followed by one spaced or glued letter, then its summand. */
const GLUED_SUM = /\\(sum|prod)\s*([a-z])(?=\s*[([]|\s+\\|\s+[A-Za-z]{2})/g;

/** A one-letter symbol glued to `letters` as a whole token (ti, yj, ti'), not part of a word or command. */
const gluedTo = (letters: string) => new RegExp(String.raw`(?<![A-Za-z\\_^{])([a-zA-Z])([${letters}])('?)(?![A-Za-z({])`, 'g');

/**
 * \sum i(ti * yi) → \sum_{i}(t_{i} * y_{i}): the sum's index, and the symbols glued to it. A letter after
 * the sign is only an index when some symbol in the formula is glued to it (−Σ p log q sums p).
 */
export function gluedSumIndices(tex: string): string {
  const glued = (index: string) => [...tex.matchAll(gluedTo(index))].some((m) => !WORDS.has(`${m[1]}${m[2]}`));
  const indices = new Set<string>();
  const out = tex.replace(GLUED_SUM, (whole, op: string, index: string) => {
    if (!glued(index)) return whole;
    indices.add(index);
    return `\\${op}_{${index}}`;
  });
  if (indices.size === 0) return tex;
  return out.replace(gluedTo([...indices].join('')), (whole, symbol: string, index: string, prime: string) =>
    WORDS.has(`${symbol}${index}`) ? whole : `${symbol}${prime}_{${index}}`);
}

defineTextRule({ name: 'glued-sum-indices', order: 28, apply: gluedSumIndices });
