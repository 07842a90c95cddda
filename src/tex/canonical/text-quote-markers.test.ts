import { describe, expect, it } from 'vitest';
import { kindOf } from '../kinds/test-support';
import { quoteMarkers } from './text-quote-markers';

describe('quote-markers', () => {
  it("drops a blockquote's markers once its lines are joined (after a row break or an opening, before an end)", () => {
    const joined = 'L = \\begin{cases} > -\\log(f) & \\text{if } y = 1 \\\\ > -\\log(1 - f) & \\text{if } y = 0 > \\end{cases}';
    expect(quoteMarkers(joined)).toBe('L = \\begin{cases} -\\log(f) & \\text{if } y = 1 \\\\ -\\log(1 - f) & \\text{if } y = 0 \\end{cases}');
    expect(kindOf(joined)).toBe('ce_binary');
    expect(quoteMarkers('\\begin{array}{ll} &gt; a \\end{array}')).toBe('\\begin{array}{ll} a \\end{array}');
  });

  it('drops the marker before every line of a quoted block', () => {
    expect(quoteMarkers('> L = -\\sum_k t_k \\log y_k\n> \\quad k = 1..K')).toBe('L = -\\sum_k t_k \\log y_k\n\\quad k = 1..K');
  });

  it('keeps > where it compares two things', () => {
    expect(quoteMarkers('p > 0.5 \\\\ q >0')).toBe('p > 0.5 \\\\ q >0');
    expect(quoteMarkers('\\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}')).toBe('\\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}');
    expect(quoteMarkers('> 0')).toBe('> 0');
  });
});
