// A form: a formula of a known kind (or a near miss that must stay unbadged),
// written in any style.
import type { FormulaKind } from '../types';
import type { Style } from './style';
import type { Writer } from './writer';

export interface Form {
  name: string;
  /** The kinds a careful reader would accept, or `unbadged` for a near miss (no cross-entropy badge). */
  expect: readonly FormulaKind[] | 'unbadged';
  /** The kinds in this style when they depend on it (binary through σ(x) or through 1/(1 + e^{−x})); else `expect`. */
  expectIn?(style: Style): readonly FormulaKind[];
  render(w: Writer): string;
}

/** The loss with its left-hand side (if the style writes one), a regularisation term (if it adds one) and display wrapper. */
export function withLeftSide(w: Writer, body: string, target: string, prediction: string): string {
  // A definition after the loss names a symbol: a model's output (f(x), P(y = k | x)) is already defined.
  const aside = w.style.output.of ? '' : w.style.aside.of(prediction.replace(/_\{?[^{}]*\}?$|\[[^\]]*\]$/, ''), target);
  return w.display(`${w.leftSide(target, prediction)}${w.penalised(body)}${aside}`);
}
