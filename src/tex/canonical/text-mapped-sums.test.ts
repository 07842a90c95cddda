import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { elementwiseMaps, functionLiteral, infixDotProducts, mappedSums } from './text-mapped-sums';

describe('text rules: mapped sums', () => {
  it('function literals: each language\'s parameters and the value it gives', () => {
    expect(functionLiteral('(a, b) -> a * ln(b)')).toEqual({ parameters: ['a', 'b'], body: 'a * ln(b)' });
    expect(functionLiteral('case (a, b) => a * log(b)')).toEqual({ parameters: ['a', 'b'], body: 'a * log(b)' });
    expect(functionLiteral('a, b in a * log(b)')).toEqual({ parameters: ['a', 'b'], body: 'a * log(b)' });
    expect(functionLiteral('\\a b -> a * log b')).toEqual({ parameters: ['a', 'b'], body: 'a * log b' });
    expect(functionLiteral('(v: Double, i: Int) => { return v * 2; }')).toEqual({ parameters: ['v', 'i'], body: 'v * 2' });
    expect(functionLiteral('$0 * log($1)')).toEqual({ parameters: ['$0', '$1'], body: '$0 * log($1)' });
    expect(functionLiteral('a * b')).toBeNull();
  });

  it('mapped-sums: zipped arrays mapped and summed, in Kotlin, Swift, C#, Scala and Haskell', () => {
    const sum = '-\\sum_{i} (a[i] * ln(b[i]))';
    expect(mappedSums('-u.zip(v).sumOf { (a, b) -> a * ln(b) }')).toBe(sum);
    expect(mappedSums('-u.zip(v).map { (a, b) -> a * ln(b) }.sum()')).toBe(sum);
    expect(mappedSums('-u.zip(v) { a, b -> a * ln(b) }.sum()')).toBe(sum);
    // Swift's $0 and $1 have no names of their own: their arrays'.
    expect(mappedSums('-zip(u, v).map { $0 * ln($1) }.reduce(0, +)')).toBe('-\\sum_{i} (u[i] * ln(v[i]))');
    expect(mappedSums('-u.Zip(v, (a, b) => a * ln(b)).Sum()')).toBe(sum);
    expect(mappedSums('-(u zip v).map { case (a, b) => a * ln(b) }.sum')).toBe(sum);
    expect(mappedSums('-sum (zipWith (\\a b -> a * ln(b)) u v)')).toBe(sum);
    expect(mappedSums('-sum $ zipWith (\\a b -> a * ln(b)) u v')).toBe(sum);
    expect(mappedSums('-(reduce (+) 0 (map2 (\\a b -> a * ln(b)) u v))')).toBe('-(\\sum_{i} (a[i] * ln(b[i])))');
    expect(mappedSums('-sum(map((a, b) -> a * ln(b), u, v))')).toBe(sum);
    expect(mappedSums('-u.zip(v).sum { |a, b| a * ln(b) }')).toBe(sum);
    expect(mappedSums('-u.zip(v).map { |a, b| a * ln(b) }.reduce(:+)')).toBe(sum);
  });

  it('mapped-sums: an index range mapped, and one array mapped with its index, summed or reduced', () => {
    expect(mappedSums('-IntStream.range(0, n).mapToDouble(j -> u[j] * ln(v[j])).sum()')).toBe('-\\sum_{i} (u[i] * ln(v[i]))');
    expect(mappedSums('v.map((q, k) => u[k] * ln(q)).reduce((s, w) => s + w, 0)')).toBe('\\sum_{i} (u[i] * ln(q[i]))');
    // Each value taken away from the total: the sum negated.
    expect(mappedSums('v.map((q, k) => u[k] * ln(q)).reduce((s, w) => s - w, 0)')).toBe('-\\sum_{i} (u[i] * ln(q[i]))');
    expect(recogniseFormula('val loss = -y.zip(p).sumOf { (a, b) -> a * ln(b) }')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('var loss = -y.Zip(p, (a, b) => a * Math.Log(b)).Sum();')?.kind).toBe('ce_multiclass');
  });

  it('mapped-sums: a map with no sum after it, or a reduce that is no sum, stays', () => {
    const kept = [
      'v.map((q, k) => u[k] * ln(q))',
      'zip(u, v).map { $0 * ln($1) }',
      'v.map((q, k) => u[k] * ln(q)).reduce((s, w) => s * w, 1)',
      'u.zip(v).first()',
    ];
    for (const text of kept) expect(mappedSums(text)).toBe(text);
  });

  it("OCaml's folds and map2, Elixir's zip_with, Haskell's negate . sum: the mapped values summed", () => {
    expect(mappedSums('Array.fold_left (+.) 0. (Array.map2 (fun a b -> a *. log b) t p)')).toBe('\\sum_{i} (a[i] *. log b[i])');
    expect(mappedSums('List.fold_left2 (fun acc a b -> acc +. a *. log b) 0. t p')).toBe('\\sum_{i} (a[i] *. log b[i])');
    expect(recogniseFormula('let ce t p = -. (List.fold_left2 (fun acc ti pi -> acc +. ti *. log pi) 0. t p)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('loss = -Enum.sum(Enum.zip_with(t, p, fn a, b -> a * :math.log(b) end))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('ce ts ps = negate . sum $ zipWith (\\t p -> t * log p) ts ps')?.kind).toBe('ce_multiclass');
    // A fold whose function does not add to its accumulator is no sum.
    expect(mappedSums('List.fold_left2 (fun acc a b -> max acc b) 0. t p')).toBe('List.fold_left2 (fun acc a b -> max acc b) 0. t p');
  });

  it('elementwise-maps: a function mapped over one array with no sum after it applies elementwise', () => {
    expect(elementwiseMaps('t.map { 1 - it } * log(p)')).toBe('(1 - t) * log(p)');
    expect(elementwiseMaps('q.apply(x => x.log())')).toBe('(q.log())');
    // A map that is summed is mapped-sums' business; two parameters are no elementwise map of one array.
    expect(elementwiseMaps('p.map((v, i) => y[i] * log(v)).sum()')).toBe('p.map((v, i) => y[i] * log(v)).sum()');
    expect(recogniseFormula('return -1.0 / t.size * ((t * mk.math.log(p)) + (t.map { 1 - it } * mk.math.log(p.map { 1 - it })))')?.kind).toBe('ce_binary_batch');
  });

  it("infix-dot-products: Haskell's a <.> b and a `dot` b are the sum of the entries' products", () => {
    expect(infixDotProducts('crossEntropy targ res = -(log res <.> constVar targ)')).toBe('crossEntropy targ res = -(sum((log res) * (targ)))');
    expect(infixDotProducts('loss = -(t `dot` map log p)')).toBe('loss = -(sum((t) * (map log p)))');
    expect(recogniseFormula('crossEntropy targ res = -(log res <.> constVar targ)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('entropy p = -(log p <.> p)')?.kind).toBe('entropy');
  });
});
