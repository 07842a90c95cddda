// The simplified expression tree tex/ reasons about, and the builder that gives
// atoms their precedence: sums of terms, products (written or by juxtaposition),
// fractions, powers, logs with their base, big operators with their limits.
import type { LogBase } from '../core/types';
import type { Atom } from './atoms';

export type BigKind = 'sum' | 'prod' | 'int' | 'E';

export type Expr =
  | { k: 'num'; value: number; text: string }
  | { k: 'sym'; name: string; sub: string | null; subAtoms: Atom[] | null; transposed?: true } // y^⊤: a row vector
  // spelled: a σ(z) the canonical stage made from the logit as written (1/(1 + e^{−z}), softplus), not σ or sigmoid on the page
  // given: a bar parted the arguments, p(y | x): a conditional probability, the outcome before the bar
  | { k: 'call'; head: Expr; args: Expr[]; open: string; spelled?: true; given?: true }
  // slipped: a sign the canonical stage put right (−y log p + (1 − y) log(1 − p) read as −[…]), so the reader can be told
  | { k: 'add'; terms: Expr[]; slipped?: true }
  | { k: 'neg'; arg: Expr; slipped?: true }
  | { k: 'mul'; factors: Expr[] }
  | { k: 'div'; num: Expr; den: Expr }
  | { k: 'pow'; base: Expr; exp: Expr }
  | { k: 'log'; base: LogBase | 'other' | null; arg: Expr; lg?: true } // lg: base 10 (ISO 80000) or 2 (computer science), as the page uses it
  | { k: 'exp'; arg: Expr }
  | { k: 'fn'; name: string; args: Expr[] }
  | { k: 'big'; op: BigKind; lower: Expr | null; upper: Expr | null; body: Expr }
  | { k: 'rel'; op: string; left: Expr; right: Expr }
  | { k: 'other'; text: string };

/** A relation chain: members joined by relations (a = b = c). */
export interface Chain {
  members: Expr[];
  relations: string[];
}

const LOG_SPLIT_PREFIXES = ['log', 'ln', 'exp'];
/**
 * Words that begin like an operator and are names: logits_i is the logits, not log(its_i); logitcrossentropy is Flux's
 * loss, not log(itcrossentropy); so is such a word with more joined on in code's camel case (expectedOutput).
 */
const WHOLE_WORDS = /^(?:logit[A-Za-z]*|logistic|logarithms?|expectation|expected|exponent|exponential|explained)(?:[A-Z]\w*)?$/;
const WORD_FUNCTIONS = new Set(['log', 'ln', 'lg', 'exp', 'max', 'min', 'softmax', 'sigmoid']);

/** TeX of atoms, for role names and subscripts (compact, as written). */
export function atomsTex(atoms: Atom[]): string {
  let out = '';
  const add = (piece: string) => {
    if (/\\[A-Za-z]+$/.test(out) && /^[A-Za-z]/.test(piece)) out += ' ';
    out += piece;
  };
  for (const atom of atoms) {
    switch (atom.t) {
      case 'sym': add(atom.name); break;
      case 'num': add(atom.text); break;
      case 'fn': add(`\\${atom.name}`); break;
      case 'big': add(`\\${atom.name}`); break;
      case 'bin': add(atom.op); break;
      case 'rel': add(atom.op); break;
      case 'punct': add(atom.ch); break;
      case 'open': case 'close': add(atom.ch); break;
      case 'group': add(atom.open ? `${atom.open}${atomsTex(atom.body)}${atom.close ?? ''}` : atomsTex(atom.body)); break;
      case 'frac': add(`\\frac{${atomsTex(atom.num)}}{${atomsTex(atom.den)}}`); break;
      case 'scripts': {
        const base = atomsTex([atom.base]);
        add(base.length > 1 && atom.base.t === 'group' ? `{${base}}` : base);
        if (atom.sub) add(scriptTex('_', atomsTex(atom.sub)));
        if (atom.sup) add(scriptTex('^', atomsTex(atom.sup)));
        break;
      }
      case 'deco': add(`\\${atom.name}{${atomsTex(atom.body)}}`); break;
      case 'text': add(`\\text{${atom.text}}`); break;
      default: break;
    }
  }
  return out;
}

function scriptTex(mark: string, body: string): string {
  return body.length === 1 ? `${mark}${body}` : `${mark}{${body}}`;
}

/** ½ as a fraction of numbers, the exponent of a square root. */
const isHalf = (e: Expr): boolean => e.k === 'div' && e.num.k === 'num' && e.num.value === 1 && e.den.k === 'num' && e.den.value === 2;

