// Tree rule for a binary loss written with each class's probability named apart:
// y log p_M + (1 − y) log p_B (malignant and benign), y log p_1 + (1 − y) log p_0,
// y log p_+ + (1 − y) log p_−. The two classes' probabilities sum to one, so the second
// is 1 − the first: the one binary form the kinds match.
import type { Expr } from '../expr';
import { exprTex, single } from '../expr';
import { complementOf } from '../terms';
import { defineTreeRule } from './registry';
import { signedTerm } from './term-pairs';

const ONE: Expr = { k: 'num', value: 1, text: '1' };

/** A subscript that names a class rather than indexing a sum: a capital, a digit, a sign, a word. */
const CLASS_NAME = /^\{?(?:[A-Z]|[0-9]|\+|-|\\text\{[^{}]+\}|\\mathrm\{[^{}]+\}|[A-Za-z]{2,})\}?$/;

/** weight · log(p_name): the weight, the log and its symbol, or null. */
function weightedNamedLog(term: Expr): { weight: Expr; log: Extract<Expr, { k: 'log' }>; p: Extract<Expr, { k: 'sym' }> } | null {
  if (term.k !== 'mul' || term.factors.length !== 2) return null;
  const [weight, log] = term.factors.map(single) as [Expr, Expr];
  if (log.k !== 'log') return null;
  const p = single(log.arg);
  if (p.k !== 'sym' || p.sub === null || !CLASS_NAME.test(p.sub.replace(/\s/g, ''))) return null;
  return { weight, log, p };
}

/** y log p_A + (1 − y) log p_B → y log p_A + (1 − y) log(1 − p_A), signed as written. */
export function namedClassProbabilities(node: Expr): Expr | null {
  if (node.k !== 'add' || node.terms.length !== 2) return null;
  const [a, b] = node.terms.map(signedTerm) as [ReturnType<typeof signedTerm>, ReturnType<typeof signedTerm>];
  const [first, second] = [weightedNamedLog(a.body), weightedNamedLog(b.body)];
  if (!first || !second || a.sign !== b.sign) return null;
  if (first.p.name !== second.p.name || first.p.sub === second.p.sub) return null;
  const other = complementOf(second.weight);
  if (!other || exprTex(single(other)) !== exprTex(first.weight)) return null;
  const complement: Expr = { k: 'mul', factors: [second.weight, { ...second.log, arg: { k: 'add', terms: [ONE, { k: 'neg', arg: first.p }] } }] };
  return { k: 'add', terms: [node.terms[0] as Expr, b.sign === 1 ? complement : { k: 'neg', arg: complement }] };
}

defineTreeRule({ name: 'named-class-probabilities', order: 64.5, apply: namedClassProbabilities });
