import { describe, expect, it } from 'vitest';
import { baseFromPreceding, baseStatement, unitBase } from './base-context';

describe('unitBase: a unit in the example decides the base', () => {
  it.each([
    ['-\\log 0.1 = 2.30\\ \\text{bits}', '2'],
    ['H = 1\\,\\mathrm{bit}', '2'],
    ['E = 0.69\\ \\text{nats}', 'e'],
    ['= 0.30\\ \\text{hartleys}', '10'],
    ['= 0.30\\,\\text{bans}', '10'],
    ['H = 1.5\\,\\text{ビット}', '2'],
    ['H = 1.5 比特', '2'],
    ['H = 0.69 奈特', 'e'],
    ['H = 0.69\\ \\text{纳特}', 'e'],
    ['H = 0.69\\,\\text{ナット}', 'e'],
  ])('%s → base %s', (tex, base) => {
    expect(unitBase(tex)).toMatchObject({ base, source: 'unit' });
  });
  it('reads a unit right after the formula', () => {
    expect(unitBase('-\\log_2 0.5 = 1', ' bit of surprise')?.base).toBe('2');
    expect(unitBase('-\\ln 0.5 = 0.69', '（ナット）です')?.base).toBe('e');
  });
  it('does not take words that only contain a unit', () => {
    expect(unitBase('\\text{orbits} = 2')).toBeNull();
    expect(unitBase('x = 2', ' bitter')).toBeNull();
    expect(unitBase('\\mathrm{softmax}(z) = 0.5')).toBeNull();
  });
});

describe('baseStatement: what the page said before', () => {
  it.each([
    ['Throughout this post, log is base 2.', '2'],
    ['All logarithms are taken to base 2 here.', '2'],
    ['We measure information in bits.', '2'],
    ['Here we use the natural logarithm.', 'e'],
    ['where log denotes the natural log', 'e'],
    ['base-10 logarithms are used for readability', '10'],
    ['この記事では対数の底は2とします。', '2'],
    ['2を底とする対数を使います。', '2'],
    ['単位はビットです。', '2'],
    ['ここでは自然対数を用います。', 'e'],
    ['对数以2为底。', '2'],
    ['以比特为单位。', '2'],
    ['单位是纳特。', 'e'],
    ['这里的 log 指自然对数。', 'e'],
    ['$\\log \\equiv \\log_2$', '2'],
    ['$$H(p, q) = -\\sum_x p(x) \\log_2 q(x)$$', '2'],
    ['$$E = -\\sum_k t_k \\ln y_k$$', 'e'],
  ])('%s → base %s', (text, base) => {
    expect(baseStatement(text)).toMatchObject({ base, source: 'page' });
  });
  it('takes the latest statement', () => {
    expect(baseStatement('Earlier we used bits. From here on, log is the natural log.')?.base).toBe('e');
    expect(baseFromPreceding(['In this section log is base 2.', 'The loss of one sample:'])?.base).toBe('2');
  });
  it('says nothing when nothing is stated', () => {
    for (const text of ['The loss goes down as training goes on.', 'log loss is common', '$E = -\\sum t_k \\log y_k$', '2 bits of the byte', '徹底的に', '']) {
      expect(baseStatement(text)).toBeNull();
    }
  });
});
