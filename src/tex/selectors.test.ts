import { describe, expect, it } from 'vitest';
import type { Expr } from './expr';
import { readFormula } from './read';
import { emptyContext, indexParts, labelOfCall } from './selectors';

/** The first member of a formula's first chain, after the canonical stage. */
const member = (tex: string): Expr => readFormula(tex)?.chains[0]?.members[0] as Expr;
const contextOf = (...labels: string[]) => ({ ...emptyContext(), labels: new Set(labels) });

describe('selectors', () => {
  it('indexParts: the parts of a subscript that index, not name', () => {
    expect(indexParts('\\text{true},k')).toEqual(['k']);
    expect(indexParts('n,k')).toEqual(['n', 'k']);
    expect(indexParts('\\text{true}')).toEqual(['\\text{true}']);
  });

  it('labelOfCall: the class a model output at the input picks, when the formula states it', () => {
    expect(labelOfCall(member('f_k(x)'), [], contextOf('k'))).toBe('k');
    expect(labelOfCall(member('p(j \\mid x)'), [], contextOf('j'))).toBe('j');
    expect(labelOfCall(member('P(y = k \\mid x)'), [], contextOf('k'))).toBe('k');
    // The usual label letter as the subscript is a guess, reported as one.
    const guessed = contextOf();
    expect(labelOfCall(member('h_y(x)'), [], guessed)).toBe('y');
    expect(guessed.notes.guessed).toBe(true);
  });

  it('labelOfCall: no class without a statement, for a parameter, or for a running index', () => {
    expect(labelOfCall(member('p(x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('p_\\theta(x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('p(j \\mid x)'), [], contextOf())).toBeNull();
    expect(labelOfCall(member('f(x; \\theta)'), ['x'], contextOf('x'))).toBeNull();
    expect(labelOfCall(member('y_k'), [], contextOf('k'))).toBeNull();
  });
});
