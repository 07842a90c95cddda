// Text rule for a loss written as a Lisp's s-expression (Clojure, Scheme, Racket, Common Lisp):
//   (- (+ (* y (Math/log p)) (* (- 1 y) (Math/log (- 1 p)))))
//   (- (reduce + (map (fn [t q] (* t (Math/log q))) ys ps)))
// The operator comes first in each bracket; written infix, the rest of the stage reads it as any code: the
// arithmetic as operators, the calls as calls, and a sum of a function mapped over arrays as Julia's
// sum(map((t, q) -> …, ys, ps)), which ./text-mapped-sums.ts reads. Only a text that is one whole s-expression
// with a log in it is rewritten.
import { defineTextRule } from './registry';

type Node = string | Node[];

/** The tokens: brackets (round and square) and atoms. */
function tokens(text: string): string[] {
  return text.match(/[()[\]]|[^\s()[\],]+/g) ?? [];
}

/** The one s-expression the tokens make, or null when they make none or more than one. */
function parse(list: string[]): Node | null {
  let at = 0;
  const read = (): Node | null => {
    const token = list[at++];
    if (token === undefined || token === ')' || token === ']') return null;
    if (token !== '(' && token !== '[') return token;
    const close = token === '(' ? ')' : ']';
    const items: Node[] = [];
    while (at < list.length && list[at] !== close) {
      const item = read();
      if (item === null) return null;
      items.push(item);
    }
    if (list[at++] !== close) return null;
    // A square bracket is a vector (a function's parameters): marked by its first item.
    return close === ']' ? ['[', ...items] : items;
  };
  const node = read();
  return node !== null && at === list.length ? node : null;
}

/** Clojure's Math/log and friends, Common Lisp's log: the function's name. */
const FUNCTION_NAMES: Readonly<Record<string, string>> = { 'Math/log': 'log', 'Math/exp': 'exp', 'math/log': 'log', 'math/exp': 'exp', 'Math/abs': 'abs' };

/** `(fn [a b] body)`, `#(… %1 … %2 …)` read as a token list: the parameters and the body, infix. */
function lispFunction(node: Node): string | null {
  if (!Array.isArray(node)) return null;
  if (node[0] === 'fn' || node[0] === 'lambda') {
    const parameters = node[1];
    const body = node[2];
    if (!Array.isArray(parameters) || body === undefined || node.length !== 3) return null;
    const names = parameters[0] === '[' ? parameters.slice(1) : parameters;
    return names.every((name) => typeof name === 'string') ? `(${names.join(', ')}) -> ${infix(body)}` : null;
  }
  return null;
}

function infix(node: Node): string {
  if (!Array.isArray(node)) return FUNCTION_NAMES[node] ?? node;
  const [head, ...args] = node;
  if (head === undefined) return '()';
  const parts = args.map(infix);
  if (head === '+' || head === '*') return `(${parts.join(` ${head} `)})`;
  if (head === '-') return parts.length === 1 ? `(-${parts[0]})` : `(${parts.join(' - ')})`;
  if (head === '/') return parts.length === 1 ? `(1 / ${parts[0]})` : `(${parts.join(' / ')})`;
  if (head === '[') return `[${parts.join(', ')}]`;
  // (defn ce [y p] body), (define (ce y p) body), (defun ce (y p) body): a function's definition gives its body.
  if ((head === 'defn' || head === 'define' || head === 'defun') && args.length >= 2) return infix(args.at(-1) as Node);
  // (nth v i), (get v i): v's entry i.
  if ((head === 'nth' || head === 'get') && parts.length === 2) return `${parts[0]}[${parts[1]}]`;
  // (reduce + (map f xs ys)), (apply + (map f xs ys)): the sum of what f gives for each element.
  const mapped = args[1];
  if ((head === 'reduce' || head === 'apply') && args[0] === '+' && args.length === 2 && Array.isArray(mapped) && mapped[0] === 'map') {
    const literal = lispFunction(mapped[1] as Node);
    if (literal) return `sum(map(${literal}, ${mapped.slice(2).map(infix).join(', ')}))`;
  }
  if (typeof head !== 'string') return `${infix(head)}(${parts.join(', ')})`;
  return `${FUNCTION_NAMES[head] ?? head}(${parts.join(', ')})`;
}

/**
 * Whether `node` is Lisp, not infix code in brackets (`(- y * log(p))`): an operator stands only first in its list (or
 * as the function reduce and apply are given), and no atom holds an operator or an equals sign.
 */
function isLisp(node: Node): boolean {
  // (Lisp names may hold - and /: log-loss, Math/log.)
  if (!Array.isArray(node)) return !/[+*=<>]/.test(node) || /^[-+*/]$/.test(node);
  const folding = node[0] === 'reduce' || node[0] === 'apply';
  return node.every((item, at) => (typeof item === 'string' && /^[-+*/]$/.test(item) ? at === 0 || (folding && at === 1) : isLisp(item)));
}

export function sExpressions(tex: string): string {
  const text = tex.trim();
  if (!/^\(\s*[-+*/]?\s*[(\w]/.test(text) || !/log/.test(text) || /\\[A-Za-z]/.test(text)) return tex;
  // Clojure's anonymous function, #(…), is a fn of %1, %2: written out first.
  const written = text.replace(/#\(/g, '(fn [first second] (');
  const anonymous = written !== text;
  const node = parse(tokens(anonymous ? closeAnonymous(written) : written));
  const isCall = node !== null && Array.isArray(node) && typeof node[0] === 'string' && /^[-+*/]$|^(?:reduce|apply|Math\/log|log|defn|define|defun)$/.test(node[0]);
  return isCall && isLisp(node) ? infix(node) : tex;
}

/** `(fn [first second] (* %1 …)` written for #(* %1 …): one more bracket closes the fn where the literal's own bracket closes. */
function closeAnonymous(text: string): string {
  let out = '';
  const opened: number[] = [];
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    if (text.startsWith('(fn [first second] (', at)) {
      opened.push(depth + 1);
      out += '(fn [first second] (';
      depth += 2;
      at += '(fn [first second] ('.length - 1;
      continue;
    }
    const ch = text[at] as string;
    out += ch;
    if (ch === '(') depth += 1;
    else if (ch === ')') {
      depth -= 1;
      if (opened.at(-1) === depth) {
        opened.pop();
        out += ')';
        depth -= 1;
      }
    }
  }
  return out.replace(/%1/g, 'first').replace(/%2/g, 'second').replace(/%(?!\w)/g, 'first');
}

// Before trailing-code-comments (8.8) would take Clojure's #( for a comment, and before the code rules read calls and operators.
defineTextRule({ name: 's-expressions', order: 8.75, apply: sExpressions });
