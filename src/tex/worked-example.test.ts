import { describe, expect, it } from 'vitest';
import { checkWorkedExample } from './index';
import { explainWrong, statedFrom, verdictAt } from './worked-example';

describe('verdictAt', () => {
  const stated = (text: string) => {
    const s = statedFrom(text);
    if (!s) throw new Error(text);
    return s;
  };
  it('judges at the printed precision', () => {
    expect(verdictAt(0.2231435, stated('0.223'))).toBe('correct');
    expect(verdictAt(0.2231435, stated('0.224'))).toBe('rounding');
    expect(verdictAt(0.2231435, stated('0.226'))).toBe('wrong');
    expect(verdictAt(3, stated('3'))).toBe('correct');
  });
  it('reads the decimals from the text', () => {
    expect(statedFrom('-0.481486')).toEqual({ value: -0.481486, text: '-0.481486', decimals: 6 });
    expect(statedFrom('abc')).toBeNull();
  });
  it('explains a truncated value', () => {
    const candidate = explainWrong(stated('0.69'), 0.6931 + 0.0029, 'e', () => null);
    expect(candidate.code).toBe('truncated');
  });
});

describe('checkWorkedExample', () => {
  it('leaves arithmetic without a logarithm alone: it is not a cross-entropy example', () => {
    for (const tex of ['x = 2 + 3 = 5', 'p = \\frac{1}{3} = 0.333', '\\sigma(0) = \\frac{1}{1+e^0} = 0.5', '2^{10} = 1024', 'tq(x)=(1=/2']) {
      expect(checkWorkedExample(tex)).toBeNull();
    }
    expect(checkWorkedExample('\\log_2 8 = 3', { everyLog: true })?.verdict).toBe('correct');
    expect(checkWorkedExample('L = 0.7^1 \\times 0.2^0 \\times 0.1^0 = 0.7')?.kind).toBe('likelihood_product');
    // Labels for bases (the saturated model, y^y (1 − y)^{1−y} at y = 0): no prediction, no example.
    expect(checkWorkedExample('0^01^1=1')).toBeNull();
    expect(checkWorkedExample('1^1 \\cdot 0^0 = 1')).toBeNull();
  });

  it('checks purely numeric equalities of logs only when asked to judge every log', () => {
    expect(checkWorkedExample('\\log_2 8 = 3', { everyLog: true })).toMatchObject({ kind: null, t: [], y: [], base: '2', verdict: 'correct', computed: 3 });
    expect(checkWorkedExample('\\log_{10} 1000 = 2', { everyLog: true })?.verdict).toBe('wrong');
    for (const tex of ['\\log_2 8 = 3', '\\frac{1}{\\log 2} \\approx 1.44', 'e^{\\ln 3} = 3', '\\log_{10} 1000 = 2']) expect(checkWorkedExample(tex)).toBeNull();
    // A negative log of a probability is an example of the family, with or without a sum.
    expect(checkWorkedExample('-\\log_2 0.25 = 2')?.verdict).toBe('correct');
    expect(checkWorkedExample('\\log_2 \\frac{1}{0.25} = 2')?.verdict).toBe('correct');
  });

  it('extracts t and y and recomputes in the written base', () => {
    const check = checkWorkedExample('E = -\\sum_k t_k \\log_2 y_k = -(0 \\cdot \\log_2 0.25 + 1 \\cdot \\log_2 0.5) = 1');
    expect(check).toMatchObject({ kind: 'ce_multiclass', t: [0, 1], y: [0.25, 0.5], base: '2', verdict: 'correct' });
  });

  it('finds another base', () => {
    const check = checkWorkedExample('E = -\\sum_k t_k \\log y_k = -\\log 0.5 = 1.000');
    expect(check?.verdict).toBe('wrong');
    expect(check?.explanation).toMatchObject({ code: 'other_base', matchedBase: '2' });
  });

  it('says nats and bits were mixed up where units are written', () => {
    const check = checkWorkedExample('E = -\\log 0.5 = 1.000 \\text{ nats}');
    expect(check?.explanation.code).toBe('units_mixed');
  });

  it('finds a dropped minus', () => {
    const check = checkWorkedExample('E = -\\sum_k t_k \\ln y_k = -\\ln 0.5 = -0.693');
    expect(check?.explanation.code).toBe('sign_dropped');
    expect(check?.explanation.ja).toMatch(/マイナス/);
  });

  it('finds a missing term', () => {
    const check = checkWorkedExample('E = -(0.5 \\cdot \\ln 0.2 + 0.5 \\cdot \\ln 0.8) = 0.11');
    expect(check?.explanation.code).toBe('term_missing');
  });

  it('finds t and y swapped', () => {
    const check = checkWorkedExample('H(p,q) = -\\sum_x p(x)\\log q(x) = -(0.5 \\log 0.9 + 0.5 \\log 0.1) = 0.6931');
    expect(check?.verdict).toBe('wrong');
    expect(check?.explanation.code).toBe('swapped');
  });

  it('reads rows broken by a lone backslash (Markdown) and \\cdot, \\times', () => {
    const tex = '\\begin{aligned}\nE &= -(1 \\times \\log 0.6 + 0 \\cdot \\log 0.4) \\\n&= 0.510826\n\\end{aligned}';
    expect(checkWorkedExample(tex)).toMatchObject({ verdict: 'correct', t: [1, 0], y: [0.6, 0.4] });
  });

  it('takes a value printed with trailing dots as stated', () => {
    expect(checkWorkedExample('E = -\\log 0.6 = 0.5108\\dots')).toMatchObject({ verdict: 'correct', stated: { decimals: 4 } });
  });

  it('gives nothing for formulas without numbers', () => {
    expect(checkWorkedExample('E = -\\sum_k t_k \\log y_k')).toBeNull();
  });

  it('calls a numeric chain whose weights are the logs own arguments an entropy example, not cross-entropy', () => {
    const entropy = checkWorkedExample('H = -[0.6\\ln 0.6 + 0.4\\ln 0.4] = 0.673');
    expect(entropy).toMatchObject({ kind: 'entropy', verdict: 'correct' });
    expect(checkWorkedExample('-(0.7\\ln 0.4 + 0.3\\ln 0.6) = 0.795')?.kind).toBe('ce_multiclass');
  });
});


