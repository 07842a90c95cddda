// The verdict as a careful reader gives it: the base from the page, rounding and
// truncation, rounded intermediate values, brackets left open, sums for means.
import { describe, expect, it } from 'vitest';
import { analyseFormula, checkWorkedExample } from './index';

describe('the base a reader takes from the page', () => {
  it('-\\log(1/2^4) = 4 is correct on a page that said its logs are base 2', () => {
    const preceding = ['In this article log is base 2: information is counted in bits.', 'A message of probability 1/16 carries'];
    const check = checkWorkedExample('-\\log(1/2^4) = 4', { preceding });
    expect(check).toMatchObject({ verdict: 'correct', base: '2', baseSource: 'page' });
    expect(check?.baseReason?.en).toMatch(/page says so/);
    expect(check?.baseReason?.ja).toMatch(/ページ/);
    // Without the page's words a reader takes the natural log, and the value is base 2's.
    expect(checkWorkedExample('-\\log(1/2^4) = 4')).toMatchObject({ verdict: 'wrong', baseSource: 'default', explanation: { code: 'other_base', matchedBase: '2' } });
  });

  it('-\\log 0.1 = 2.30\\ \\text{bits} is wrong: bits mean base 2, which gives 3.32', () => {
    const check = checkWorkedExample('-\\log 0.1 = 2.30\\ \\text{bits}');
    expect(check).toMatchObject({ verdict: 'wrong', base: '2', baseSource: 'unit', explanation: { code: 'units_mixed', matchedBase: 'e' } });
    expect(check?.computed).toBeCloseTo(3.3219, 4);
    expect(check?.explanation.en).toMatch(/nats.*bits.*3\.32/);
    expect(check?.explanation.ja).toMatch(/ビット/);
    expect(checkWorkedExample('-\\log 0.1 = 3.32\\ \\text{bits}')?.verdict).toBe('correct');
    expect(checkWorkedExample('-\\log 0.1 = 2.30', { following: ' nats' })?.verdict).toBe('correct');
  });

  it('says so where the value fits one base and the page named another', () => {
    const check = checkWorkedExample('-\\log 0.5 = 0.693', { preceding: ['対数の底は2とします。'] });
    expect(check).toMatchObject({ verdict: 'wrong', base: '2', explanation: { code: 'other_base', matchedBase: 'e' } });
    expect(check?.explanation.en).toMatch(/page said the base-2 log .*1\.000/);
    expect(check?.explanation.ja).toMatch(/ページでは底 2/);
  });

  it('a base written in the formula wins over the page; a setting over the prose', () => {
    expect(checkWorkedExample('-\\ln 0.5 = 0.693', { preceding: ['log is base 2'] })).toMatchObject({ verdict: 'correct', baseSource: 'written' });
    const setting = { base: '2' as const, source: 'setting' as const, evidence: 'xent-lens: base 2' };
    expect(checkWorkedExample('-\\log 0.5 = 1', { baseHint: setting, preceding: ['natural log is used'] })).toMatchObject({ verdict: 'correct', baseSource: 'setting' });
  });

  it('the general formula before the example names the base', () => {
    const preceding = ['$$H(p,q) = -\\sum_x p(x) \\log_2 q(x)$$', 'For one sample with q = 0.25:'];
    expect(checkWorkedExample('H = -1 \\cdot \\log 0.25 = 2', { preceding })).toMatchObject({ verdict: 'correct', base: '2' });
  });

  it('analyseFormula takes the same context', () => {
    expect(analyseFormula('-\\log(1/2^4) = 4', { preceding: ['log is base 2'] }).example?.verdict).toBe('correct');
    expect(analyseFormula('-\\log(1/2^4) = 4').example?.verdict).toBe('wrong');
  });
});

