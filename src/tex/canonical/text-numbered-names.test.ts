import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { numberedNames } from './text-numbered-names';

describe('text rules: numbered names', () => {
  it('numbered-names: a word with digits glued after it is one name, the digits its subscript', () => {
    expect(numberedNames('-(over15 * log(p) + (1 - over15) * log(1 - p))')).toBe('-(\\operatorname{over}_{15} * log(p) + (1 - \\operatorname{over}_{15}) * log(1 - p))');
    expect(recogniseFormula('loss = -(over15 * log(p) + (1 - over15) * log(1 - p))')?.kind).toBe('ce_binary');
    // A record's field too.
    expect(numberedNames('m.isOver15')).toBe('m.\\operatorname{isOver}_{15}');
    expect(recogniseFormula('tl += m.isOver15 ? -Math.log(p + 1e-15) : -Math.log(1 - p + 1e-15);')?.kind).toBe('ce_binary_batch');
  });

  it('numbered-names: number types, logs to a base, calls, one letter and TeX commands stay', () => {
    const kept = 'float32 + log2 x + log10(q) + conv2d(x) + y1 + \\log2 + x_{ab12}';
    expect(numberedNames(kept)).toBe(kept);
  });
});
