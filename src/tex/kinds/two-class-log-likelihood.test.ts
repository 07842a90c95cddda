import { describe, expect, it } from 'vitest';
import type { Expr } from '../expr';
import { readFormula } from '../read';
import { twoClassLogLikelihood } from './two-class-log-likelihood';

const member = (tex: string): Expr => readFormula(tex)?.chains[0]?.members[0] as Expr;

describe('twoClassLogLikelihood', () => {
  it('reads the label and the first class’s factor of Σ_i [t_i log A_i + (1 − t_i) log B_i]', () => {
    expect(twoClassLogLikelihood(member('\\sum_{n=1}^{N} [u_n \\ln r_n + (1 - u_n) \\ln s_n]'))).toEqual({ target: 'u_n', prediction: 'r_n', sampleIndex: 'n', sampleBound: 'N' });
  });

  it('refuses a minus, a weight that runs over nothing, a number inside a log, and a lone class', () => {
    expect(twoClassLogLikelihood(member('-\\sum_{n} [u_n \\ln r_n + (1 - u_n) \\ln s_n]'))).toBeNull();
    expect(twoClassLogLikelihood(member('\\sum_{n} [\\beta \\ln r_n + (1 - \\beta) \\ln s_n]'))).toBeNull();
    expect(twoClassLogLikelihood(member('\\sum_{n} [u_n \\ln 2 + (1 - u_n) \\ln s_n]'))).toBeNull();
    expect(twoClassLogLikelihood(member('\\sum_{n} u_n \\ln r_n'))).toBeNull();
  });
});
