// Tests on atoms the expression builder (./build.ts) asks while reading: prose
// between formulas, a log's base, an expectation's E, relations and sums at the top
// level of a bracket, an argument list's commas.
import type { LogBase } from '../core/types';
import type { Atom } from './atoms';
import { atomsTex } from './expr';

/**
 * Connecting words between formulas, in the languages the pages are written in: "where",
 * "with", "if", "for" (où, donde, wobei, dove, onde, gdzie, где, waarbij, burada, kde, với …).
 */
const STOP_WORDS = new RegExp(String.raw`^\s*(?:${[
  'where', 'or', 'and', 'for', 'with', 'if', 'since', 'i\.?e\.?', 'or equivalently', 's\.t\.', 'given', 'then', 'thus', 'so', 'hence', 'as', 'by', 'when',
  'où', 'avec', 'si', 'pour', 'et', 'donde', 'con', 'para', 'cuando', 'wobei', 'mit', 'wenn', 'für', 'und', 'dove', 'se', 'onde', 'com',
  'gdzie', 'dla', 'gdy', 'где', 'при', 'если', 'для', 'и', 'waarbij', 'met', 'als', 'burada', 've', 'için', 'kde', 'pro', 'với', 'trong đó', 'khi', 'dengan', 'di mana', 'jika',
  // Words that open a sentence before a step (therefore, now, finally, similarly …), in the same languages.
  'therefore', 'now', 'finally', 'similarly', 'likewise', 'because', 'recall', 'note', 'donc', 'ainsi', 'alors', 'por lo tanto', 'entonces', 'luego',
  'also', 'daher', 'somit', 'quindi', 'allora', 'portanto', 'então', 'logo', 'поэтому', 'итак', 'тогда', 'dus', 'daarom', 'dolayısıyla', 'vậy', 'do đó', 'jadi', 'maka',
].join('|')})\s*[.,:]?\s*$`, 'iu');

/** Whether `words` is one of the connecting words alone ("for", "where", "wobei" …), a stop in the formula. */
export const isConnectingWord = (words: string): boolean => STOP_WORDS.test(words);

/** Units after a stated value (0.69 nats) end the formula. */
const UNIT_WORDS = /^\s*(?:bits?|nats?|hartleys?|shannons?|bans?|dits?|ビット|ナット|比特|奈特|纳特)\s*$/i;

/** The quantity a unit word measures in (bits and shannons alike), or null when the atom is no unit. */
function unitOf(atom: Atom | undefined): string | null {
  const word = atom?.t === 'text' ? atom.text : atom?.t === 'sym' ? atom.name : atom?.t === 'deco' ? atomsTex(atom.body) : null;
  if (word === null || !UNIT_WORDS.test(word)) return null;
  const bare = word.trim().toLowerCase();
  if (/^(?:bits?|shannons?|ビット|比特)$/.test(bare)) return 'bit';
  if (/^(?:nats?|ナット|奈特|纳特)$/.test(bare)) return 'nat';
  return 'ban';
}

/**
 * A unit written after a value inside a chain (`-\log_2 0.5\ \text{bits} = 1\ \mathrm{bit}`,
 * `0.5\ \text{bit} + 0.5\ \text{bit}`): it says what the number measures and is
 * dropped, so the chain runs on past it. Where another unit follows in the row
 * (`= 2\ \text{bits} = 1.386\ \text{nats}`), the value is converted there, and the
 * unit still ends the chain so each value is read in its own unit.
 */
export function isUnitInsideChain(row: Atom[], index: number): boolean {
  const unit = unitOf(row[index]);
  const before = row[index - 1];
  if (!unit || !before) return false;
  const afterValue = before.t === 'num' || before.t === 'group' || before.t === 'frac' || (before.t === 'scripts' && (before.base.t === 'num' || before.base.t === 'group'));
  return afterValue && row.slice(index + 1).every((atom) => (unitOf(atom) ?? unit) === unit);
}

export function isProse(atom: Atom): boolean {
  if (atom.t !== 'text') return false;
  return /\s\S/.test(atom.text.trim()) || STOP_WORDS.test(atom.text) || UNIT_WORDS.test(atom.text) || /[\u3000-\u9fff\uac00-\ud7af]/.test(atom.text);
}

