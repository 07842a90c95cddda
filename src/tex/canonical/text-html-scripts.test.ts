import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { htmlScripts } from './text-html-scripts';

describe('text rules: math typed as HTML', () => {
  it('html-scripts: <sub> and <sup> are the scripts, hat(y) is ŷ', () => {
    expect(htmlScripts('y<sub>j</sub> log(hat(y)<sub>j</sub>) + x<sup>2</sup>')).toBe('y_{j} log(\\hat{y}_{j}) + x^{2}');
    // Without the tags, a call named hat is left as written.
    expect(htmlScripts('hat(y) + y_j')).toBe('hat(y) + y_j');
    expect(recogniseFormula('J(w) = −1/m Σ<sub>j=1,...,m</sub> [y<sub>j</sub> log(hat(y)<sub>j</sub>) + (1 − y<sub>j</sub>) log(1 − hat(y)<sub>j</sub>)]')?.kind).toBe('ce_binary_batch');
  });
});
