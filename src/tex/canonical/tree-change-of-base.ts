// Tree rule for a log to another base written by the change of base, as code without a
// log2 and notes that derive the bits write it: ln q / ln 2, math.log(q) / math.log(base),
// log(q)/log(10). The quotient is the log of q to that base: a log with its base, which the
// kinds read as they read log₂ q. A base the formula names only by a letter (log b) is a
// base left unsaid.
import type { Expr } from '../expr';
import { single } from '../expr';
import type { LogBase } from '../../core/types';
import { defineTreeRule } from './registry';

const NUMBERED_BASES: ReadonlyMap<number, LogBase> = new Map([[2, '2'], [10, '10']]);

/** The base a log of a constant names: 2 and 10 by number, e by ln e, another constant (a letter, base) unsaid. */
function baseNamed(den: Expr): LogBase | 'other' | null {
  const log = single(den);
  if (log.k !== 'log') return null;
  const arg = single(log.arg);
  if (arg.k === 'num') return NUMBERED_BASES.get(arg.value) ?? 'other';
  if (arg.k === 'sym' && arg.sub === null && arg.name === 'e') return 'e';
  return arg.k === 'sym' && arg.sub === null && /^(?:b|base|\\text\{base\})$/.test(arg.name) ? 'other' : null;
}

/** log q / log 2 → log₂ q, p · log q / log 2 → p · log₂ q: a log over the log of a constant is the log to that base. */
export function changeOfBase(node: Expr): Expr | null {
  if (node.k !== 'div') return null;
  const base = baseNamed(node.den);
  if (base === null) return null;
  const rebased = (log: Expr): Expr | null => (log.k === 'log' && single(log.arg).k !== 'num' ? { k: 'log', base, arg: log.arg } : null);
  const num = single(node.num);
  if (num.k !== 'mul') return rebased(num);
  // The numerator's one log, among its factors, takes the base.
  const logs = num.factors.filter((factor) => single(factor).k === 'log');
  if (logs.length !== 1) return null;
  const log = rebased(single(logs[0] as Expr));
  return log && { ...num, factors: num.factors.map((factor) => (factor === logs[0] ? log : factor)) };
}

// Before the log laws (70) read the log's argument.
defineTreeRule({ name: 'change-of-base', order: 60.2, apply: changeOfBase });
