// A formula's rows → its chains (equations a = b = c): rows that go on with the one
// above join it, prose and top-level punctuation separate chains, and each chain's
// members are built by build.ts.
import type { Atom } from './atoms';
import { IMPLICATIONS } from './atoms';
import { buildChain } from './build';
import { isConnectingWord, isProse, isUnitInsideChain } from './build-atoms';
import type { Chain } from './expr';
import { isLetter, prepare } from './expr';

/**
 * Splices plain groups that hold rows (aligned, {\displaystyle …}) or a relation into their
 * parent: braces round one side of an equation and the next (`\prod_n {X = \prod_n Y}`) hide the equals sign, not group a term.
 */
function flattenRows(atoms: Atom[], depth = 0): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    if (atom.t !== 'group' || atom.open || depth >= 300) {
      out.push(atom);
      continue;
    }
    const body = flattenRows(atom.body, depth + 1);
    if (atoms.length === 1 || body.some((a) => a.t === 'row' || a.t === 'cell' || a.t === 'rel')) out.push(...body);
    else out.push(atom);
  }
  return out;
}

/** A row that starts with + or − and has no relation of its own goes on with the equation above it (a long sum broken over lines). */
function continuesSum(row: Atom[], current: Atom[]): boolean {
  const first = row.find((atom) => atom.t !== 'gap');
  return first?.t === 'bin' && (first.op === '+' || first.op === '-') && !row.some((atom) => atom.t === 'rel') && current.some((atom) => atom.t === 'rel');
}

/**
 * A word with no space in it standing as a factor, between a product sign or a log and its
 * neighbour (`Σ 目标分布 * log 预测`, `Σ 正解 × log(予測)`), or naming the row before its
 * equals sign (`交叉熵 = −log 0.9`): a quantity named in the page's language, not prose, even
 * in a script isProse takes for words.
 */
function isWordFactor(row: Atom[], index: number): boolean {
  const atom = row[index];
  if (atom?.t !== 'text' || /\s/.test(atom.text.trim()) || atom.text.trim().length > 12) return false;
  // \text{Thus } \log …: a connecting word before a log opens a sentence, it weighs nothing.
  if (isConnectingWord(atom.text)) return false;
  const next = row[index + 1];
  const binds = (other: Atom | undefined) => (other?.t === 'bin' && other.op === '*') || (other?.t === 'fn' && (other.name === 'log' || other.name === 'ln'));
  // 交叉熵 = −log(0.9): the word a row starts with, before its equals sign, names what follows.
  const namesTheRow = row.slice(0, index).every((atom) => atom.t === 'gap') && next?.t === 'rel' && next.op === '=';
  return namesTheRow || binds(next) || binds(row[index - 1]);
}

/**
 * The chains of a formula. Rows continue a chain when they start with a
 * relation, or with + or − below an equation (or the row before ends with an operator); prose rows are dropped;
 * prose between formulas (`\text{where}`), top-level commas and colons separate chains.
 */
export function chainsOf(atoms: Atom[]): Chain[] {
  const flat = flattenRows(atoms);
  const rows: Atom[][] = [[]];
  let afterCell = false;
  for (const atom of prepare(flat)) {
    const row = rows[rows.length - 1] as Atom[];
    if (atom.t === 'row') rows.push([]);
    else if (atom.t === 'cell') afterCell = true;
    else {
      // An alignment tab joins the row's cells, but keeps letters either side apart (`l&g` is not lg).
      if (afterCell && isLetter(atom) && isLetter(row.at(-1))) row.push({ t: 'gap' });
      row.push(atom);
    }
    if (atom.t !== 'cell') afterCell = false;
  }
  const segments: Atom[][] = [];
  let current: Atom[] = [];
  for (const row of rows) {
    if (row.length === 0) continue;
    const continues = row[0]?.t === 'rel' || current.at(-1)?.t === 'bin' || continuesSum(row, current);
    if (!continues && current.length) {
      segments.push(current);
      current = [];
    }
    row.forEach((atom, index) => {
      if (isUnitInsideChain(row, index)) return;
      const beforeRelation = atom.t === 'punct' && atom.ch === ':' && row[index + 1]?.t === 'rel';
      // x = ln 0.538 = −0.619 ⇒ t = 6.19: each side of an implication is its own equation.
      const implication = atom.t === 'rel' && IMPLICATIONS.has(atom.op);
      // −Σ_x p(x) log p(x) \quad ∀x: a quantifier opens the range the equation holds over, no factor of
      // it; right after a bare Σ (−Σ∀x p(x) log q(x)) it is the sum's own range.
      const quantifier = atom.t === 'sym' && atom.name === '\\forall' && row[index - 1]?.t !== 'big';
      const separates = implication || quantifier || (!beforeRelation && ((isProse(atom) && !isWordFactor(row, index)) || (atom.t === 'punct' && (atom.ch === ',' || atom.ch === ';' || atom.ch === ':'))));
      if (separates) {
        if (current.length) segments.push(current);
        current = [];
      } else if (!beforeRelation) current.push(atom);
    });
  }
  if (current.length) segments.push(current);
  return segments.map((segment) => buildChain(segment, 0)).filter((chain) => chain.members.some((m) => m.k !== 'other'));
}