export function logBaseOf(sub: Atom[] | undefined, name: string): LogBase | 'other' | null {
  if (name === 'ln') return 'e';
  // lg is log₁₀ in ISO 80000 and log₂ in much of computer science: not a base to compute with.
  if (name === 'lg') return 'other';
  if (!sub) return null;
  const text = atomsTex(sub).replace(/[{}\s]/g, '');
  if (text === '2') return '2';
  if (text === '10') return '10';
  if (text === 'e') return 'e';
  return 'other';
}

export function isExpectation(atom: Atom): boolean {
  if (atom.t === 'sym') return atom.name === 'E' || atom.name === '\\mathbb{E}' || atom.name === '\\mathbb E';
  // \text{E}: the operator's upright E typed as text.
  if (atom.t === 'text') return atom.text.trim() === 'E';
  // \mathrm{E}, and { E } as an equation editor braces it.
  return (atom.t === 'deco' || (atom.t === 'group' && !atom.open)) && atom.body.length === 1 && isExpectation(atom.body[0] as Atom);
}

/** A log (log, ln, lg), with a base or not, as the next atom. */
export function startsLog(atom: Atom | undefined): boolean {
  const fn = atom?.t === 'scripts' ? atom.base : atom;
  return fn?.t === 'fn' && (fn.name === 'log' || fn.name === 'ln' || fn.name === 'lg');
}

/** Relations outside any nested bracket (KaTeX leaves \\{ … \\} unpaired inside a group). */
export function topLevelRelations(atoms: Atom[]): number {
  let depth = 0;
  let count = 0;
  for (const atom of atoms) {
    if (atom.t === 'open') depth += 1;
    else if (atom.t === 'close') depth = Math.max(0, depth - 1);
    else if (atom.t === 'rel' && depth === 0) count += 1;
  }
  return count;
}

export function hasTopLevelSum(atoms: Atom[]): boolean {
  return atoms.some((a) => (a.t === 'bin' && (a.op === '+' || a.op === '-')) || a.t === 'fn' || a.t === 'big' || (a.t === 'scripts' && (a.base.t === 'fn' || a.base.t === 'big')));
}

/** The atoms of a list split at every comma (an index set i, (j, k), k ∈ {1, …, K} is split whole). */
export function commaParts(atoms: Atom[]): Atom[][] {
  const parts: Atom[][] = [[]];
  for (const atom of atoms) {
    if (atom.t === 'punct' && atom.ch === ',') parts.push([]);
    else (parts[parts.length - 1] as Atom[]).push(atom);
  }
  return parts;
}

/** The atoms split at the commas outside brackets of their own: z[i, y_i] and p(x, y) stay whole. */
export function topLevelCommaParts(atoms: Atom[]): Atom[][] {
  const parts: Atom[][] = [[]];
  let depth = 0;
  for (const atom of atoms) {
    if (atom.t === 'open') depth += 1;
    if (atom.t === 'close') depth = Math.max(0, depth - 1);
    if (atom.t === 'punct' && atom.ch === ',' && depth === 0) parts.push([]);
    else (parts[parts.length - 1] as Atom[]).push(atom);
  }
  return parts;
}

/** σ(−z): a bracket holding one negated term is the argument of the sigmoid, not a factor. */
export function isNegatedTerm(atoms: Atom[]): boolean {
  const first = atoms[0];
  return first?.t === 'bin' && first.op === '-' && !hasTopLevelSum(atoms.slice(1));
}

/**
 * Σ₀⁻¹, Σ^{-1/2}_k, Σ_kᵀ: the scripts (as TeX) that make a capital sigma a matrix, a covariance, not a
 * sum: an inverse or a transpose above it, unless its label below starts an index (Σ_{t=1}^{T}); limits
 * never go negative. Asked by the reader and by the text rule that writes \Sigma_{i=1} as \sum.
 */
export function isMatrixScripts(lower: string, upper: string | undefined): boolean {
  if (upper === undefined || /[=<>≤≥]|\\(?:leq?|geq?|in)(?![A-Za-z])/.test(lower)) return false;
  return /^\s*\{?\s*(?:[-−]|\\top|\\intercal|(?:\\(?:mathsf|text|mathrm)\s*\{\s*)?T\s*\}*\s*$)/.test(upper);
}
