// How far a worked example's value can move because the numbers it prints were rounded.
// A page that shows a model's outputs to three decimals (p = 0.777, 0.090) usually states
// the loss it computed from the unrounded outputs; recomputed from the printed ones it
// comes out a little off (1.330 against the stated 1.332), and calling that wrong would
// be a false alarm. Only numbers printed to three decimals or more are taken as rounded
// displays: 0.7 or 0.25 in a textbook example are values the author chose, exact.
import type { Expr } from './expr';
import { mapChildren } from './canonical/registry';
import { printedDecimals } from './numeric';

/** Decimals from which a printed number is read as a computed value, rounded for display. */
const ROUNDED_FROM_DECIMALS = 3;

/** `e` with its `index`-th rounded number (in the order the walk meets them) moved by `delta`. */
function withNumberMoved(e: Expr, index: number, delta: number): Expr {
  let seen = 0;
  const move = (node: Expr): Expr => {
    if (node.k === 'num' && printedDecimals(node) >= ROUNDED_FROM_DECIMALS) {
      const at = seen++;
      return at === index ? { ...node, value: node.value + delta } : node;
    }
    return mapChildren(node, move);
  };
  return move(e);
}

/** The numbers of `e` printed to three decimals or more, with half their last digit. */
function roundedNumbers(e: Expr): number[] {
  const halves: number[] = [];
  const visit = (node: Expr): Expr => {
    if (node.k === 'num' && printedDecimals(node) >= ROUNDED_FROM_DECIMALS) halves.push(10 ** -printedDecimals(node) / 2);
    else mapChildren(node, visit);
    return node;
  };
  visit(e);
  return halves;
}

/**
 * How far `value(e)` can move when each number printed to three decimals or more is off by
 * up to half its last digit (to first order: each number's effect, added up); 0 when none
 * is, null when a moved value cannot be computed (a probability pushed past 1, say).
 */
export function roundingSpread(e: Expr, value: (member: Expr) => number | null): number | null {
  const halves = roundedNumbers(e);
  let spread = 0;
  for (const [i, half] of halves.entries()) {
    const up = value(withNumberMoved(e, i, half));
    const down = value(withNumberMoved(e, i, -half));
    if (up === null || down === null || !Number.isFinite(up) || !Number.isFinite(down)) return null;
    spread += Math.abs(up - down) / 2;
  }
  return spread;
}
