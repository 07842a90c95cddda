import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { leadingCaptions, leadingConnectives, trailingCjkCaptions } from './text-captions';

describe('text rules: a caption before the formula', () => {
  it('leading-captions: words ending in a colon inside or after a text command are dropped', () => {
    expect(leadingCaptions('\\text{Loss: } -\\sum_k t_k \\log y_k')).toBe('-\\sum_k t_k \\log y_k');
    expect(leadingCaptions('\\textbf{Cross-entropy}:\\; L = -\\log p')).toBe('L = -\\log p');
    expect(leadingCaptions('\\text{交叉熵：} -\\log p')).toBe('-\\log p');
    // A definition with :=, a name without a colon, or a single letter stay as written.
    expect(leadingCaptions('\\mathrm{CE} := -\\log p')).toBe('\\mathrm{CE} := -\\log p');
    expect(leadingCaptions('\\text{Loss} = -\\log p')).toBe('\\text{Loss} = -\\log p');
    expect(leadingCaptions('\\mathrm{d}: x')).toBe('\\mathrm{d}: x');
  });

  it('leading-connectives: ∴, ∵ and ⇒ opening the formula are dropped', () => {
    expect(leadingConnectives('\\therefore \\; -\\log p')).toBe('-\\log p');
    expect(leadingConnectives('∵ L = -\\log p')).toBe('L = -\\log p');
    expect(leadingConnectives('\\implies x')).toBe('x');
    // Between two sides it stays a relation.
    expect(leadingConnectives('a \\Rightarrow b')).toBe('a \\Rightarrow b');
    expect(recogniseFormula('\\therefore \\; -\\sum_k s_k \\log a_k')?.kind).toBe('ce_multiclass');
  });

  it.each([
    ['a caption inside the braces', '\\text{Loss: } -\\sum_k s_k \\log a_k', 'ce_multiclass'],
    ['a bold caption and a binary loss', '\\textbf{Binary cross-entropy:}\\quad -[s \\ln q + (1-s)\\ln(1-q)]', 'ce_binary'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('leaves a caption before an entropy unbadged', () => {
    expect(recogniseFormula('\\text{Entropy: } -\\sum_k q_k \\log q_k')?.kind).not.toMatch(/^ce_/);
  });

  it('trailing-cjk-captions: a bracketed caption in Chinese, Japanese or Korean words after the formula is no factor', () => {
    expect(trailingCjkCaptions('J = -[u·log(v) + (1-u)·log(1-v)]　（二値交差エントロピー）')).toBe('J = -[u·log(v) + (1-u)·log(1-v)]');
    expect(recogniseFormula('J = -[u·log(v) + (1-u)·log(1-v)] (교차 엔트로피)')?.roles.weight).toBeUndefined();
    // A bracket with a letter of math in it (K はクラス数) is left to the rules for legends.
    expect(trailingCjkCaptions('J = -\\sum_k u_k \\log v_k (K はクラス数)')).toBe('J = -\\sum_k u_k \\log v_k (K はクラス数)');
  });
});
