import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { arraysOfOnes, bracketCasts, castMethods, numberTensors, numericCasts, rConversions, rustConversions, typeEpsilons } from './text-casts';

describe('text rules: a number type\'s conversion round a value', () => {
  it('numeric-casts: float(…), single(…), float32(…) and cast(x, type) leave the value', () => {
    expect(numericCasts('float(mean(x))')).toBe('(mean(x))');
    expect(numericCasts('sum(single(Y) .* log(single(A)), 1)')).toBe('sum((Y) .* log((A)), 1)');
    expect(numericCasts('cast(y, tf.float32) * log(p)')).toBe('(y) * log(p)');
    // A value made an array (np.asarray(y), torch.as_tensor(y, dtype=…)) is the value; a second value is no option.
    expect(numericCasts('asarray(u).T * log(as_tensor(v, dtype=float32))')).toBe('(u).T * log((v))');
    expect(numericCasts('float(u, v)')).toBe('float(u, v)');
    // Rust's `as` casts and numbers made the value type.
    expect(rustConversions('s / n as f64 + T::from_f64(1.0e-7).unwrap() + f64::from(1)')).toBe('s / n + 1.0e-7 + 1');
    expect(rustConversions('x.as_slice() + from(y)')).toBe('x.as_slice() + from(y)');
    expect(rustConversions('s / A::from(v.nrows()).unwrap()')).toBe('s / (v.nrows())');
    expect(numericCasts('(float_t(1) - u[j]) * std::log(Scalar(1) - v[j])')).toBe('((1) - u[j]) * std::log((1) - v[j])');
    // A name that only ends in a type's name, or a cast with the wrong number of arguments, stays.
    expect(numericCasts('to_float(x)')).toBe('to_float(x)');
    expect(numericCasts('cast(y)')).toBe('cast(y)');
  });

  it('cast-methods: .astype(…), .float() and .double() go', () => {
    expect(castMethods('y.astype(np.float64) * log(p)')).toBe('y * log(p)');
    expect(castMethods('(t.float() * log(p)).sum()')).toBe('(t * log(p)).sum()');
    expect(castMethods('x.floating()')).toBe('x.floating()');
    // Laying the values out in one row changes no value: the label index of a row pick.
    expect(castMethods('p[arange(n), t.astype(int).flatten()]')).toBe('p[arange(n), t]');
    expect(castMethods('u.ravel() * log(v.reshape(-1))')).toBe('u * log(v)');
    expect(castMethods('v.reshape(-1, 1)')).toBe('v.reshape(-1, 1)');
    expect(castMethods('u.tolist() * log(v.tolist())')).toBe('u * log(v)');
    expect(recogniseFormula('-np.mean(np.log(q[np.arange(n), t.flatten()]))')?.kind).toBe('ce_multiclass_batch');
  });

  it('type-epsilons: the number type\'s epsilon asked for by a call is ε', () => {
    expect(typeEpsilons('log(q + K.epsilon()) + log(1 - q + eps()) + np.finfo(float).eps + torch.finfo(x.dtype).eps')).toBe('log(q + epsilon) + log(1 - q + epsilon) + epsilon + epsilon');
    expect(typeEpsilons("eps('single') + epsilon_greedy(s)")).toBe('epsilon + epsilon_greedy(s)');
    const tex = 'loss = -K.mean(s_true * K.log(q + K.epsilon()) + (1 - s_true) * K.log(1 - q + K.epsilon()))';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary_batch');
  });

  it('number-tensors: a number wrapped as a tensor is the number', () => {
    expect(numberTensors('(tensor(1.0) - s) + Tensor(1) + constant(1.0, dtype=float32)')).toBe('(1.0 - s) + 1 + 1.0');
    // A tensor of a value, or of a list, stays.
    expect(numberTensors('tensor(s) + tensor([1, 2]) + constant(1.0, float32)')).toBe('tensor(s) + tensor([1, 2]) + constant(1.0, float32)');
    expect(recogniseFormula('-s * log(q) - (torch.tensor(1.0) - s) * log(torch.tensor(1.0) - q)')?.kind).toBe('ce_binary');
  });

  it('arrays-of-ones: ones(N) and ones_like(y) are 1', () => {
    expect(arraysOfOnes('(ones(N) - s) * log(1 - q) + ones_like(s)')).toBe('(1 - s) * log(1 - q) + 1');
    expect(arraysOfOnes('bones(x) + ones()')).toBe('bones(x) + ones()');
  });

  it.each([
    ['NumPy ones for the complement', 'loss = -np.sum(s * np.log(q) + (np.ones(N) - s) * np.log(1 - q)) / N', 'ce_binary_batch'],
    ['Python float round a mean', 'return float((-y * np.log(h) - (1 - y) * np.log(1 - h)).mean())', 'ce_binary_batch'],
    ['MATLAB single round each operand', 'loss = - mean( sum(single(Y) .* log(single(AL) + eps_), 1) );', 'ce_multiclass_batch'],
    ['TensorFlow cast of the labels', 'loss = -tf.reduce_sum(tf.cast(s, tf.float32) * tf.log(q))', 'ce_multiclass'],
    ['PyTorch .float() on the target', 'loss = -(s.float() * torch.log(q)).sum()', 'ce_multiclass'],
    ['NumPy astype on the target', 'l = -np.sum(s.astype(np.float64) * np.log(q))', 'ce_multiclass'],
    ["C#'s cast of the sum", 'ce -= (float)((t[i] * Math.Log(a[i])) + ((1 - t[i]) * Math.Log(1 - a[i])));', 'ce_binary_batch'],
    ["C's cast of one operand", 'loss = -(double) y * log(p)', 'ce_multiclass'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it("bracket-casts: C's (float) before a value goes; a bracketed word elsewhere stays", () => {
    expect(bracketCasts('x = (float)(a + b) * (double) c')).toBe('x = (a + b) * c');
    expect(bracketCasts('f(float) + g(x)(float)y')).toBe('f(float) + g(x)(float)y');
    expect(bracketCasts('((value_t)1 - u) * (Scalar) v')).toBe('(1 - u) * v');
    expect(bracketCasts('(t)1 + f(value_t)')).toBe('(t)1 + f(value_t)');
  });

  it('leaves a conversion of a number alone', () => {
    expect(recogniseFormula('x = float(3)')).toBeNull();
  });

  it("r-conversions: R's as.vector(…) is the value, and a private .name(…) the function", () => {
    expect(rConversions('ll = as.vector(u - rowSums(.softplus(v)))')).toBe('ll = (u - rowSums(softplus(v)))');
    // A method's dot and a number's point stay.
    expect(rConversions('x.log() + .5 * y + u .exp()')).toBe('x.log() + .5 * y + u .exp()');
  });

  it("type-epsilons: an ε kept as an object's field or C's FLT_EPSILON is the ε a clipped log adds", () => {
    expect(typeEpsilons('log(p + Loss.eps) + log(q + FLT_EPSILON) + cfg.EPS')).toBe('log(p + epsilon) + log(q + epsilon) + epsilon');
    // A field of another name is a variable (batch.y), and an attribute of an ε is no ε (eps.shape).
    expect(typeEpsilons('batch.y + eps.shape')).toBe('batch.y + eps.shape');
    expect(recogniseFormula('loss = mean(-y_true .* log(y_pred+Loss.eps) - (1 - y_true) .* log(1 - y_pred + Loss.eps));')?.kind).toBe('ce_binary_batch');
  });

  it("numeric-casts: a number cast to a template's type parameter, T(1), is the number", () => {
    expect(numericCasts('(T(1) - target) * log(U(1.0) - p) + P(1)')).toBe('(1 - target) * log(1.0 - p) + P(1)');
    expect(recogniseFormula('accumulated_loss += -target * std::log(p)\n    - (T(1) - target) * std::log(T(1) - p);')?.kind).toBe('ce_binary_batch');
  });

  it("bracket-casts: an index's C cast, (int)labels[i], goes", () => {
    expect(bracketCasts('p[(int)label[i]] + q[(unsigned int)k]')).toBe('p[label[i]] + q[k]');
    expect(recogniseFormula('atomicAdd(loss, -log(p[idx * C + (int)label[idx]]));')?.kind).toBe('ce_multiclass');
  });
});
