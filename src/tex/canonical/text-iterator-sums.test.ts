import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { iteratorSums, rustArrayMaps } from './text-iterator-sums';

describe('text rules: iterator sums', () => {
  it('iterator-sums: a map over zipped arrays, summed, is the sum over their index', () => {
    expect(iteratorSums('-u.iter().zip(v.iter()).map(|(a, b)| a * b.ln()).sum::<f64>()')).toBe('-\\sum_{i} (u[i] * v[i].ln())');
    expect(iteratorSums('u.into_iter().zip(&v).map(|(&a, &b)| a * b).sum()')).toBe('\\sum_{i} (u[i] * v[i])');
    expect(iteratorSums('-v.iter().map(|x| x.ln()).sum::<f32>()')).toBe('-\\sum_{i} (v[i].ln())');
  });

  it('iterator-sums: a fold from zero adds (or takes away) what the closure adds to its total', () => {
    expect(iteratorSums('v.iter().zip(u).fold(0.0, |acc, (q, w)| acc - w * q.ln())')).toBe('-\\sum_{i} (u[i] * v[i].ln())');
    // A block's lets are put in place; a dereferenced element is the element.
    expect(iteratorSums('v.buffer().iter().zip(u.buffer().iter()).fold(T::zero(), |s, (q, w)| { let d = 1e-7; s + (*w) * (*q + d).ln() })'))
      .toBe('\\sum_{i} ((u[i]) * (v[i] + (1e-7)).ln())');
  });

  it('iterator-sums: a map without its sum, a fold from another start, or another closure stay', () => {
    const kept = [
      'u.iter().map(|a| a.ln()).collect::<Vec<f64>>()',
      'u.iter().fold(1.0, |acc, a| acc * a)',
      'u.iter().zip(v.iter()).map(|a| a.0).sum()',
    ];
    for (const tex of kept) expect(iteratorSums(tex)).toBe(tex);
  });

  it.each([
    ['a zipped map summed', '-t.iter().zip(y.iter()).map(|(a, b)| a * b.ln()).sum::<f64>()', 'ce_multiclass'],
    ['the binary loss over zipped arrays, over a count cast to a float', '-y.iter().zip(p).map(|(a, b)| a * b.ln() + (1.0 - a) * (1.0 - b).ln()).sum::<f64>() / n as f64', 'ce_binary_batch'],
    ['a fold with a block and a negation after it', 'let s: T = y.iter().zip(t.iter()).fold(num::zero(), |s, (a, b)| { let d: T = T::from_f64(1.0e-7).unwrap(); s + (*b) * ((*a + d).ln()) });\n s.neg()', 'ce_multiclass'],
    ['an entropy', '-p.iter().map(|x| x * x.ln()).sum::<f64>()', 'entropy'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('names the arrays, element by element', () => {
    expect(recogniseFormula('-t.iter().zip(y.iter()).map(|(a, b)| a * b.ln()).sum::<f64>()')?.roles).toMatchObject({ target: 't_i', prediction: 'y_i' });
  });

  it("rust-array-maps: ndarray's mapv is its closure applied to the array; a borrow before an operand is the value", () => {
    expect(rustArrayMaps('-(u * &v.mapv(|x| (x + d).ln())).sum()')).toBe('-(u * (((v) + d).ln())).sum()');
    expect(rustArrayMaps('-(&u * &v.ln()).sum()')).toBe('-(u * v.ln()).sum()');
    // TeX's alignment marks and a logical and stay.
    expect(rustArrayMaps('a &= -\\ln q \\\\ &= b')).toBe('a &= -\\ln q \\\\ &= b');
    expect(rustArrayMaps('u && v')).toBe('u && v');
    expect(recogniseFormula('-(targets * &predictions.mapv(|x| (x + eps).ln())).sum() / n')?.kind).toBe('ce_multiclass_batch');
  });
});
