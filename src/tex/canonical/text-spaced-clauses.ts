// Text rule for a statement set beside the formula after a wide space: `H(p) = −Σ_x p(x) log p(x)
// \quad x ∈ 𝒳`, `… \qquad i = 1, …, N`, `… \quad p_k > 0`. Read on, the clause's first letter would be
// one more factor of the last term (p(x)·x is no longer the log's argument, and an entropy reads
// as a cross-entropy). A \quad at the top level that opens a clause with a relation of its own is a
// comma, which sets the chains apart. In a cases row typed without `&`, the \quad before the
// condition is where the cell ends. One inside braces or brackets, or before words or a number
// (`\quad (1)`, `\quad \text{where …}`), stays.
import { defineTextRule } from './registry';

const WIDE_SPACE = /\\q?quad(?![A-Za-z])/g;
/** The same, tested at one position (sticky): no copy of the rest of the text per character. */
const WIDE_SPACE_HERE = new RegExp(WIDE_SPACE.source, 'y');

function wideSpaceAt(tex: string, i: number): boolean {
  WIDE_SPACE_HERE.lastIndex = i;
  return WIDE_SPACE_HERE.test(tex);
}
/** A relation's own command, after its backslash. */
const RELATION_COMMANDS = new Set(['in', 'notin', 'le', 'leq', 'ge', 'geq', 'ne', 'neq', 'approx', 'sim', 'subset', 'subseteq', 'lt', 'gt']);
/** Blocks whose \quad parts a value from its condition (cases) or cells of a table. */
const BLOCKS_WITH_CELLS = /^(?:cases|dcases|rcases|array|matrix|[pbBvV]matrix|smallmatrix)\*?$/;

interface Position {
  /** Open braces and brackets around the character. */
  depth: number;
  /** Inside a cases, array or matrix block. */
  inCells: boolean;
}

/** The bracket depth and block of every character of `tex` (an escaped \{ or \} is no brace). */
function positions(tex: string): Position[] {
  const out: Position[] = [];
  let depth = 0;
  const blocks: string[] = [];
  for (let i = 0; i < tex.length; ) {
    const here: Position = { depth, inCells: blocks.some((name) => BLOCKS_WITH_CELLS.test(name)) };
    const ch = tex[i] as string;
    if (ch === '\\') {
      const command = /^\\(?:[A-Za-z]+|.)/.exec(tex.slice(i))?.[0] ?? '\\';
      const block = /^\\(begin|end)\{([^{}]*)\}/.exec(tex.slice(i));
      const length = block ? block[0].length : command.length;
      for (let j = 0; j < length; j++) out.push(here);
      if (block?.[1] === 'begin') blocks.push(block[2] as string);
      else if (block) blocks.pop();
      i += length;
      continue;
    }
    if (ch === '{' || ch === '(' || ch === '[') depth += 1;
    else if ((ch === '}' || ch === ')' || ch === ']') && depth > 0) depth -= 1;
    out.push(ch === '}' || ch === ')' || ch === ']' ? { ...here, depth } : here);
    i += 1;
  }
  return out;
}

/** Where the clause that opens at `from` ends: the next top-level \quad, row break, cell or block end. */
function clauseEnd(tex: string, at: Position[], from: number): number {
  for (let i = from; i < tex.length; i++) {
    if (at[i]?.depth !== 0) continue;
    if (tex.startsWith('\\\\', i) || tex[i] === '&' || tex.startsWith('\\end{', i)) return i;
    if (wideSpaceAt(tex, i)) return i;
  }
  return tex.length;
}

/** Whether `tex[from, to)` holds a relation outside its brackets. */
function holdsRelation(tex: string, at: Position[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (at[i]?.depth !== 0) continue;
    const ch = tex[i];
    if (ch === '=' || ch === '<' || ch === '>' || ch === '≤' || ch === '≥' || ch === '∈' || ch === '≠') return true;
    if (ch === '\\') {
      const name = /^\\([A-Za-z]+)/.exec(tex.slice(i))?.[1];
      if (name && RELATION_COMMANDS.has(name)) return true;
    }
  }
  return false;
}

/** Whether the cases row around `start` already parts its cells with `&`. */
function rowHasCell(tex: string, at: Position[], start: number): boolean {
  const rowStart = Math.max(tex.lastIndexOf('\\\\', start), tex.lastIndexOf('\\begin{', start));
  const rowEnd = clauseEnd(tex, at, start + 1);
  for (let i = rowStart; i < rowEnd; i++) if (tex[i] === '&' && at[i]?.depth === 0 && tex[i - 1] !== '\\') return true;
  return false;
}

export function spacedClauses(tex: string): string {
  if (!tex.includes('quad')) return tex;
  const at = positions(tex);
  /** Where a separator goes before a \quad: a comma, or in a cases row typed without one, its `&`. */
  const separators: [number, string][] = [];
  for (const match of tex.matchAll(WIDE_SPACE)) {
    const start = match.index ?? 0;
    const here = at[start];
    if (!here || here.depth !== 0) continue;
    if (here.inCells) {
      // `-\log p \quad y = 1 \\ …` in cases: the wide space is where the author meant the cell to end.
      const from = start + match[0].length;
      if (!rowHasCell(tex, at, start) && holdsRelation(tex, at, from, clauseEnd(tex, at, from))) separators.push([start, '&']);
      continue;
    }
    // Something to set apart from: a formula before, not an operator left open (a + \quad b).
    const before = tex.slice(0, start).replace(/(?:\s|\\[,;:! ]|\\q?quad(?![A-Za-z]))+$/, '');
    if (!before || /(?:[-+*/=(\[{,&]|\\\\|\\(?:cdot|times|left[(\[.]?))$/.test(before)) continue;
    const from = start + match[0].length;
    // A clause of words (\text{where …}) is prose the chains already part; a statement needs a relation of its own.
    const after = tex.slice(from).trimStart();
    if (after.startsWith('\\text') || after.startsWith('(')) continue;
    if (holdsRelation(tex, at, from, clauseEnd(tex, at, from))) separators.push([start, ',']);
  }
  let out = tex;
  for (const [start, separator] of separators.reverse()) out = `${out.slice(0, start)}${separator}${out.slice(start)}`;
  return out;
}

// After the environments are rewritten (14) and equation numbers and conditions in brackets are
// read (15, 15.5), before the trailing quantifiers (15.8).
defineTextRule({ name: 'spaced-clauses', order: 15.75, apply: spacedClauses });
