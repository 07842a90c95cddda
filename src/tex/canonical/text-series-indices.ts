// Text rules for a sum written out term by term, its indices glued: in plain text to the
// letters, y1 log p1 + y2 log p2 + … + yn log pn, and in TeX a sample's to a class's,
// Σ_i (y_{i1} ln a_{i1} + y_{i2} ln a_{i2}). In plain text, where an ellipsis shows a series and a
// letter carries two or more different numbers (glued, or some as TeX's subscripts), each of its glued numbers,
// and the count letter the series ends at (n, N, k, K, m, M, C), is that letter's index.
import { defineTextRule } from './registry';

const ELLIPSIS = /\.\.\.|…|\\(?:[lc]?dots|dotsc|dotsb)(?![A-Za-z])/;
/** A letter with a number or a count letter glued on, standing alone (not inside a word or a command's name). */
const GLUED = /(?<![\\A-Za-z0-9_'])([A-Za-z])(\d{1,2}|[nNkKmMC])(?![A-Za-z0-9_(])/g;

/** A letter with a numbered TeX subscript: y_1, y_{2}. */
const SUBSCRIPTED = /(?<![\\A-Za-z])([A-Za-z])_\{?(\d{1,2})\}?/g;

/** `-(y1 log p1 + … + yn log pn)` → `-(y_{1} log p_{1} + … + y_{n} log p_{n})`. */
export function seriesIndices(tex: string): string {
  if (!ELLIPSIS.test(tex)) return tex;
  const numbersOf = new Map<string, Set<string>>();
  const note = (letter: string, index: string) => numbersOf.set(letter, (numbersOf.get(letter) ?? new Set()).add(index));
  for (const [, letter, index] of tex.matchAll(GLUED)) if (/^\d+$/.test(index as string)) note(letter as string, index as string);
  // The series' first terms may be typed with TeX's subscripts and only the last glued (y_1 … + yn).
  for (const [, letter, index] of tex.matchAll(SUBSCRIPTED)) note(letter as string, index as string);
  const series = new Set([...numbersOf].filter(([, numbers]) => numbers.size >= 2).map(([letter]) => letter));
  if (series.size === 0) return tex;
  return tex.replace(GLUED, (whole, letter: string, index: string) => (series.has(letter) ? `${letter}_{${index}}` : whole));
}

/**
 * Σ_i (y_{i1} ln a_{i1} + y_{i2} ln a_{i2} + …): a subscript that glues the sum's letter to a number, the terms
 * numbering the classes, is the sample index and the class, y_{i,1}. Only with two or more numbers after the letter.
 */
export function gluedSampleClassIndices(tex: string): string {
  const running = new Set([...tex.matchAll(/\\(?:sum|prod)\s*(?:\\(?:no)?limits\s*)?_\s*\{?\s*([a-z])(?![A-Za-z])/g)].map((m) => m[1] as string));
  if (running.size === 0) return tex;
  const GLUED_PAIR = /_\{([a-z])(\d)\}/g;
  const numbers = new Map<string, Set<string>>();
  for (const [, letter, digit] of tex.matchAll(GLUED_PAIR)) if (running.has(letter as string)) numbers.set(letter as string, (numbers.get(letter as string) ?? new Set()).add(digit as string));
  return tex.replace(GLUED_PAIR, (whole, letter: string, digit: string) => ((numbers.get(letter)?.size ?? 0) >= 2 ? `_{${letter},${digit}}` : whole));
}

// Before the operator words (log glued to a letter is read there) and the written-out sums are read.
defineTextRule({ name: 'series-indices', order: 8.6, apply: seriesIndices });
// After braced-lower-limit (50) has given back a sign's lost underscore.
defineTextRule({ name: 'glued-sample-class-indices', order: 50.1, apply: gluedSampleClassIndices });
