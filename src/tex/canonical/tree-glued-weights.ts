// Tree rule for a letter set before a call with no sign between: `X P(X)` and `XP(X)` are
// the same TeX, and the reader joins letters into one name (CE, NLL, loss). Where the last
// letter of such a name is itself called on the same arguments elsewhere in the product
// (−k P(x) log P(x)), the name is that letter's call with the rest in front as a factor:
// k · P(x). Without the lone call beside it, the name stays (CE(p, q), NLL(θ)).
import type { Expr } from '../expr';
import { sameTree } from '../expr';
import { anyChild, defineTreeRule } from './registry';

type Call = Extract<Expr, { k: 'call' }>;

/** Every call under `e` (bounded depth). */
function callsIn(e: Expr, found: Call[] = [], depth = 0): Call[] {
  if (e.k === 'call') found.push(e);
  if (depth < 40) anyChild(e, (child) => (callsIn(child, found, depth + 1), false));
  return found;
}

/** XP(X) beside P(X): the factor X and the call P(X); null when `call` is no such name. */
function splitName(call: Call, calls: Call[]): Expr[] | null {
  const head = call.head;
  if (head.k !== 'sym' || head.sub !== null || !/^[A-Za-z]{2,3}$/.test(head.name)) return null;
  const letter = head.name.slice(-1);
  const lone = calls.find((other) => other !== call && other.head.k === 'sym' && other.head.name === letter && other.head.sub === null && other.args.length === call.args.length && other.args.every((arg, i) => sameTree(arg, call.args[i] as Expr)));
  if (!lone) return null;
  const front = [...head.name.slice(0, -1)].map((name): Expr => ({ k: 'sym', name, sub: null, subAtoms: null }));
  return [...front, { ...call, head: { ...head, name: letter } }];
}

/** −XP(X) log P(X) → −X · P(X) · log P(X). */
export function gluedWeightBeforeCall(node: Expr): Expr | null {
  if (node.k !== 'mul') return null;
  // The subtree's calls are gathered only when a factor is a call under a name of two or three letters.
  const named = (f: Expr) => f.k === 'call' && f.head.k === 'sym' && f.head.sub === null && /^[A-Za-z]{2,3}$/.test(f.head.name);
  if (!node.factors.some(named)) return null;
  const calls = callsIn(node);
  let changed = false;
  const factors = node.factors.flatMap((factor) => {
    const split = factor.k === 'call' ? splitName(factor, calls) : null;
    if (split) changed = true;
    return split ?? [factor];
  });
  return changed ? { ...node, factors } : null;
}

defineTreeRule({ name: 'glued-weight-before-call', order: 2, apply: gluedWeightBeforeCall });
