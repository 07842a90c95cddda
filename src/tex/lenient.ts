// A tolerant reader for TeX that KaTeX refuses (unknown macros, MathJax-only
// commands, unbalanced braces, authors' slips) and for plain-text, Unicode and
// AsciiMath formulas. It builds the same atoms as the KaTeX path, never throws,
// and reads each character once (bounded depth, bounded output).
import type { Atom } from './atoms';
import { BIG_OPERATORS, DECORATIONS, operatorNameAtom, squareRoot, symbolAtom } from './atoms';

const MAX_DEPTH = 120;
const FRACTIONS = new Set(['frac', 'dfrac', 'tfrac', 'cfrac']);
const TRANSPARENT_FONTS = new Set(['mathbf', 'boldsymbol', 'bm', 'mathrm', 'mathit', 'mathsf', 'mathtt', 'textbf', 'textit', 'bold', 'pmb', 'displaystyle', 'boxed', 'fbox', 'mathop', 'mathord', 'mathbin', 'mathrel', 'vec', 'overrightarrow', 'underline', 'color', 'textcolor', 'mathnormal', 'Bbb', 'boldsymbol']);
const TEXT_COMMANDS = new Set(['text', 'mbox', 'textrm', 'textsf', 'texttt', 'hbox', 'textnormal']);
/** Commands whose arguments say nothing about the content (sizes, spaces, labels). */
const SKIP_WITH_ARGUMENT: Record<string, number> = { hspace: 1, vspace: 1, label: 1, tag: 1, color: 0, textcolor: 1, phantom: 1, hphantom: 1, vphantom: 1, begin: 1, end: 1, kern: 0, mkern: 0 };

class Reader {
  pos = 0;
  constructor(readonly src: string) {}