/** TeX of an expression, compact; used to name roles. */
export function exprTex(e: Expr): string {
  switch (e.k) {
    case 'num': return e.text;
    case 'sym': return e.sub !== null ? `${e.name}${scriptTex('_', e.sub)}` : e.name;
    case 'call': return exprTex(e.head);
    case 'pow': return isHalf(e.exp) ? `\\sqrt{${exprTex(e.base)}}` : `${exprTex(e.base)}${scriptTex('^', exprTex(e.exp))}`;
    case 'neg': return `-${exprTex(e.arg)}`;
    case 'add': return e.terms.map(exprTex).join('+').replace(/\+-/g, '-');
    case 'mul': return e.factors.map(exprTex).join(' ');
    case 'div': return `\\frac{${exprTex(e.num)}}{${exprTex(e.den)}}`;
    case 'log': return `\\log(${exprTex(e.arg)})`;
    case 'exp': return `e^{${exprTex(e.arg)}}`;
    // An index set under a big operator, (t, n), is written as the page writes it.
    case 'fn': return e.name === 'tuple' ? `(${e.args.map(exprTex).join(',')})` : `\\${e.name}(${e.args.map(exprTex).join(',')})`;
    case 'big': return `\\${e.op}${exprTex(e.body)}`;
    case 'rel': return `${exprTex(e.left)}${e.op}${exprTex(e.right)}`;
    default: return e.text;
  }
}

// ---------------------------------------------------------------- pre-passes

/** Pairs open/close atoms of one list into bracket groups; unmatched ones are dropped, leaving a gap. */
function pairBrackets(atoms: Atom[]): Atom[] {
  const stack: { open: string; items: Atom[] }[] = [{ open: '', items: [] }];
  for (const atom of atoms) {
    const top = stack[stack.length - 1] as { open: string; items: Atom[] };
    const closing = atom.t === 'close' ? atom : atom.t === 'scripts' && atom.base.t === 'close' ? atom.base : null;
    if (atom.t === 'open') {
      if (stack.length < 200) stack.push({ open: atom.ch, items: [] });
    } else if (closing && closing.t === 'close') {
      if (stack.length === 1) {
        // A stray closer is dropped, but still separates what it stood between (`lo)g` is not log).
        top.items.push({ t: 'gap' });
        continue;
      }
      stack.pop();
      const group: Atom = { t: 'group', body: top.items, open: top.open, close: closing.ch };
      const parent = stack[stack.length - 1] as { items: Atom[] };
      parent.items.push(atom.t === 'scripts' ? { ...atom, base: group } : group);
    } else {
      top.items.push(atom);
    }
  }
  while (stack.length > 1) {
    const top = stack.pop() as { open: string; items: Atom[] };
    const parent = stack[stack.length - 1] as { items: Atom[] };
    // An opener never closed closes at the end when nothing but an expression follows
    // (`-(y \log p + (1-y)\log(1-p)`: the author left off the last bracket); before a
    // relation or a row it is dropped, and either way it keeps letters apart (`l\left(g` is not lg).
    if (top.items.length > 0 && !top.items.some((a) => a.t === 'rel' || a.t === 'row' || a.t === 'cell')) parent.items.push({ t: 'group', body: top.items, open: top.open });
    else parent.items.push({ t: 'gap' }, ...top.items);
  }
  return (stack[0] as { items: Atom[] }).items;
}

/** A single Latin letter: runs of them make words (log, ln, class). */
export function isLetter(atom: Atom | undefined): atom is { t: 'sym'; name: string } {
  return atom?.t === 'sym' && /^[A-Za-z]$/.test(atom.name);
}

/** The expression inside a product of one factor (a bracketed group read as mul[x]), at any depth. */
export function single(e: Expr): Expr {
  return e.k === 'mul' && e.factors.length === 1 ? single(e.factors[0] as Expr) : e;
}

/**
 * Whether two expressions are the same tree, a bracket of one factor aside, a call's arguments
 * included (sameExpr compares printed TeX, which leaves them out: σ(s) and σ(1 − r) print alike).
 */
export function sameTree(a: Expr, b: Expr): boolean {
  return JSON.stringify(single(a)) === JSON.stringify(single(b));
}

/** Whether two expressions read the same, a bracket of one factor aside ((y) and y). */
export function sameExpr(a: Expr, b: Expr): boolean {
  return exprTex(single(a)) === exprTex(single(b));
}

/** −1, written as the number or as a minus on 1. */
export function isMinusOne(e: Expr): boolean {
  const inner = single(e);
  if (inner.k === 'num') return inner.value === -1;
  return inner.k === 'neg' && single(inner.arg).k === 'num' && (single(inner.arg) as { value: number }).value === 1;
}