describe('no false "wrong"', () => {
  it('three samples, a bracket left open, 0.9163 truncated to 0.91: rounding, not a doubled sign', () => {
    // −ln 0.4 = 0.9163: each sample's loss, and the mean of three equal ones.
    for (const tex of [
      'L = -\\frac{1}{3}(\\log 0.4 + \\log 0.4 + \\log 0.4 = 0.91',
      'L = -\\frac{1}{3}\\left(\\log 0.4 + \\log 0.4 + \\log 0.4 = 0.91',
      'L = \\frac{1}{3}(-\\log 0.4 - \\log 0.4 - \\log 0.4 = 0.91',
    ]) {
      const check = analyseFormula(tex).example;
      expect(check, tex).toMatchObject({ verdict: 'rounding', explanation: { code: 'truncated' } });
      expect(check?.explanation.en).toMatch(/bracket/);
    }
  });

  it('a closed bracket is not reopened, and a wrong value stays wrong with the bracket closed', () => {
    expect(checkWorkedExample('L = -\\frac{1}{3}(\\log 0.4 + \\log 0.5 + \\log 0.6) = 0.71')).toMatchObject({ verdict: 'correct' });
    expect(checkWorkedExample('L = -\\frac{1}{3}(\\log 0.4 + \\log 0.5 + \\log 0.6 = 0.95')?.verdict).toBe('wrong');
  });

  it('truncation and rounding in the last printed digit are rounding', () => {
    expect(checkWorkedExample('-\\ln 0.4 = 0.91')).toMatchObject({ verdict: 'rounding', explanation: { code: 'truncated' } });
    expect(checkWorkedExample('-\\ln 0.4 = 0.917')).toMatchObject({ verdict: 'rounding', explanation: { code: 'rounded' } });
    expect(checkWorkedExample('-\\ln 0.4 = 0.92')?.verdict).toBe('correct');
  });

  it('judges a value built from printed, rounded intermediates against them, with the exact figure beside it', () => {
    // −ln 0.3 = 1.2040, −ln 0.6 = 0.5108, −ln 0.45 = 0.7985: rounded 1.20 + 0.51 + 0.80 = 2.51; exactly 2.5133.
    const check = checkWorkedExample('L = -(\\ln 0.3 + \\ln 0.6 + \\ln 0.45) = 1.20 + 0.51 + 0.80 = 2.510');
    expect(check).toMatchObject({ verdict: 'correct', explanation: { code: 'from_rounded_values', matchedValue: 2.51 } });
    expect(check?.computed).toBeCloseTo(2.5133, 4);
    expect(check?.explanation.en).toMatch(/2\.51.*2\.5133/);
    // Intermediates that are not the rounded logs do not excuse the result.
    expect(checkWorkedExample('L = -(\\ln 0.3 + \\ln 0.6 + \\ln 0.45) = 1.30 + 0.51 + 0.80 = 2.610')?.verdict).toBe('wrong');
  });

  it('the sum stated where the 1/N asks for the mean is wrong and says so', () => {
    const check = checkWorkedExample('L = -\\frac{1}{3}(\\ln 0.4 + \\ln 0.5 + \\ln 0.6) = 2.12');
    expect(check).toMatchObject({ verdict: 'wrong', explanation: { code: 'sum_not_mean' } });
    expect(check?.explanation.en).toMatch(/sum.*mean.*0\.71/);
    expect(check?.explanation.ja).toMatch(/平均/);
  });

  it('logs that are not of probabilities get no verdict unless every log is asked for', () => {
    expect(checkWorkedExample('\\frac{1}{\\log 2} \\approx 1.44')).toBeNull();
    expect(checkWorkedExample('\\frac{1}{\\log 2} \\approx 1.44', { everyLog: true })?.verdict).toBe('correct');
    expect(analyseFormula('\\frac{1}{\\log 2} \\approx 1.44').example).toBeNull();
  });
});

describe('readings the corpus asked for', () => {
  it('adds up a sum whose body does not use its index', () => {
    expect(checkWorkedExample('H(S) = - \\sum_{i=1}^{8} \\frac{1}{8} \\log_2 \\frac{1}{8} = 3 \\, \\text{bits}')).toMatchObject({ verdict: 'correct', computed: 3 });
  });
  it('judges a chain whose first numeric member is arithmetic when a later one is an example', () => {
    expect(checkWorkedExample('n_q = \\log_2 8 = -\\log_2 \\frac{1}{8} = 3')?.verdict).toBe('correct');
  });
  it('reads a bracketed note after the stated number, and a percent sign meant literally', () => {
    expect(checkWorkedExample('h_1 = -\\ln Q_1 = -\\ln(0.98033) \\approx 0.01987 \\text{ (1.987%/year)}')?.verdict).toBe('correct');
  });
  it('takes a unit from later in the same paragraph, not from the next one', () => {
    const tex = 'H(X) = -(0.2 \\log 0.2 + 0.8 \\log 0.8) \\approx 0.722';
    expect(checkWorkedExample(tex, { following: '\n$I(X; Y) = 0.722 - 0.710 = 0.012 \\text{ bits}$' })).toMatchObject({ verdict: 'correct', base: '2', baseSource: 'page' });
    expect(checkWorkedExample(tex, { following: '\n\nIn the next part we count in bits.' })?.verdict).toBe('wrong');
  });
  it('reads ≒ as a relation', () => {
    expect(checkWorkedExample('−log2 (3/4) ≒ 0.415')?.verdict).toBe('correct');
  });
});