  /** Reads atoms until `stop` (a closing brace) or the end. */
  list(depth: number, stop: string | null): Atom[] {
    const out: Atom[] = [];
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos] as string;
      if (stop !== null && ch === stop) {
        this.pos += 1;
        return out;
      }
      if (ch === '}') {
        // A stray closing brace: skipped, but it still separates what it stood between.
        this.pos += 1;
        out.push({ t: 'gap' });
        continue;
      }
      this.item(depth, out);
    }
    return out;
  }

  /** One argument: a braced group, a command, or a single character. */
  argument(depth: number): Atom[] {
    this.skipSpace();
    if (this.pos >= this.src.length) return [];
    if (this.src[this.pos] === '{') {
      this.pos += 1;
      return depth > MAX_DEPTH ? this.skipGroup() : this.list(depth + 1, '}');
    }
    const out: Atom[] = [];
    this.item(depth + 1, out, true);
    return out;
  }

  rawArgument(): string {
    this.skipSpace();
    if (this.src[this.pos] !== '{') {
      const ch = this.src[this.pos] ?? '';
      this.pos += 1;
      return ch;
    }
    const start = this.pos + 1;
    this.skipGroup();
    return this.src.slice(start, this.pos - 1);
  }

  skipGroup(): Atom[] {
    let level = 0;
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      this.pos += ch === '\\' ? 2 : 1;
      if (ch === '{') level += 1;
      else if (ch === '}' && --level <= 0) break;
    }
    return [];
  }

  skipSpace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos] as string)) this.pos += 1;
  }

  item(depth: number, out: Atom[], single = false): void {
    const src = this.src;
    const ch = src[this.pos] as string;
    if (/\s/.test(ch)) {
      this.pos += 1;
      return;
    }
    if (ch === '{') {
      this.pos += 1;
      out.push({ t: 'group', body: depth > MAX_DEPTH ? this.skipGroup() : this.list(depth + 1, '}') });
      return;
    }
    if (ch === '^' || ch === '_') {
      this.pos += 1;
      const script = this.argument(depth);
      const last = out.at(-1);
      const target: Atom = last ?? { t: 'group', body: [] };
      if (last) out.pop();
      const merged: Atom = target.t === 'scripts' && !(ch === '_' ? target.sub : target.sup)
        ? { ...target, [ch === '_' ? 'sub' : 'sup']: script }
        : { t: 'scripts', base: target, [ch === '_' ? 'sub' : 'sup']: script };
      out.push(merged);
      return;
    }
    if (ch === '&') {
      this.pos += 1;
      out.push({ t: 'cell' });
      return;
    }
    if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(src[this.pos + 1] ?? ''))) {
      const match = /^[0-9]*\.?[0-9]*/.exec(src.slice(this.pos, this.pos + 40));
      const text = match?.[0] || ch;
      this.pos += text.length;
      if (single && text.length > 1) {
        // `\frac12`, `x^23`: a command argument is one digit.
        this.pos -= text.length - 1;
        out.push({ t: 'num', text: text[0] as string });
        return;
      }
      out.push({ t: 'num', text });
      return;
    }
    if (ch === '\\') {
      this.command(depth, out);
      return;
    }
    if (ch === ':' && src[this.pos + 1] === '=') {
      this.pos += 2;
      out.push({ t: 'rel', op: ':=' });
      return;
    }
    if (ch === '|' && src[this.pos + 1] === '|') {
      this.pos += 2;
      out.push({ t: 'punct', ch: '|' });
      return;
    }
    if (ch === '.' && src.startsWith('...', this.pos)) {
      this.pos += 3;
      out.push({ t: 'sym', name: '\\dots' });
      return;
    }
    this.pos += 1;
    if (/[A-Za-z]/.test(ch)) {
      out.push({ t: 'sym', name: ch });
      return;
    }
    if (/[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch)) {
      out.push({ t: 'text', text: ch });
      return;
    }
    const atom = symbolAtom(ch);
    if (atom) out.push(atom);
  }

  command(depth: number, out: Atom[]): void {
    const src = this.src;
    const match = /^\\(?:[A-Za-z]+|.)/s.exec(src.slice(this.pos, this.pos + 40));
    const whole = match?.[0] ?? '\\';
    this.pos += whole.length;
    const name = whole.slice(1);
    if (name === '\\') {
      out.push({ t: 'row' });
      return;
    }
    if (name === 'left' || name === 'right' || /^[bB]igg?[lrm]?$/.test(name)) {
      this.skipSpace();
      const delim = /^\\(?:[A-Za-z]+|.)|^./s.exec(src.slice(this.pos, this.pos + 20))?.[0] ?? '';
      this.pos += delim.length;
      const atom = delim === '.' ? null : symbolAtom(delim === '\\|' ? '|' : delim);
      if (atom) out.push(atom.t === 'close' || atom.t === 'open' ? atom : name === 'right' ? { t: 'close', ch: delim } : name === 'left' ? { t: 'open', ch: delim } : atom);
      return;
    }
    if (FRACTIONS.has(name)) {
      const num = this.argument(depth);
      const den = this.argument(depth);
      out.push({ t: 'frac', num, den });
      return;
    }
    if (name === 'stackrel' || name === 'overset' || name === 'underset') {
      const over = this.argument(depth);
      const base = this.argument(depth);
      if (base.length === 1 && base[0]?.t === 'rel') out.push(base[0]);
      else if (base.length === 1 && base[0]?.t === 'sym' && base[0].name === '\\Sigma') out.push({ t: 'scripts', base: { t: 'big', name: 'sum' }, [name === 'underset' ? 'sub' : 'sup']: over });
      else out.push(...base);
      return;
    }
    if (name in SKIP_WITH_ARGUMENT) {
      const count = SKIP_WITH_ARGUMENT[name] ?? 0;
      const arg = count > 0 ? this.rawArgument() : '';
      if (name === 'begin' && /^(?:array|alignat)/.test(arg)) this.rawArgument();
      if (name === 'begin' || name === 'end') out.push({ t: 'row' });
      return;
    }
    if (TEXT_COMMANDS.has(name)) {
      out.push({ t: 'text', text: this.rawArgument() });
      return;
    }
    if (name === 'operatorname') {
      const word = this.rawArgument().replace(/[{}\s]|\\mathrm/g, '');
      out.push(operatorNameAtom(word));
      return;
    }
    if (DECORATIONS.has(name)) {
      out.push({ t: 'deco', name, body: this.argument(depth) });
      return;
    }
    if (TRANSPARENT_FONTS.has(name)) {
      out.push(...this.argument(depth));
      return;
    }
    if (name === 'sqrt') {
      out.push(squareRoot(this.argument(depth)));
      return;
    }
    if (name === 'def' || name === 'newcommand' || name === 'renewcommand' || name === 'DeclareMathOperator') {
      // Definitions are not expanded here: skip the name and the body.
      this.rawArgument();
      this.skipSpace();
      while (src[this.pos] === '#' || src[this.pos] === '[') this.pos += src[this.pos] === '[' ? 3 : 2;
      this.rawArgument();
      return;
    }
    if (/^(?:Huge|huge|LARGE|Large|large|small|tiny|scriptsize|footnotesize|normalsize|displaystyle|textstyle|scriptstyle|limits|nolimits|nonumber|notag)$/.test(name)) return;
    if (BIG_OPERATORS[name]) {
      out.push({ t: 'big', name: BIG_OPERATORS[name] });
      return;
    }
    const atom = symbolAtom(whole);
    if (atom) out.push(atom);
  }
}

/** Whether this reader gives `\\name` a meaning of its own (a font, a decoration, a fraction, a text, a big operator…) rather than reading it as a bare symbol. */
export function leniencyReads(name: string): boolean {
  return (
    FRACTIONS.has(name) || TRANSPARENT_FONTS.has(name) || TEXT_COMMANDS.has(name) || name in SKIP_WITH_ARGUMENT || DECORATIONS.has(name) ||
    BIG_OPERATORS[name] !== undefined || /^(?:stackrel|overset|underset|operatorname|sqrt|def|newcommand|renewcommand|DeclareMathOperator|left|right)$/.test(name)
  );
}

/** Atoms of any string, as far as they can be read. */
export function atomsLeniently(tex: string): Atom[] {
  return new Reader(tex).list(0, null);
}