/** 1 − e, the form every rule writes a complement in (complementOf in terms.ts reads it back). */
export function oneMinus(e: Expr): Expr {
  return { k: 'add', terms: [{ k: 'num', value: 1, text: '1' }, { k: 'neg', arg: e }] };
}

/** The logit z of a σ(z) the page spelled out from z (1/(1 + e^{−z}), softplus), else null. */
export function spelledSigmoidLogit(e: Expr): Expr | null {
  const inner = single(e);
  return inner.k === 'call' && inner.spelled === true && inner.args.length === 1 ? (inner.args[0] as Expr) : null;
}

/** A kana or CJK character typed straight into math (KaTeX gives one symbol per character). */
function isCjkCharacter(atom: Atom | undefined): atom is { t: 'sym'; name: string } {
  return atom?.t === 'sym' && /^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]$/.test(atom.name);
}

/** Runs of single letters → words (`log`, `ln`, `exp`, `sum`, identifiers like `class`); runs of CJK characters → text (`ビット`). */
function mergeWords(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    if (isCjkCharacter(atoms[i]) && isCjkCharacter(atoms[i + 1])) {
      let text = '';
      while (isCjkCharacter(atoms[i])) text += (atoms[i++] as { name: string }).name;
      out.push({ t: 'text', text });
      i -= 1;
      continue;
    }
    if (!isLetter(atoms[i])) {
      out.push(atoms[i] as Atom);
      continue;
    }
    let word = '';
    let j = i;
    while (isLetter(atoms[j])) word += (atoms[j++] as { name: string }).name;
    // A scripted letter ends the run (`sum_x`, `max_i`).
    let scripts: Atom | null = null;
    const after = atoms[j];
    if (after?.t === 'scripts' && isLetter(after.base) && word.length >= 1) {
      const whole = word + after.base.name;
      if (WORD_FUNCTIONS.has(whole) || whole === 'sum' || whole === 'prod' || whole.length > 2) {
        word = whole;
        scripts = after;
        j += 1;
      }
    }
    i = j - 1;
    if (word.length === 1 && !scripts) {
      out.push({ t: 'sym', name: word });
      continue;
    }
    const pieces: Atom[] = [];
    const prefix = WHOLE_WORDS.test(word) ? undefined : LOG_SPLIT_PREFIXES.find((p) => word.startsWith(p) && word.length > p.length);
    const head = WORD_FUNCTIONS.has(word) || word === 'sum' || word === 'prod' ? word : prefix ?? null;
    if (head) {
      pieces.push(head === 'sum' || head === 'prod' ? { t: 'big', name: head } : { t: 'fn', name: head });
      const rest = word.slice(head.length);
      if (rest) pieces.push(rest.length === 1 ? { t: 'sym', name: rest } : { t: 'sym', name: rest });
    } else {
      pieces.push({ t: 'sym', name: word });
    }
    if (scripts && scripts.t === 'scripts') {
      const last = pieces.pop() as Atom;
      pieces.push({ ...scripts, base: last });
    }
    out.push(...pieces);
  }
  return out;
}

/** Numbers KaTeX splits into digits (`0`,`.`,`3`,`3`) joined again. */
function mergeDigits(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const last = out[out.length - 1];
    if (atom.t === 'num' && last?.t === 'num' && !(last.text.includes('.') && atom.text.includes('.'))) {
      out[out.length - 1] = { t: 'num', text: last.text + atom.text };
    } else if (atom.t === 'scripts' && atom.base.t === 'num' && last?.t === 'num') {
      out[out.length - 1] = { ...atom, base: { t: 'num', text: last.text + atom.base.text } };
    } else out.push(atom);
  }
  // A full stop after a displayed formula is punctuation, not a number.
  return out.filter((atom) => !(atom.t === 'num' && atom.text === '.'));
}

export function prepare(atoms: Atom[]): Atom[] {
  return mergeWords(mergeDigits(pairBrackets(atoms)));
}

export { LOG_SPLIT_PREFIXES };

/** softmax(z)_k as the builder writes it: e^{z_k} / Σ e^{z}, the logits named by their TeX (`z`, `\\mathbf{z}`). */
export function softmaxComponent(logits: string, label: string | null): Expr {
  const logit = (index: string | null): Expr => ({ k: 'sym', name: logits, sub: index, subAtoms: null });
  return { k: 'div', num: { k: 'exp', arg: logit(label) }, den: { k: 'big', op: 'sum', lower: null, upper: null, body: { k: 'exp', arg: logit(null) } } };
}
