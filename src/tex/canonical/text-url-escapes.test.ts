import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { urlEscapes } from './text-url-escapes';

describe('text rule: TeX copied out of an image address', () => {
  it('undoes CodeCogs escapes and percent escapes', () => {
    expect(urlEscapes('h(x)&space;=&space;-&space;log&space;p(x)')).toBe('h(x) = - log p(x)');
    expect(urlEscapes('a&space;&plus;&space;b')).toBe('a + b');
    expect(urlEscapes('cost(W)%20=%20-\\frac{1}{n}%20\\sum_{i=1}^{n}%20y_i\\%20log(p_i)')).toBe('cost(W) = -\\frac{1}{n} \\sum_{i=1}^{n} y_i\\ log(p_i)');
    expect(urlEscapes('x%2By%20')).toBe('x+y ');
  });

  it('leaves TeX that shows no sign of an address alone', () => {
    // A percent sign or a comment in ordinary TeX, and an ampersand that aligns.
    expect(urlEscapes('p = 50\\% \\quad % a comment 2B')).toBe('p = 50\\% \\quad % a comment 2B');
    expect(urlEscapes('a &= b \\\\ &amp; c')).toBe('a &= b \\\\ &amp; c');
  });

  it('reads the formula the image showed', () => {
    expect(recogniseFormula('CCE&space;=&space;-\\frac{1}{2}(1.0&space;*log0.87&space;&plus;&space;0.0&space;*&space;log0.13)&space;=&space;0.0696')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('cost(W)%20=%20-\\frac{1}{n}%20\\sum_{i=1}^{n}%20\\sum_{j=1}^{k}y_{j}^{(i)}\\%20log(p_{j}^{(i)})')?.kind).toBe('ce_multiclass_batch');
    // Self-information, once read, is no cross-entropy (the escapes made "space" a target).
    expect(recogniseFormula('h(x)&space;=&space;log\\frac{1}{p(x)}&space;=&space;-&space;log&space;p(x)')?.kind ?? null).toBeNull();
  });
});
