// Text rule for a display whose source lines are equations of their own: `\log P = x\log\theta + …` on one
// line and `\frac{\partial^2 \log P}{\partial\theta^2} = …` on the next, with no `\\` between them. TeX
// would set them side by side, but their author (a Markdown page, a notebook's cell) meant one equation per
// line, and a reader reads them so: each line becomes a row. A line that goes on with an operator or a
// relation, words (`\text{where } y_c = 1`), or lines inside an environment stay joined.
import { defineTextRule } from './registry';

/** The text without row breaks and escaped brackets (\{, \|), which pair nothing. */
const withoutEscapes = (text: string): string => text.replace(/\\\\/g, ' ').replace(/\\[{}()[\]|]/g, '');

/** Bracket depth after `text`, counting TeX's groups and brackets, and environments opened. */
function depthAfter(text: string, depth: number): number {
  for (const found of withoutEscapes(text).matchAll(/\\begin\s*\{[^{}]*\}|\\end\s*\{[^{}]*\}|[{([]|[})\]]/g)) {
    const token = found[0];
    if (token.startsWith('\\begin')) depth += 1;
    else if (token.startsWith('\\end')) depth -= 1;
    else if (token === '{' || token === '(' || token === '[') depth += 1;
    else depth -= 1;
  }
  return depth;
}

/** `=` outside every bracket of the line, with something before it. */
function holdsEquation(line: string): boolean {
  let depth = 0;
  const bare = withoutEscapes(line);
  for (let at = 0; at < bare.length; at++) {
    const ch = bare[at] as string;
    if ('{(['.includes(ch)) depth += 1;
    else if ('})]'.includes(ch)) depth -= 1;
    else if (ch === '=' && depth === 0 && /\S/.test(bare.slice(0, at)) && !/[<>!:=]$/.test(bare.slice(0, at).trimEnd())) return true;
  }
  return false;
}

/** A line that ends without an operator, a relation, a row break, a comma or spacing (`, \quad`): its equation is complete. */
const ENDS_COMPLETE = /(?:[\w})\]|!'.]|\\blacksquare|\\square|\\qed)\s*$/;
const ENDS_SPACING = /\\(?:q?quad|hfill|[,;:!])\s*$/;
/** A line that starts as an equation's own left side: a letter or a command that is math, not words, spacing or an operator. */
const STARTS_LEFT_SIDE = /^\s*(?:[A-Za-z](?![A-Za-z]{2})|\\(?!(?:text\w*|mbox|mathrm\s*\{\s*[a-z]{3,}|quad|qquad|hspace|[,;:!]|end|begin|cdot|times|pm|mp|le|ge|leq|geq|approx|equiv|sim|to|Rightarrow|implies|iff|right|big\w*|Big\w*)(?![A-Za-z]))[A-Za-z]+)/;

export function equationLines(tex: string): string {
  if (!tex.includes('\n') || !/\\[A-Za-z]/.test(tex)) return tex;
  const lines = tex.split('\n');
  let depth = 0;
  let out = lines[0] as string;
  for (let at = 1; at < lines.length; at++) {
    const before = lines[at - 1] as string;
    const next = lines[at] as string;
    depth = depthAfter(before, depth);
    const ownRow = depth === 0 && holdsEquation(before) && ENDS_COMPLETE.test(before) && !ENDS_SPACING.test(before) && !/\\\\\s*$/.test(before)
      && STARTS_LEFT_SIDE.test(next) && holdsEquation(next);
    out += ownRow ? ` \\\\\n${next}` : `\n${next}`;
  }
  return out;
}

// After code's lines are statements (8.9) and before environments are read (14).
defineTextRule({ name: 'equation-lines', order: 8.95, apply: equationLines });