describe('checkWorkedExample: vectors written out', () => {
  it.each([
    ['brackets and \\cdot', 'L = -[0, 1, 0]\\cdot[\\log 0.25, \\log 0.5, \\log 0.25] = 0.693'],
    ['parentheses and a middle dot', 'L = -(0, 1, 0) · (\\ln 0.25, \\ln 0.5, \\ln 0.25) = 0.693'],
    ['a transposed row and a log of the list', 'L = -(0, 1, 0)^\\top \\log(0.25, 0.5, 0.25) = 0.693'],
    ['matrices', 'L = -\\begin{bmatrix}0\\\\1\\\\0\\end{bmatrix}^\\top\\begin{bmatrix}\\log 0.25\\\\ \\log 0.5\\\\ \\log 0.25\\end{bmatrix} = 0.693'],
  ])('reads a one-hot dot product (%s) as Σ t log y, not a sum of every log', (_name, tex) => {
    const check = checkWorkedExample(tex);
    expect(check).toMatchObject({ kind: 'ce_multiclass', verdict: 'correct' });
    expect(check?.computed).toBeCloseTo(Math.log(2), 12);
  });

  it('still finds the wrong value in a dot product', () => {
    expect(checkWorkedExample('L = -[1, 0]\\cdot[\\log 0.8, \\log 0.2] = 1.83')?.verdict).toBe('wrong');
  });
});

describe('checkWorkedExample: 0·log 0', () => {
  it('takes 0·log(0/q) as 0 in a KL example and says so', () => {
    const check = checkWorkedExample('D_{KL}(p\\|q) = 0.8\\log\\frac{0.8}{0.4} + 0.2\\log\\frac{0.2}{0.4} + 0\\cdot\\log\\frac{0}{0.2} = 0.416');
    expect(check).toMatchObject({ verdict: 'correct' });
    expect(check?.computed).toBeCloseTo(0.8 * Math.log(2) + 0.2 * Math.log(0.5), 12);
    expect(check?.explanation.en).toMatch(/0·log 0 is taken as 0/);
    expect(check?.explanation.ja).toMatch(/0·log 0/);
  });

  it('takes 0 log 0 as 0 in an entropy written with numbers only', () => {
    const check = checkWorkedExample('H = -(0.25\\log_2 0.25 + 0.75\\log_2 0.75 + 0\\log_2 0) = 0.811');
    expect(check?.verdict).toBe('correct');
    expect(check?.explanation.en).toMatch(/0·log 0 is taken as 0/);
  });

  it('does not say so where no such term is', () => {
    expect(checkWorkedExample('H = -(0.5\\log_2 0.5 + 0.5\\log_2 0.5) = 1')?.explanation.en).not.toMatch(/0·log 0/);
  });

  it('leaves a weight above 0 on log 0 without a verdict (it is infinite)', () => {
    expect(checkWorkedExample('D = 0.5\\log\\frac{0.5}{0} + 0.5\\log\\frac{0.5}{1} = 0.35')).toBeNull();
  });
});

describe('checkWorkedExample: units inside a chain', () => {
  it.each([
    ['a unit after the log', 'I = -\\log_2 0.125\\ \\text{bits} = 3\\ \\text{bits}', 3],
    ['printed terms in bits', 'H = -(0.5\\log_2 0.5 + 0.5\\log_2 0.25) = 0.5\\ \\text{bit} + 1\\ \\text{bit} = 1.5\\ \\text{bits}', 1.5],
    ['\\mathrm{bits}', 'H = -\\log 0.25 = 2\\,\\mathrm{bits}', 2],
    ['ビット typed in math', 'H = -\\log 0.25 = 2\\,ビット', 2],
  ])('reads the chain on past %s', (_name, tex, value) => {
    const check = checkWorkedExample(tex);
    expect(check).toMatchObject({ verdict: 'correct', base: '2' });
    expect(check?.computed).toBeCloseTo(value, 12);
  });

  it('still reads a value converted to another unit as its own value', () => {
    expect(checkWorkedExample('H = -\\log_2 0.25 = 2\\ \\text{bits} = 1.386\\ \\text{nats}')).toMatchObject({ verdict: 'correct', computed: 2 });
  });
});

