import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { equationLines } from './text-equation-lines';

describe('text rules: equation lines', () => {
  it('equation-lines: a line that is an equation of its own, after a complete one, is its own row', () => {
    expect(equationLines('\\ell = u\\log v\nJ(v) = \\frac{u}{v}')).toBe('\\ell = u\\log v \\\\\nJ(v) = \\frac{u}{v}');
    expect(equationLines('a = \\log b\n\\frac{\\partial a}{\\partial b} = \\frac{1}{b}')).toBe('a = \\log b \\\\\n\\frac{\\partial a}{\\partial b} = \\frac{1}{b}');
  });

  it('equation-lines: continued lines, words, environments and code stay joined', () => {
    const kept = [
      // the next line goes on with a relation or an operator
      '\\ell = u\\log v\n= -\\log v',
      '\\ell = u\\log v\n+ (1-u)\\log(1-v) = 0',
      // the line before ends on an operator or is not an equation
      '\\ell = u\\log v +\nJ = 1',
      '-\\sum_k u_k \\log v_k\nJ = 1',
      // words and spacing
      '\\ell = -\\log v_c\n\\text{where } u_c = 1',
      '\\ell = -\\log v_c\n\\quad c = 1',
      // an environment's lines
      '\\begin{cases} a = \\log b\nc = \\log d \\end{cases}',
      // code, whose lines code-line-statements reads
      'a = log(b)\nc = log(d)',
    ];
    for (const tex of kept) expect(equationLines(tex)).toBe(tex);
  });

  it('recognises a log-likelihood followed by its derivatives, one per line', () => {
    const tex = [
      '\\log P(u|\\theta) = u\\log\\theta + (1-u)\\log(1-\\theta)',
      '\\frac{\\partial^2 \\log P}{\\partial\\theta^2} = -\\frac{u}{\\theta^2} - \\frac{1-u}{(1-\\theta)^2}',
    ].join('\n');
    expect(recogniseFormula(tex)?.kind).toBe('log_likelihood');
  });
});
