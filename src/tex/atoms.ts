// The reading both parsers produce: a light tree of atoms (symbols, numbers,
// operators, groups, fractions, scripts) in written order. KaTeX's parse tree
// is converted into it here; the lenient reader (./lenient.ts) builds it
// directly. The expression builder (./expr.ts) gives it precedence.
import { isLetter } from './expr';
import type { KatexNode } from './parse';
import { arrayRows, bodyNodes } from './parse';

export type Atom =
  | { t: 'sym'; name: string } // a letter, a Greek letter, \mathbb{1}, a word
  | { t: 'num'; text: string }
  | { t: 'fn'; name: string } // log, ln, lg, exp, max, min, softmax, …
  | { t: 'big'; name: 'sum' | 'prod' | 'int' }
  | { t: 'bin'; op: string } // + - * / \cdot \times \pm
  | { t: 'rel'; op: string } // = := \approx < …
  | { t: 'punct'; ch: string } // , ; : | ' !
  | { t: 'open'; ch: string }
  | { t: 'close'; ch: string }
  | { t: 'group'; body: Atom[]; open?: string; close?: string }
  | { t: 'frac'; num: Atom[]; den: Atom[] }
  | { t: 'scripts'; base: Atom; sub?: Atom[]; sup?: Atom[] }
  | { t: 'deco'; name: string; body: Atom[] } // \hat \bar \tilde \vec, \mathbb \mathcal
  | { t: 'text'; text: string }
  | { t: 'row' } // \\ between rows
  | { t: 'cell' } // & between cells
  | { t: 'gap' }; // a typed space, or where a stray bracket or brace was dropped: letters either side stay apart (the builder skips it)

/** √(body): the bracketed radicand to the power one half. */
export function squareRoot(body: Atom[]): Atom {
  return { t: 'scripts', base: { t: 'group', body, open: '(', close: ')' }, sup: [{ t: 'frac', num: [{ t: 'num', text: '1' }], den: [{ t: 'num', text: '2' }] }] };
}

/** Command names (without backslash) that are function words. */
export const FUNCTION_WORDS = new Set(['log', 'ln', 'lg', 'exp', 'max', 'min', 'softmax', 'sigmoid', 'softplus', 'tanh', 'sin', 'cos', 'argmax', 'argmin', 'det']);
export const BIG_OPERATORS: Record<string, 'sum' | 'prod' | 'int'> = {
  sum: 'sum', prod: 'prod', int: 'int', iint: 'int', oint: 'int', bigsum: 'sum',
};
/** Decorations that make a different symbol (ŷ is not y); fonts like \mathbf do not. */
export const DECORATIONS = new Set(['hat', 'widehat', 'bar', 'overline', 'tilde', 'widetilde', 'check', 'breve', 'dot', 'ddot', 'mathbb', 'mathcal', 'mathscr', 'mathfrak', 'mathds', 'bbm', 'mathbbm']);
export const RELATIONS = new Set(['=', ':=', '\\approx', '\\equiv', '\\coloneqq', '\\triangleq', '\\doteq', '\\simeq', '\\eqqcolon', '<', '>', '\\le', '\\ge', '\\leq', '\\geq', '\\ne', '\\neq', '\\to', '\\rightarrow', '\\Rightarrow', '\\propto', '\\fallingdotseq', '\\iff', '\\implies', '\\mapsto', '\\longrightarrow', '\\Longrightarrow', '\\Leftrightarrow', '\\Longleftrightarrow', '\\impliedby', '\\Leftarrow']);
/** Relations between two statements (a ⇒ b), not two values: they end one equation chain and start the next. */
export const IMPLICATIONS = new Set(['\\to', '\\rightarrow', '\\longrightarrow', '\\Rightarrow', '\\Longrightarrow', '\\implies', '\\iff', '\\Leftrightarrow', '\\Longleftrightarrow', '\\impliedby', '\\Leftarrow', '⇒', '→', '⟹', '⟺']);
/** Binary operators; \cdot and friends all mean multiplication. */
export const BINARY: Record<string, string> = {
  '+': '+', '-': '-', '*': '*', '/': '/', '\\cdot': '*', '\\times': '*', '\\ast': '*', '\\bullet': '*', '\\centerdot': '*',
  '\\pm': '±', '\\mp': '∓', '\\div': '/', '\\cdotp': '*', '\\odot': '*',
};
const OPEN = new Set(['(', '[', '\\{', '{', '\\lbrack', '\\lparen', '\\langle', '\\lvert', '\\lVert', '\\lbrace', '\\lceil', '\\lfloor']);
const CLOSE = new Set([')', ']', '\\}', '}', '\\rbrack', '\\rparen', '\\rangle', '\\rvert', '\\rVert', '\\rbrace', '\\rceil', '\\rfloor']);
const DELIM_PLAIN: Record<string, string> = { '\\lbrack': '[', '\\rbrack': ']', '\\lparen': '(', '\\rparen': ')', '\\lbrace': '{', '\\rbrace': '}', '\\{': '{', '\\}': '}', '\\langle': '⟨', '\\rangle': '⟩' };

