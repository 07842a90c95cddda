// Atoms → expressions with precedence. Members of a chain are split at
// top-level relations; a product runs until + or −; a big operator takes the
// product after it as its body; \log takes the next primary (with its call
// arguments) or a bracketed group. How a formula's rows make chains is build-chains.ts.
import type { LogBase } from '../core/types';
import type { Atom } from './atoms';
import { withoutGroupingBraces } from './atoms';
import type { BigKind, Chain, Expr } from './expr';
import { atomsTex, exprTex, prepare, softmaxComponent } from './expr';
import { commaParts, topLevelCommaParts, hasTopLevelSum, isExpectation, isMatrixScripts, isNegatedTerm, isProse, logBaseOf, startsLog, topLevelRelations } from './build-atoms';

const NUMBER = /^(?:\d+\.?\d*|\.\d+)$/;

class Builder {
  private i = 0;
  constructor(private readonly atoms: Atom[], private readonly depth: number) {}

  static expr(atoms: Atom[], depth: number): Expr {
    if (depth > 60) return { k: 'other', text: '' };
    // Gaps have kept letters apart through prepare (which may run twice); they mean nothing here.
    const builder = new Builder(prepare(atoms).filter((atom) => atom.t !== 'gap'), depth);
    return builder.sum();
  }

  private peek(): Atom | undefined {
    return this.atoms[this.i];
  }

  /** term (± term)* */
  sum(): Expr {
    const terms: Expr[] = [];
    let sign = 1;
    while (this.i < this.atoms.length) {
      const atom = this.peek() as Atom;
      if (atom.t === 'bin' && (atom.op === '+' || atom.op === '-' || atom.op === '±' || atom.op === '∓')) {
        if (atom.op === '-' || atom.op === '∓') sign = -sign;
        this.i += 1;
        continue;
      }
      const start = this.i;
      const term = this.product();
      if (this.i === start) {
        this.i += 1; // skip what no rule reads (stray punctuation)
        continue;
      }
      terms.push(sign < 0 ? { k: 'neg', arg: term } : term);
      sign = 1;
    }
    if (sign < 0) terms.push({ k: 'neg', arg: { k: 'other', text: '' } });
    if (terms.length === 0) return { k: 'other', text: '' };
    return terms.length === 1 ? (terms[0] as Expr) : { k: 'add', terms };
  }

  /** factor ((*|/|juxtaposition) factor)* — stops at + or −. */
  product(): Expr {
    const factors: Expr[] = [];
    while (this.i < this.atoms.length) {
      const atom = this.peek() as Atom;
      if (atom.t === 'bin') {
        if (atom.op === '*') {
          this.i += 1;
          // A sign right after a product sign belongs to the next factor: z \cdot -\log y.
          const sign = this.peek();
          if (sign?.t === 'bin' && sign.op === '-') {
            this.i += 1;
            const negated = this.factor();
            if (negated) factors.push({ k: 'neg', arg: negated });
          }
          continue;
        }
        if (atom.op === '/') {
          this.i += 1;
          const den = this.factor();
          const num: Expr = factors.length === 0 ? { k: 'num', value: 1, text: '1' } : factors.length === 1 ? (factors.pop() as Expr) : { k: 'mul', factors: factors.splice(0) };
          factors.push({ k: 'div', num, den: den ?? { k: 'other', text: '' } });
          continue;
        }
        break;
      }
      const bracketed = atom.t === 'group' && !!atom.open;
      const factor = this.factor();
      if (!factor) break;
      // A bracketed note read as nothing is no factor: 0.5108 (自然対数) is a number.
      if (factor.k === 'other' && factor.text === '' && this.atoms[this.i - 1]?.t === 'group') continue;
      factors.push(factor);
      // The operator took the rest of the product; in brackets it ended with them ((Σ_i …) / N).
      if (factor.k === 'big' && !bracketed) break;
    }
    if (factors.length === 0) return { k: 'other', text: '' };
    return factors.length === 1 ? (factors[0] as Expr) : { k: 'mul', factors };
  }