describe('checkWorkedExample: 纳特 (nats in simplified Chinese)', () => {
  it('reads a value in 纳特 as natural-log and finds bits given instead', () => {
    const check = checkWorkedExample('H = -\\log\\frac{1}{4} = 2.00 \\text{ 纳特}');
    expect(check).toMatchObject({ base: 'e', verdict: 'wrong', explanation: { code: 'units_mixed', matchedBase: '2' } });
  });
});

describe('checkWorkedExample: how a reader reads the chain around the value', () => {
  it('ends an equation at an implication arrow: the value after ⇒ belongs to the next equation', () => {
    expect(checkWorkedExample('x = \\ln 0.6 = -0.511 \\Rightarrow y = 42')).toMatchObject({ verdict: 'correct', stated: { value: -0.511 } });
    expect(checkWorkedExample('e^{-a} = 0.6 \\Longrightarrow a = -\\ln 0.6 = 0.51 \\Longrightarrow b = 2a = 1.02')?.stated.value).toBe(0.51);
  });

  it('reads an approximate whole number to its last non-zero digit', () => {
    expect(checkWorkedExample('N = -1000\\log_2 0.3 \\approx 1740')?.verdict).toBe('correct');
    expect(checkWorkedExample('N = -1000\\log_2 0.3 \\approx 1760')?.verdict).toBe('wrong');
    // With = the whole number is exact.
    expect(checkWorkedExample('N = -1000\\log_2 0.3 = 1740')?.verdict).toBe('wrong');
  });

  it('reads a value stated as a percentage', () => {
    expect(checkWorkedExample('r = -\\ln 0.95 = 5.13\\,\\%')).toMatchObject({ verdict: 'correct', stated: { value: 0.0513, text: '5.13 %' } });
    expect(checkWorkedExample('r = -\\ln 0.95 = 5.31\\%')?.verdict).toBe('wrong');
  });

  it('answers a value stated in per cent in per cent', () => {
    const check = checkWorkedExample('r = -\\ln 0.95 = 5.31\\%');
    expect(check?.explanation.en).toContain('5.13 %');
    expect(check?.explanation.ja).toContain('5.13 %');
    expect(check?.explanation.en).not.toContain('0.05');
  });

  it('computes π', () => {
    expect(checkWorkedExample('h = -\\log_2 \\frac{1}{2\\pi} = 2.651')?.verdict).toBe('correct');
  });

  it('takes lg as the base the stated value fits, log₁₀ or log₂, and says so', () => {
    const binary = checkWorkedExample('H = -0.5\\lg 0.5 - 0.5\\lg 0.5 = 1');
    expect(binary).toMatchObject({ verdict: 'correct', base: '2' });
    expect(binary?.baseReason?.en).toMatch(/lg is log₁₀ in ISO 80000 and log₂ in computer science/);
    expect(checkWorkedExample('\\lg 0.001 = -3')).toMatchObject({ verdict: 'correct', base: '10' });
    expect(checkWorkedExample('-\\lg 0.5 = 0.7')).toMatchObject({ verdict: 'wrong', base: '10' });
  });

  it('takes the log of a count as an entropy where the chain names one', () => {
    expect(checkWorkedExample('H(X) = \\log_2 8 = 3 \\text{ bits}')?.verdict).toBe('correct');
    expect(checkWorkedExample('n = \\log_2 8 = 3')).toBeNull();
  });

  it('needs the log of a probability in a member made of numbers, not beside a symbol', () => {
    expect(checkWorkedExample('t = \\frac{\\ln 0.5}{k} = \\frac{5730 \\ln 2}{\\ln 2} \\approx 5700')).toBeNull();
  });
});

describe('checkWorkedExample: ceilings and floors', () => {
  it('rounds up a Shannon code length written with ⌈ ⌉, and down with ⌊ ⌋', () => {
    expect(checkWorkedExample('\\ell = \\lceil -\\log_2 0.3 \\rceil = 2')).toMatchObject({ verdict: 'correct', base: '2', computed: 2 });
    expect(checkWorkedExample('\\ell = \\left\\lceil -\\log_2 0.2 \\right\\rceil = 2')).toMatchObject({ verdict: 'wrong', computed: 3 });
    expect(checkWorkedExample('n = \\lfloor -\\log_2 0.2 \\rfloor = 2')).toMatchObject({ verdict: 'correct', computed: 2 });
  });
});