export function plainDelimiter(delim: string): string {
  return DELIM_PLAIN[delim] ?? delim;
}

/** The atom for \operatorname{word}: a function word, or a symbol (E the expectation, Pr the probability P as \Pr is). */
export function operatorNameAtom(word: string): Atom {
  if (FUNCTION_WORDS.has(word)) return { t: 'fn', name: word };
  // \operatorname{true\_class}: the name as it is read, its underscore unescaped.
  return { t: 'sym', name: word === 'E' ? '\\mathbb{E}' : word === 'Pr' ? 'P' : word.replace(/\\_/g, '_') };
}

/** An atom for a command or character that stands alone (no arguments). */
export function symbolAtom(text: string): Atom | null {
  const bare = text.startsWith('\\') ? text.slice(1) : text;
  if (text.startsWith('\\') && FUNCTION_WORDS.has(bare)) return { t: 'fn', name: bare };
  // \Pr(y = 1 | x) is a probability like P(y = 1 | x): a symbol called on its event, not a function word.
  if (text === '\\Pr') return { t: 'sym', name: 'P' };
  if (text.startsWith('\\') && BIG_OPERATORS[bare]) return { t: 'big', name: BIG_OPERATORS[bare] };
  if (text === '\\Sigma' || text === '\\Pi') return { t: 'sym', name: text };
  if (RELATIONS.has(text)) return { t: 'rel', op: text === ':=' || text === '\\coloneqq' || text === '\\triangleq' ? ':=' : text };
  if (BINARY[text]) return { t: 'bin', op: BINARY[text] as string };
  if (OPEN.has(text)) return { t: 'open', ch: plainDelimiter(text) };
  if (CLOSE.has(text)) return { t: 'close', ch: plainDelimiter(text) };
  if (/^[0-9.]$/.test(text)) return { t: 'num', text };
  if (/^[,;:|!'′]$/.test(text) || text === '\\mid' || text === '\\vert' || text === '\\|' || text === '\\parallel' || text === '\\Vert') {
    return { t: 'punct', ch: text === ',' || text === ';' || text === ':' || text === '!' ? text : text === "'" || text === '′' ? "'" : '|' };
  }
  // A space the author typed keeps the letters either side apart (`dx\, p(x)` is dx and p, not the word dxp).
  if (/^\\(?:[,;: >]|quad|qquad|space|enspace|thinspace|medspace|thickspace)$/.test(text) || text === '~') return { t: 'gap' };
  if (/^\\(?:!|hfill|displaystyle|textstyle|nolimits|limits|left|right|big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr|biggl|biggr)$/.test(text) || text === ' ') return null;
  if (text === '\\dots' || text === '\\ldots' || text === '\\cdots' || text === '\\@cdots' || text === '\\dotsb' || text === '...') return { t: 'sym', name: '\\dots' };
  // \bigtriangledown and \triangledown are drawn as another down-pointing triangle; authors write them for the gradient ∇.
  if (text === '\\bigtriangledown' || text === '\\triangledown') return { t: 'sym', name: '\\nabla' };
  // \backsim and \thicksim are drawn as other tildes; authors write them for "is distributed as" (x \backsim P).
  if (text === '\\backsim' || text === '\\thicksim') return { t: 'rel', op: '\\sim' };
  if (text === '\\sim' || text === '\\in' || text === '\\notin' || text === '\\subset' || text === '\\setminus' || text === '\\cup' || text === '\\cap') return { t: 'rel', op: text };
  return { t: 'sym', name: text };
}

function fromNodes(nodes: KatexNode[], depth: number): Atom[] {
  const out: Atom[] = [];
  for (const node of nodes) out.push(...fromNode(node, depth));
  return typedSpacesBetweenLetters(out);
}

/** A typed space matters only between two letters, scripted or not (it keeps them from reading as one word); elsewhere it is dropped. */
export function typedSpacesBetweenLetters(atoms: Atom[]): Atom[] {
  if (!atoms.some((a) => a.t === 'gap')) return atoms;
  const letterLike = (a: Atom | undefined) => isLetter(a) || (a?.t === 'scripts' && isLetter(a.base));
  return atoms.filter((atom, i) => atom.t !== 'gap' || (letterLike(atoms[i - 1]) && letterLike(atoms[i + 1])));
}

function fromOne(node: KatexNode | null | undefined, depth: number): Atom[] {
  return node ? fromNode(node, depth) : [];
}

/** A single atom from a list (a group when there are several). */
function asAtom(atoms: Atom[]): Atom {
  return atoms.length === 1 ? (atoms[0] as Atom) : { t: 'group', body: atoms };
}

/** The combining marks of KaTeX's text accents: `où` arrives as o, then u under \`. */
const TEXT_ACCENTS: Record<string, string> = { '\\`': '\u0300', "\\'": '\u0301', '\\^': '\u0302', '\\~': '\u0303', '\\=': '\u0304', '\\u': '\u0306', '\\.': '\u0307', '\\"': '\u0308', '\\r': '\u030a', '\\H': '\u030b', '\\v': '\u030c', '\\c': '\u0327' };

function textOf(nodes: KatexNode[]): string {
  const text = nodes.map((n) => {
    if (n.type === 'spacing') return ' ';
    if (n.type === 'accent' && n.base) return `${textOf([n.base])}${TEXT_ACCENTS[n.label ?? ''] ?? ''}`;
    return n.text ?? textOf(n.type === 'htmlmathml' ? (n.html ?? []) : bodyNodes(n));
  }).join('');
  return text.normalize('NFC');
}

function fromNode(node: KatexNode, depth: number): Atom[] {
  if (depth > 300) return [];
  const next = depth + 1;
  switch (node.type) {
    case 'mathord':
    case 'textord':
    case 'atom': {
      const atom = symbolAtom(node.text ?? '');
      return atom ? [atom] : [];
    }
    case 'op': {
      if (node.name) {
        const atom = symbolAtom(node.name);
        return atom ? [atom] : [];
      }
      // \mathop{…}, \overset's base, \stackrel's relation: the body stands for itself.
      const inner = fromNodes(bodyNodes(node), next);
      if (inner.length === 1 && inner[0]?.t === 'sym' && (inner[0].name === '\\Sigma' || inner[0].name === '\\Pi')) {
        return [{ t: 'big', name: inner[0].name === '\\Sigma' ? 'sum' : 'prod' }];
      }
      return inner;
    }
    case 'operatorname': {
      const word = textOf(bodyNodes(node)).trim();
      return [operatorNameAtom(word)];
    }
    case 'supsub': {
      const base = fromOne(node.base, next);
      // \stackrel{def}{=} and \overset{!}{=}: the relation under the decoration.
      if (base.length === 1 && base[0]?.t === 'rel') return base;
      const sub = node.sub ? fromOne(node.sub, next) : undefined;
      const sup = node.sup ? fromOne(node.sup, next) : undefined;
      const baseAtom: Atom = base.length === 0 ? { t: 'group', body: [] } : asAtom(base);
      return [{ t: 'scripts', base: baseAtom, ...(sub ? { sub } : {}), ...(sup ? { sup } : {}) }];
    }
    case 'genfrac': {
      const num = fromOne(node.numer, next);
      const den = fromOne(node.denom, next);
      // \binom{n}{k} (a fraction without its bar between brackets) is the binomial coefficient, a call C(n, k);
      // with no bracket, \genfrac-style stacks read as the pair they list.
      const pair: Atom = { t: 'group', body: [...num, { t: 'punct', ch: ',' }, ...den], open: '(', close: ')' };
      if (node.hasBarLine === false) return node.leftDelim === '(' ? [{ t: 'sym', name: '\\binom' }, pair] : [pair];
      return [{ t: 'frac', num, den }];
    }
    case 'ordgroup':
      return [{ t: 'group', body: fromNodes(bodyNodes(node), next) }];
    case 'leftright': {
      const open = plainDelimiter(node.left ?? '.');
      // \begin{bmatrix}1\\0\end{bmatrix}: a one-row or one-column matrix is a vector, its entries listed as (1, 0).
      const entries = (open === '(' || open === '[' ? vectorEntries(bodyNodes(node)) ?? [] : []).map((entry) => cellAtoms(entry, next)).filter((atoms) => atoms.length > 0);
      const comma: Atom = { t: 'punct', ch: ',' };
      const body = entries.length >= 2 ? entries.flatMap((atoms, i) => (i > 0 ? [comma, ...atoms] : atoms)) : fromNodes(bodyNodes(node), next);
      return [{ t: 'group', body, open, close: plainDelimiter(node.right ?? '.') }];
    }
    case 'middle':
      return [{ t: 'punct', ch: '|' }];
    case 'delimsizing': {
      const atom = symbolAtom(node.delim ?? '');
      return atom ? [atom] : [];
    }
    case 'accent': {
      const name = (node.label ?? '').replace(/^\\/, '');
      const body = fromOne(node.base, next);
      if (name === 'vec' || name === 'overrightarrow') return body;
      return [{ t: 'deco', name, body }];
    }
    case 'font': {
      const name = (node.font ?? '').replace(/^\\/, '');
      // \mathrm{log}'s braces only delimit the argument: unwrap them.
      const body = fromNodes(bodyNodes(node).flatMap((n) => (n.type === 'ordgroup' ? bodyNodes(n) : [n])), next);
      return DECORATIONS.has(name) ? [{ t: 'deco', name, body }] : body;
    }
    case 'text': {
      const words = textOf(bodyNodes(node));
      return /^[\s.,;:]*$/.test(words) ? [] : [{ t: 'text', text: words }];
    }
    case 'array': {
      const out: Atom[] = [];
      arrayRows(node).forEach((row, r) => {
        if (r > 0) out.push({ t: 'row' });
        row.forEach((cell, c) => {
          if (c > 0) out.push({ t: 'cell' });
          out.push(...cellAtoms(cell, next));
        });
      });
      return [{ t: 'group', body: out }];
    }
    case 'mclass':
    case 'styling':
    case 'sizing':
    case 'color':
    case 'enclose':
    case 'tag':
    case 'lap':
    case 'smash':
    case 'pmb':
    case 'hbox':
    case 'underline':
    case 'horizBrace':
    case 'html':
      return fromNodes(bodyNodes(node), next);
    // \overline{p} over one letter, bare or with its scripts (\overline{y_i}), is p̄ as \bar draws it: another
    // symbol (the mean, the other outcome); over more it is emphasis.
    case 'overline': {
      const body = fromNodes(bodyNodes(node).flatMap((n) => (n.type === 'ordgroup' ? bodyNodes(n) : [n])), next);
      const [only] = body;
      const oneSymbol = body.length === 1 && (only?.t === 'sym' || (only?.t === 'scripts' && only.base.t === 'sym'));
      return oneSymbol ? [{ t: 'deco', name: 'bar', body }] : body;
    }
    case 'htmlmathml': {
      // \neq and \not= are drawn as a slash over `=`; the MathML side names the one relation (≠).
      const relation = negatedRelation(node) ?? composedRelation(node);
      return relation ? [relation] : fromNodes(bodyNodes(node), next);
    }
    // √x is x to the half: what is under the root is one base, never factors of the product round it.
    case 'sqrt':
      return [squareRoot(fromOne(node.body as KatexNode, next))];
    case 'cr':
      return [{ t: 'row' }];
    // A space the author typed (\, \; \quad \ ~) keeps the letters either side apart; a negative kern (\!) does not.
    case 'spacing':
      return [{ t: 'gap' }];
    case 'kern':
      return (node.dimension?.number ?? 0) > 0 ? [{ t: 'gap' }] : [];
    default:
      return [];
  }
}

/** The relation an \\html@mathml pair stands for, when its MathML side is one relation sign (≠, ≮, ∉). */
function negatedRelation(node: KatexNode): Atom | null {
  const [only, ...rest] = node.mathml ?? [];
  if (!only || rest.length > 0 || only.type !== 'mclass' || only.mclass !== 'mrel') return null;
  const [sign, ...more] = bodyNodes(only);
  if (!sign || more.length > 0 || typeof sign.text !== 'string') return null;
  return { t: 'rel', op: sign.text === '≠' ? '\\neq' : sign.text };
}

/**
 * \\coloneqq, \\eqqcolon, ≔ and their kin, which KaTeX builds from a colon and an equals sign
 * kerned into one relation: a definition, `:=`.
 */
function composedRelation(node: KatexNode): Atom | null {
  const [only, ...rest] = node.html ?? [];
  if (!only || rest.length > 0 || only.type !== 'mclass' || only.mclass !== 'mrel') return null;
  const signs = textOf([only]);
  return /[=−-]/.test(signs) && signs.includes(':') ? { t: 'rel', op: ':=' } : null;
}

/** The atoms inside braces that only group them ({{x}} is x); a bracket that shows stays. */
export function withoutGroupingBraces(atoms: Atom[]): Atom[] {
  let inner = atoms;
  while (inner.length === 1 && inner[0]?.t === 'group' && !inner[0].open) inner = inner[0].body;
  return inner;
}

/** A cell is styling › ordgroup › content: spliced so `&=` stays a top-level relation. */
function cellAtoms(cell: KatexNode, depth: number): Atom[] {
  const content = withoutGroupingBraces(fromNode(cell, depth));
  return content.filter((a) => !(a.t === 'group' && !a.open && a.body.length === 0));
}

/** The entries of a bracket's body when it is one matrix with one row or one column of two or more, else null. */
function vectorEntries(nodes: KatexNode[]): KatexNode[] | null {
  if (nodes.length !== 1 || nodes[0]?.type !== 'array') return null;
  const rows = arrayRows(nodes[0]).filter((row) => row.length > 0);
  if (rows.length >= 2 && rows.every((row) => row.length === 1)) return rows.map((row) => row[0] as KatexNode);
  if (rows.length === 1 && (rows[0]?.length ?? 0) >= 2) return rows[0] ?? null;
  return null;
}

/** KaTeX's parse tree → atoms. Display-level rows of an `aligned` stay marked. */
export function atomsFromKatex(nodes: KatexNode[]): Atom[] {
  return fromNodes(nodes, 0);
}