  /** A primary with what follows it directly (call arguments, log argument, big operator body). */
  factor(): Expr | null {
    const atom = this.peek();
    if (!atom || atom.t === 'rel' || atom.t === 'row' || atom.t === 'cell') return null;
    if (atom.t === 'punct' && atom.ch !== '|') return null;
    this.i += 1;
    const indicator = this.indicator(atom);
    if (indicator) return indicator;
    let base: Atom = atom;
    let sub: Atom[] | undefined;
    let sup: Atom[] | undefined;
    // \overset{n}{\underset{i=1}{\Sigma}}: scripts nested in scripts.
    while (base.t === 'scripts') {
      // y_t_{ij}, a double subscript KaTeX refuses: the first subscript names the symbol (y_t), the last indexes it.
      if (sub && base.sub && base.base.t === 'sym') {
        base = { t: 'sym', name: `{${base.base.name}_{${atomsTex(base.sub)}}}` };
        break;
      }
      sub = sub ?? base.sub;
      sup = sup ?? base.sup;
      base = base.base;
    }

    if (base.t === 'fn') return this.functionApplication(base.name, sub, sup);
    if (base.t === 'big') return this.bigOperator(base.name, sub, sup);
    // \Sigma_{i} / \Pi_{i} with limits: a sum or product written with the capital letter.
    if (base.t === 'sym' && (base.name === '\\Sigma' || base.name === '\\Pi') && (sub || sup) && !isMatrixScripts(sub ? atomsTex(sub) : '', sup && atomsTex(sup))) return this.bigOperator(base.name === '\\Sigma' ? 'sum' : 'prod', sub, sup);
    // \Pi P(y|x), \Pi x^y(1-x)^{1-y}: the capital pi right before a factor is a product with no limits written
    // (a capital sigma alone stays a letter: it is a covariance matrix as often as a sum).
    if (base.t === 'sym' && base.name === '\\Pi' && !sub && !sup && startsFactor(this.peek())) return this.bigOperator('prod', undefined, undefined);
    // E[…], E(…) and E_{x∼p} f without brackets: an expectation over what follows.
    const after = this.peek();
    if (isExpectation(base) && after?.t === 'group' && (after.open === '[' || after.open === '(')) {
      this.i += 1;
      return this.big('E', sub, sup, Builder.expr(after.body, this.depth + 1));
    }
    // E_{x∼p} · log q(x): a dot after the E is a product sign typed by habit; a bare E before a log (−E log P_i) is the operator too.
    const dotted = after?.t === 'bin' && after.op === '*';
    if (isExpectation(base) && (sub || (!sup && startsLog(after))) && after && (after.t !== 'bin' || after.op === '-' || dotted) && after.t !== 'rel' && after.t !== 'punct') {
      const negated = after.t === 'bin' && !dotted;
      if (after.t === 'bin') this.i += 1;
      const body = this.product();
      return this.big('E', sub, sup, negated ? { k: 'neg', arg: body } : body);
    }
    let primary = this.primary(base, sub);
    let power = sup;
    // Primes and stars name another symbol (q', P^*) before any call arguments.
    if (sup && primary.k === 'sym' && /^(?:\\prime|'|′)+$/.test(atomsTex(sup))) {
      primary = { ...primary, name: `${primary.name}'` };
      power = undefined;
    } else if (sup && primary.k === 'sym' && /^(?:\\star|\\ast|\*)$/.test(atomsTex(sup))) {
      primary = { ...primary, name: `${primary.name}^*` };
      power = undefined;
    }
    while (primary.k === 'sym' && this.peek()?.t === 'punct' && (this.peek() as { ch: string }).ch === "'") {
      this.i += 1;
      primary = { ...primary, name: `${primary.name}'` };
    }
    // Call arguments: p(x), x[class], P(y|x); a sum inside brackets multiplies instead.
    const next = this.peek();
    if ((primary.k === 'sym' || (primary.k === 'num' && primary.text === '1' && base.t === 'deco')) && next?.t === 'group' && (next.open === '(' || next.open === '[') && (!hasTopLevelSum(next.body) || (primary.k === 'sym' && primary.name === '\\sigma' && isNegatedTerm(next.body)))) {
      this.i += 1;
      primary = callOf(primary, next.body, next.open, this.depth + 1);
    } else if (primary.k === 'sym' && !power && next?.t === 'scripts' && next.sup && !next.sub && next.base.t === 'group' && next.base.open === '(' && (!hasTopLevelSum(next.base.body) || (primary.name === '\\sigma' && isNegatedTerm(next.base.body)))) {
      // p(c=1|x)^{c}, σ(−z)^{1−y}: the power is on the call, its bracket carried the superscript.
      this.i += 1;
      primary = callOf(primary, next.base.body, '(', this.depth + 1);
      power = next.sup;
    }
    if (power) primary = applySuperscript(primary, power, this.depth);
    return primary;
  }

  /**
   * An indicator written as a bracket holding a test: Iverson's [y = k], or
   * 1\{y = k\}, 1(y = k) or \mathbb{1}\{y = k\} with a 1 in front (CS229); read like \mathbb{1}(y = k).
   */
  private indicator(atom: Atom): Expr | null {
    const test = (a: Atom | undefined, opens = ['[', '{']) => a?.t === 'group' && opens.includes(a.open ?? '') && a.body[0]?.t !== 'rel' && topLevelRelations(a.body) === 1 && !a.body.some((b) => b.t === 'big' || b.t === 'fn');
    const one = (atom.t === 'num' && atom.text === '1') || (atom.t === 'deco' && /^(?:mathbb|mathbf|boldsymbol)$/.test(atom.name) && /^(?:1|I)$/.test(atomsTex(atom.body)));
    let group: Atom | undefined;
    // After a 1, a round bracket holding a test is one too, 1(y_i = k): nobody multiplies by a relation.
    if (one && test(this.peek(), ['[', '{', '('])) {
      group = this.peek();
      this.i += 1;
    } else if (test(atom)) group = atom;
    if (!group || group.t !== 'group') return null;
    return { k: 'call', head: { k: 'sym', name: '\\mathbb{1}', sub: null, subAtoms: null }, args: [chainExpr(group.body, this.depth + 1)], open: '(' };
  }

  private functionApplication(name: string, sub: Atom[] | undefined, sup: Atom[] | undefined): Expr {
    const next = this.peek();
    let arg: Expr;
    // log(softmax + ε), y · log softmax: a softmax or sigmoid given no argument names its output, a variable.
    // So does one with only an index under it, softmax_{i,y_i} (code's array named softmax, its row's label picked).
    const named = (name === 'softmax' || name === 'sigmoid') && !sup && (!next || next.t === 'bin' || next.t === 'rel' || (next.t === 'punct' && next.ch !== '|'));
    if (named) return symbol(name, sub);
    // softmax[target]: square brackets index an array named softmax (a function is called with round ones), softmax_{target}.
    if ((name === 'softmax' || name === 'sigmoid') && !sub && !sup && next?.t === 'group' && next.open === '[' && next.body.length > 0) {
      this.i += 1;
      return symbol(name, next.body);
    }
    // softmax(z)_y: the component y of a softmax, i.e. e^{z_y} / Σ_j e^{z_j}.
    // softmax(z)[y]: the same component, indexed the way code writes it.
    const indexed = this.atoms[this.i + 1];
    const bracketLabel = name === 'softmax' && next?.t === 'group' && next.open === '(' && indexed?.t === 'group' && indexed.open === '[' ? indexed.body : null;
    if (name === 'softmax' && ((next?.t === 'scripts' && next.sub && next.base.t === 'group' && next.base.open) || (bracketLabel && next?.t === 'group'))) {
      this.i += bracketLabel ? 2 : 1;
      const logits = Builder.expr(next.t === 'scripts' ? (next.base as { body: Atom[] }).body : next.body, this.depth + 1);
      const label = atomsTex(bracketLabel ?? (next as { sub: Atom[] }).sub);
      const component = softmaxComponent(exprTex(logits), label);
      // softmax(z)_k^{y_k}: the component raised to the target, as a categorical likelihood writes it.
      const raised = next.t === 'scripts' ? next.sup : undefined;
      return raised ? { k: 'pow', base: component, exp: Builder.expr(raised, this.depth + 1) } : component;
    }
    // log ⟨1, e^{z}⟩: an angle bracket is an inner product (a sum), not a list of arguments.
    const angled = next?.t === 'group' && next.open === '⟨';
    const listed = next?.t === 'group' && !angled && (name === 'log' || name === 'ln') ? topLevelCommaParts(next.body) : [];
    // sigmoid(x)^{y}, softmax(z)^{t}: the power is on the function's value, its bracket carried the superscript.
    const raisedValue = name !== 'log' && name !== 'ln' && name !== 'lg' && name !== 'exp' && next?.t === 'scripts' && next.sup && !next.sub && next.base.t === 'group' && next.base.open === '(';
    if (raisedValue && next.t === 'scripts' && next.base.t === 'group' && next.sup) {
      this.i += 1;
      return { k: 'pow', base: { k: 'fn', name, args: [Builder.expr(next.base.body, this.depth + 1)] }, exp: Builder.expr(next.sup, this.depth + 1) };
    }
    if (next?.t === 'group' && next.open && listed.length >= 2 && listed.every((part) => part.length > 0)) {
      // log(0.3, 0.6, 0.1): the log of each component of a vector written out.
      this.i += 1;
      arg = { k: 'fn', name: 'vector', args: listed.map((part) => Builder.expr(part, this.depth + 1)) };
    } else if (next?.t === 'group' && next.open && !angled) {
      this.i += 1;
      arg = Builder.expr(next.body, this.depth + 1);
      const after = this.peek();
      if (after?.t === 'scripts' && after.base.t === 'group' && !after.base.body.length) this.i += 1;
    } else if (angled || next?.t === 'big' || (next?.t === 'scripts' && next.base.t === 'big')) {
      arg = this.factor() ?? { k: 'other', text: '' };
    } else if (next?.t === 'frac' && isNumberAtoms(next.num) && isBigOperator(this.atoms[this.i + 1])) {
      // log (1/n) Σ_i exp x_i: the scale and the sum after it are one argument, as with the sum alone.
      const scale = this.factor() ?? { k: 'other', text: '' };
      arg = { k: 'mul', factors: [scale, this.factor() ?? { k: 'other', text: '' }] };
    } else if (next?.t === 'scripts' && isStackedLabel(this.atoms[this.i + 1])) {
      // log a^{[L]}{}^{(i)}: the labels stacked on one letter (text-layer-scripts) are one argument.
      arg = Builder.expr(this.atoms.slice(this.i, this.i + 2), this.depth + 1);
      this.i += 2;
    } else if (next && next.t !== 'bin' && next.t !== 'rel') {
      const bracketed = next.t === 'scripts' && next.base.t === 'group';
      arg = this.factor() ?? { k: 'other', text: '' };
      // log 1^⊤ exp(z): a row vector has no log of its own; with what follows it is an inner product, the argument.
      // Brackets mark the argument: log(h)^⊤ y is (log h)^⊤ y.
      if (!bracketed && isRowVector(arg) && startsFactor(this.peek())) arg = { k: 'mul', factors: [arg, this.factor() ?? { k: 'other', text: '' }] };
    } else if (!sub && !sup && this.atoms.length > 1 && (name === 'log' || name === 'ln' || name === 'lg')) {
      // (pks * log).sum(), where `log` holds np.log(pks): a log with nothing to apply to is a variable's name
      // (a log alone in its braces, t{log} ŷ, applies to what follows them).
      return { k: 'sym', name, sub: null, subAtoms: null };
    } else {
      arg = { k: 'other', text: '' };
    }
    if (name === 'log' || name === 'ln' || name === 'lg') {
      const log: Expr = { k: 'log', base: logBaseOf(sub, name), arg, ...(name === 'lg' && !sub ? { lg: true as const } : {}) };
      return sup && atomsTex(sup) !== '' ? { k: 'pow', base: log, exp: Builder.expr(sup, this.depth + 1) } : log;
    }
    if (name === 'exp') return { k: 'exp', arg };
    return { k: 'fn', name, args: [arg] };
  }

  private bigOperator(name: 'sum' | 'prod' | 'int', sub: Atom[] | undefined, sup: Atom[] | undefined): Expr {
    // A sign right after the operator belongs to its body: \sum_j - P(j) \log Q(j).
    let negate = false;
    while (this.peek()?.t === 'bin' && ((this.peek() as { op: string }).op === '-' || (this.peek() as { op: string }).op === '+')) {
      if ((this.peek() as { op: string }).op === '-') negate = !negate;
      this.i += 1;
    }
    const body = this.product();
    return this.big(name, sub, sup, negate ? { k: 'neg', arg: body } : body);
  }

  private big(op: BigKind, sub: Atom[] | undefined, sup: Atom[] | undefined, body: Expr): Expr {
    return {
      k: 'big',
      op,
      lower: sub ? limitExpr(sub, this.depth + 1) : null,
      upper: sup ? chainExpr(sup, this.depth + 1) : null,
      body,
    };
  }

  private primary(atom: Atom, sub: Atom[] | undefined): Expr {
    switch (atom.t) {
      case 'num': {
        // 1_{y = k}: the indicator with its test below, as \mathbb{1}_{y = k}.
        const test = sub?.length === 1 && sub[0]?.t === 'group' ? sub[0].body : sub;
        if (atom.text === '1' && test && topLevelRelations(test) === 1) return { k: 'sym', name: '\\mathbb{1}', sub: atomsTex(test), subAtoms: test };
        const value = NUMBER.test(atom.text) ? Number(atom.text) : Number.NaN;
        return Number.isFinite(value) ? { k: 'num', value, text: atom.text } : { k: 'other', text: atom.text };
      }
      case 'sym': {
        if (atom.name === 'e' && !sub) return { k: 'sym', name: 'e', sub: null, subAtoms: null };
        return symbol(atom.name, sub);
      }
      case 'deco': {
        // \hat{y_i} is \hat{y}_i: the accent is on the letter, the index belongs to the symbol.
        const only = atom.body.length === 1 ? atom.body[0] : undefined;
        if (only?.t === 'scripts' && only.sub && !only.sup && !sub && only.base.t === 'sym' && atom.name !== 'mathbb') {
          return symbol(`\\${atom.name}{${only.base.name}}`, only.sub);
        }
        const inner = atomsTex(atom.body);
        if (atom.name === 'mathbb' && (inner === '1' || inner === 'I')) return { k: 'sym', name: '\\mathbb{1}', sub: sub ? atomsTex(sub) : null, subAtoms: sub ?? null };
        return symbol(`\\${atom.name}{${inner}}`, sub);
      }
      case 'text':
        // \text{（bits）}, \text{[bits]}: a note or a unit in brackets (full-width ones made plain after the note rules
        // ran) is no factor; one with a number in it may restate a worked example's value, and stays for the checker.
        if (/^(?:\([^\d]*\)|\[[^\d]*\])$/.test(atom.text.trim()) && !sub) return { k: 'other', text: '' };
        return symbol(atom.text.trim(), sub);
      case 'group': {
        // (自然対数), [\text{bits}]: a bracketed note, not a factor.
        if (atom.body.length > 0 && atom.body.every(isProse)) return { k: 'other', text: '' };
        // ⟨a, b⟩: an inner product, which the canonical stage writes as a sum.
        const pair = atom.open === '⟨' ? topLevelCommaParts(atom.body) : [];
        if (pair.length === 2 && pair.every((part) => part.length > 0)) return { k: 'fn', name: 'inner', args: pair.map((part) => Builder.expr(part, this.depth + 1)) };
        // ⟨log q(x)⟩_p: physics' average over the distribution below, an expectation E_p[log q(x)].
        if (atom.open === '⟨' && sub && pair.length <= 1 && atom.body.length > 0) return this.big('E', sub, undefined, Builder.expr(atom.body, this.depth + 1));
        // [0, 1, 0], (\log 0.2, \log 0.7): a vector written out by its components.
        const components = atom.open === '(' || atom.open === '[' ? topLevelCommaParts(atom.body) : [];
        if (components.length >= 2 && components.every((part) => part.length > 0)) return { k: 'fn', name: 'vector', args: components.map((part) => Builder.expr(part, this.depth + 1)) };
        const inner = Builder.expr(atom.body, this.depth + 1);
        // ⌈−log₂ 0.35⌉: a Shannon code length rounds up.
        if (atom.open === '\\lceil' || atom.open === '\\lfloor') return { k: 'fn', name: atom.open === '\\lceil' ? 'ceil' : 'floor', args: [inner] };
        // {q}_{k}, {y'}_{k}: a braced symbol with an index below is that symbol's component.
        if (sub && inner.k === 'sym' && inner.sub === null && !atom.open) return symbol(inner.name, sub);
        return sub ? { k: 'mul', factors: [inner] } : inner;
      }
      case 'frac':
        return { k: 'div', num: Builder.expr(atom.num, this.depth + 1), den: Builder.expr(atom.den, this.depth + 1) };
      case 'punct':
        return { k: 'other', text: atom.ch };
      default:
        return { k: 'other', text: atomsTex([atom]) };
    }
  }
}

function symbol(name: string, sub: Atom[] | undefined): Expr {
  // u_{c'}: the parser's prime in an index (c^{\prime}) is written c', as a sum's index c' is.
  return { k: 'sym', name, sub: sub ? atomsTex(sub).replace(/\^\{\\prime\}/g, "'") : null, subAtoms: sub ?? null };
}

/** Superscripts: primes join the name; anything else is a power (e^x an exponential). */
function applySuperscript(base: Expr, sup: Atom[], depth: number): Expr {
  const text = atomsTex(sup);
  // z^{'} holds the parser's own prime (a ^{\prime} on nothing): it is z', as z^{\prime} is.
  if (/^(?:\\prime|'|′)+$/.test(text.replace(/[\s{}^]/g, '')) && base.k === 'sym') return { ...base, name: `${base.name}${"'".repeat(primeCount(text))}` };
  if (/^(?:\\star|\\ast|\*)$/.test(text) && base.k === 'sym') return { ...base, name: `${base.name}^\\star` };
  // w^{+}, w^{-}: a sign alone above a letter names it (the positive class's weight), as no power is a bare sign.
  if (/^[+\-]$/.test(text.trim()) && base.k === 'sym') return { ...base, name: `${base.name}^{${text.trim()}}` };
  // A transpose (y^\top, y^\intercal, y^T) names the same vector, not a power; t^⊤ log y
  // is an inner product over the classes, which the kinds need to know.
  if (/^(?:\\top|\\intercal|\\mathsf\{T\}|\\mathrm\{T\}|T)$/.test(text)) return base.k === 'sym' ? { ...base, transposed: true } : { k: 'fn', name: 'transpose', args: [base] };
  // x^{(1)}_i beside x^{(0)}_i: with an index below, a bracketed number above names the letter
  // (a component, a layer), as nobody brackets a power; alone, y^{(1)} may be a sample's number.
  if (base.k === 'sym' && base.sub !== null && /^\(\d+\)$/.test(text.replace(/\s+/g, ''))) return { ...base, name: `${base.name}^{${text.replace(/\s+/g, '')}}` };
  const exponent = Builder.expr(sup, depth + 1);
  if (base.k === 'sym' && base.name === 'e' && base.sub === null) return { k: 'exp', arg: exponent };
  return { k: 'pow', base, exp: exponent };
}

function primeCount(text: string): number {
  return (text.match(/\\prime|'|′/g) ?? []).length;
}

/** head(arguments), marked as a conditional when a bar parts its arguments at the top level (p(y | x), not p(x, y)). */
function callOf(head: Expr, atoms: Atom[], open: string, depth: number): Expr {
  const call: Expr = { k: 'call', head, args: argumentsOf(atoms, depth), open };
  return atoms.some((atom) => atom.t === 'punct' && atom.ch === '|') ? { ...call, given: true } : call;
}

function argumentsOf(atoms: Atom[], depth: number): Expr[] {
  const args: Atom[][] = [[]];
  for (const atom of atoms) {
    if (atom.t === 'punct' && (atom.ch === ',' || atom.ch === ';' || atom.ch === '|')) args.push([]);
    else (args[args.length - 1] as Atom[]).push(atom);
  }
  return args.filter((a) => a.length > 0).map((a) => chainExpr(a, depth));
}

/** A big operator's limit; an index set (`i, j`, `(i,j)`) is a tuple the canonical stage splits into nested operators. */
function limitExpr(atoms: Atom[], depth: number): Expr {
  let inner = atoms;
  while (inner.length === 1 && inner[0]?.t === 'group' && (!inner[0].open || inner[0].open === '(')) inner = inner[0].body;
  const parts = commaParts(inner);
  if (parts.length >= 2 && parts.every((part) => part.length > 0)) return { k: 'fn', name: 'tuple', args: parts.map((part) => chainExpr(part, depth)) };
  return chainExpr(atoms, depth);
}

/** An expression that may hold one relation (a big operator's limit, an indicator's test). */
export function chainExpr(atoms: Atom[], depth: number): Expr {
  const chain = buildChain(withoutGroupingBraces(atoms), depth);
  if (chain.members.length >= 2) return { k: 'rel', op: chain.relations[0] as string, left: chain.members[0] as Expr, right: chain.members[1] as Expr };
  return chain.members[0] ?? { k: 'other', text: '' };
}

/** A chain's members, split at its top-level relations. */
export function buildChain(atoms: Atom[], depth: number): Chain {
  const members: Atom[][] = [[]];
  const relations: string[] = [];
  for (const atom of atoms) {
    if (atom.t === 'rel') {
      members.push([]);
      relations.push(atom.op);
    } else (members[members.length - 1] as Atom[]).push(atom);
  }
  return { members: members.map((m) => Builder.expr(m, depth)), relations };
}

/** A label raised on nothing, `{}^{(i)}`: the next of a letter's stacked superscripts. */
/** Whether `atom` can begin a factor (a letter, a number, a function, a bracket), not an operator, relation or end. */
function startsFactor(atom: Atom | undefined): boolean {
  return atom !== undefined && (atom.t === 'sym' || atom.t === 'num' || atom.t === 'fn' || atom.t === 'deco' || atom.t === 'frac' || atom.t === 'scripts' || (atom.t === 'group' && atom.open !== '|'));
}

/** A number, braced or not (\frac{1}{n}'s numerator). */
function isNumberAtoms(atoms: Atom[]): boolean {
  const only = atoms.length === 1 ? atoms[0] : undefined;
  return only?.t === 'num' || (only?.t === 'group' && !only.open && isNumberAtoms(only.body));
}

function isBigOperator(atom: Atom | undefined): boolean {
  return atom?.t === 'big' || (atom?.t === 'scripts' && atom.base.t === 'big');
}

function isStackedLabel(atom: Atom | undefined): boolean {
  return atom?.t === 'scripts' && atom.base.t === 'group' && atom.base.body.length === 0 && atom.sup !== undefined && atom.sub === undefined;
}

/** y^⊤ or (a)^⊤: a transposed vector, which only a product makes a number of. */
function isRowVector(e: Expr): boolean {
  return (e.k === 'sym' && e.transposed === true) || (e.k === 'fn' && e.name === 'transpose');
}
