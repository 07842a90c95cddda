import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { accessorMethods, distributionMethods, codeInnerProducts, divideMethods, einsumProducts, spacedMethodDots, multiplyMethods, negationCalls, codeTransposes, functorCalls, methodChains, rMatrixProducts, rowCounts, rRowSelectors } from './text-method-chains';

describe('text rules: method chains', () => {
  it('method-chains: each method is its function applied to what it was called on, left to right', () => {
    expect(methodChains('-(u * v.log()).sum(dim=1).mean()')).toBe('-mean(sum((u * log(v))))');
    expect(methodChains('-(s * z.log_softmax(-1)).sum(-1)')).toBe('-sum((s * log_softmax(z)))');
    expect(methodChains('w.sum(axis=1, keepdims=True)')).toBe('sum(w)');
    // A qualified call is one value: np.log(v).mean() is the mean of np.log(v).
    expect(methodChains('-np.log(v).mean()')).toBe('-mean(np.log(v))');
    // A name the row picks gave a braced subscript is the receiver whole.
    expect(methodChains('-q_{i,s_i}.log().mean()')).toBe('-mean(log(q_{i,s_i}))');
  });

  it('leaves module calls and products written with a dot alone', () => {
    expect(methodChains('np.log(v) + np.sum(w)')).toBe('np.log(v) + np.sum(w)');
    // An argument that is not an axis: the dot was a product sign (dot-before-log reads it).
    expect(methodChains('u_i.log(v_i)')).toBe('u_i.log(v_i)');
  });

  it('reads the losses written so', () => {
    expect(recogniseFormula('return -probs[range(labels.shape[0]), labels].log().mean()')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('-(u * v.log()).sum(dim=1).mean()')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('-(s * z.log_softmax(-1)).sum(-1).mean()')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('-(u * v.log() + (1 - u) * (1 - v).log()).mean()')?.kind).toBe('ce_binary_batch');
    // A tensor class's own method: self is the value, and logsigmoid is the log of the sigmoid.
    expect(recogniseFormula('-(Y*self.log() + (1-Y)*(1-self).log()).mean()')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-(y * x.logsigmoid() + (1 - y) * (-x).logsigmoid())')?.kind).toBe('ce_binary');
  });
  it('code-inner-products: dot(a, b), np.dot(a, b), a.dot(b) and a @ b are the inner product', () => {
    expect(codeInnerProducts('-np.dot(u, np.log(v))')).toBe('-\\langle u, np.log(v)\\rangle');
    expect(codeInnerProducts('-u.dot(log(v))')).toBe('-\\langle u, log(v)\\rangle');
    expect(codeInnerProducts('-(u @ log(v))')).toBe('-(\\langle u, log(v)\\rangle )');
    // Other operands keep the product sign.
    expect(codeInnerProducts('-((1 - u) @ log(v))')).toBe('-((1 - u) \\cdot log(v))');
    expect(recogniseFormula('ll = u @ z - sum(log(1 + exp(z)))')?.kind).toBe('log_likelihood');
    // One argument, or three, is no inner product; an @ with no operand on a side stays.
    expect(codeInnerProducts('dot(a) + dot(a, b, c) + @home')).toBe('dot(a) + dot(a, b, c) + @home');
    expect(recogniseFormula('L = -np.dot(u, np.log(v)) - np.dot(1-u, np.log(1-v))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = -u.dot(np.log(v))')?.kind).toBe('ce_multiclass');
  });

  it('code-transposes: .T, .mT, .transpose() and .t() shape an inner product and are dropped', () => {
    expect(codeTransposes('u.T @ log(v) + (1-u).T @ log(1-v) + x.t() + W.transpose() + A.mT')).toBe('u @ log(v) + (1-u) @ log(1-v) + x + W + A');
    // Other attributes and names stay: x.Temp, .to(device), a lone T.
    expect(codeTransposes('x.Temp + y.to(d) + T')).toBe('x.Temp + y.to(d) + T');
    expect(recogniseFormula('J = -(u.T @ np.log(v) + (1-u).T @ np.log(1-v))/m')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('cost = -1/m * (np.dot(U, np.log(V).T) + np.dot(1-U, np.log(1-V).T))')).toMatchObject({ kind: 'ce_binary_batch', roles: { target: 'U', prediction: 'V' } });
    expect(recogniseFormula('J = -(u.T.dot(np.log(v)) + (1-u).T.dot(np.log(1-v)))/m')?.kind).toBe('ce_binary_batch');
  });

  it('row-counts: y.shape[0], y.size(0) and tf.shape(y)[0] count the rows, as len(y) does', () => {
    expect(rowCounts('u.shape[0] + u.size(0) + tf.shape(u)[0]')).toBe('len(u) + len(u) + len(u)');
    // Another axis is no count of the samples.
    expect(rowCounts('u.shape[1] + u.size(1)')).toBe('u.shape[1] + u.size(1)');
    expect(recogniseFormula('return -np.sum(s_true * np.log(s_pred)) / s_true.shape[0]')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { target: 's_{true}', reduction: 'mean' } });
  });

  it('functor-calls: a layer object built and called at once is its function', () => {
    expect(functorCalls('Log()(q) + nn.LogSoftmax()(u) + Sigmoid() (u)')).toBe('log(q) + log_softmax(u) + sigmoid(u)');
    // Built with arguments, or a name of another kind, it stays.
    expect(functorCalls('Log(2)(q) + MyLog()(q)')).toBe('Log(2)(q) + MyLog()(q)');
    expect(recogniseFormula('return -s * Log()(q) - (Tensor(1) - s) * Log()(Tensor(1) - q)')?.kind).toBe('ce_binary');
  });

  it("code-inner-products: CNTK's TransposeTimes(y, z) is the inner product", () => {
    expect(codeInnerProducts('TransposeTimes (y, z) + MyTransposeTimes(a, b)')).toBe('\\langle y, z\\rangle + MyTransposeTimes(a, b)');
    expect(recogniseFormula('CrossEntropyWithSoftmax (y, z) = ReduceLogSum (z) - TransposeTimes (y, z)')?.kind).toBe('ce_from_logits');
  });

  it('multiply-methods and negation-calls: a.mul(b), x.neg(), neg(x), negative(x) and mul(a, b)', () => {
    expect(multiplyMethods('y.mul(p.log()).sum()')).toBe('(y * (p.log())).sum()');
    // ND4J's add, sub and neg (no brackets in Scala).
    expect(multiplyMethods('u.mul(log(v)).add(u.neg.sub(1))')).toBe('((u * (log(v))) + (((-u) - (1))))');
    expect(multiplyMethods('tf.math.add(a, b)')).toBe('tf.math.add(a, b)');
    expect(negationCalls('mean(sum((y * log(p)))).neg() + negative(q) + mul(a, b)')).toBe('(-mean(sum((y * log(p))))) + (-(q)) + ((a) * (b))');
    expect(recogniseFormula('loss = y.mul(p.log()).sum(dim=1).mean().neg()')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('loss = np.negative(np.sum(y * np.log(p)))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('const loss = tf.neg(tf.sum(tf.mul(y, tf.log(p))))')?.kind).toBe('ce_multiclass');
    // A name that only ends in neg, and a mul of one argument, stay.
    expect(negationCalls('myneg(x) + mul(x)')).toBe('myneg(x) + mul(x)');
    // q calls with square brackets.
    expect(negationCalls('sum neg[log q]')).toBe('sum (-(log q))');
    expect(negationCalls('l = negate $ sum $ u')).toBe('l = (-(sum $ u))');
    expect(negationCalls("add(a - u * v, log(w), name='e') + subtract(a, b)")).toBe('((a - u * v) + (log(w))) + ((a) - (b))');
  });

  it('einsum-products: einsum with both operands under the same indices is the sum of their products', () => {
    expect(einsumProducts("-einsum('ij,ij->', Y, log(P)) / m")).toBe('-sum((Y) * (log(P))) / m');
    expect(recogniseFormula("loss = -torch.einsum('bc,bc->b', y, torch.log(p)).mean()")?.kind).toBe('ce_multiclass_batch');
    // A matrix product, or an output that keeps every index, stays.
    expect(einsumProducts("einsum('ij,jk->ik', A, B) + einsum('ij,ij->ij', A, B)")).toBe("einsum('ij,jk->ik', A, B) + einsum('ij,ij->ij', A, B)");
  });

  it("method-chains: Rust's p.ln() is the log", () => {
    expect(methodChains('y * p.ln() + (1.0 - y) * (1.0 - p).ln()')).toBe('y * ln(p) + (1.0 - y) * ln((1.0 - p))');
    expect(recogniseFormula('let loss = -(y * p.ln() + (1.0 - y) * (1.0 - p).ln());')?.kind).toBe('ce_binary');
  });

  it("r-row-selectors: R's row X[i,] is the sample's row, and so is its transpose", () => {
    expect(rRowSelectors('sum(X[i,]*beta) + sum(t(X[i,])*beta) + X[ , j] + t(x)')).toBe('sum(X[i]*beta) + sum(X[i]*beta) + X[ , j] + t(x)');
    expect(recogniseFormula('suma = suma + y[i]*sum(X[i,]*beta) - log(1 + exp( sum(t(X[i,])*beta) ))')?.kind).toBe('log_likelihood');
  });

  it('r-matrix-products: %*% and crossprod are the inner product; c(…) parts pair up', () => {
    expect(rMatrixProducts('t(u) %*% log(v)')).toBe('(u) @ log(v)');
    expect(rMatrixProducts('crossprod(u, log(v))')).toBe('dot(u, log(v))');
    expect(rMatrixProducts('crossprod(c(u, 1 - u), c(log(v), log(1 - v)))')).toBe('(dot(u, log(v)) + dot(1 - u, log(1 - v)))');
    // Parts of unequal length, or t() not before a product, stay as they are.
    expect(rMatrixProducts('crossprod(c(a, b), c(x))')).toBe('dot(c(a, b), c(x))');
    expect(rMatrixProducts('t(u) + 1')).toBe('t(u) + 1');
    expect(recogniseFormula('-(1/m) * (t(u) %*% log(v) + t(1-u) %*% log(1-v))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-(1/m) * crossprod( c(u, 1 - u), c(log(h(theta,X)), log(1 - h(theta,X))) ) + reg')?.kind).toBe('ce_binary_batch');
  });

  it('accessor-methods: getters read an entry and setters write one', () => {
    expect(accessorMethods('label.getValeur(i) * log(p.get(i)) + q.at(k)')).toBe('label[i] * log(p[i]) + q[k]');
    expect(accessorMethods('m.setValue(-s[i] * log(q[i]), i)')).toBe('m[i] = -s[i] * log(q[i])');
    // A matrix's entry by its indices: Java's get(i, j), Rust's get(&[b, j]).
    expect(accessorMethods('u.get(&[b, j]) * logf(v) + w.get(i, j)')).toBe('u[b, j] * logf(v) + w[i, j]');
    expect(accessorMethods('u.get(&[b, f(j)])')).toBe('u.get(&[b, f(j)])');
    expect(accessorMethods('m.set(i, 0.5 * x)')).toBe('m[i] = 0.5 * x');
    // A dictionary's get with a default, and a module's function, stay.
    expect(accessorMethods('d.get("a", 0) + np.set(x, y)')).toBe('d.get("a", 0) + np.set(x, y)');
    const tex = 'm.setValeur(-label.getValeur(indice)*log(sortieRN.getValeur(indice))-(1-label.getValeur(indice))*log(1-sortieRN.getValeur(indice)),indice);';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary');
  });

  it('divide-methods and spaced-method-dots: .div(n) divides once the chain is one call; spaces before a dot join the chain', () => {
    expect(spacedMethodDots('tf .dot(a, b) .sum()\n  .mean()')).toBe('tf.dot(a, b).sum().mean()');
    expect(divideMethods('sum(x).div(-n)')).toBe('(sum(x) / (-n))');
    expect(recogniseFormula('return tf .dot(labels, probsReshaped.log()) .sum() .div(-probsReshaped.shape[0]);')?.kind).toBe('ce_multiclass_batch');
    // A module's div, and a dot before no call, stay.
    expect(divideMethods('tf.div(a, b)')).toBe('tf.div(a, b)');
    expect(spacedMethodDots('a . b + 1 .5')).toBe('a . b + 1 .5');
  });

  it('distribution-methods: p.log_prob(x) is log p(x), and f.expectation(p, …) the expectation of f under p', () => {
    expect(distributionMethods('-u.log_prob(x) + v.log_prob()')).toBe('-(\\log u(x)) + (\\log v)');
    expect(distributionMethods('-u.log_prob().expectation(u, z)')).toBe('-\\mathbb{E}_{u}[(\\log u)]');
    expect(recogniseFormula('loss = -u.log_prob().expectation(u, z)')?.kind).toBe('entropy');
    expect(recogniseFormula('loss = -v.log_prob().expectation(u, z)')?.kind).toBe('ce_expectation');
    // A module's function stays for the module rules.
    expect(distributionMethods('torch.log_prob(x)')).toBe('torch.log_prob(x)');
  });

  it('multiply-methods: the elementwise product under its other names; two arguments are a module’s function', () => {
    expect(multiplyMethods('y.elemul(&log(&h))')).toBe('(y * (&log(&h)))');
    expect(multiplyMethods('y.cwiseProduct(q)')).toBe('(y * (q))');
    expect(multiplyMethods('Nx.multiply(a, b)')).toBe('Nx.multiply(a, b)');
    expect(recogniseFormula('let cost = y.elemul(&log(&h)) + (&ones-y).elemul(&log(&(&ones-&h)));')?.kind).toBe('log_likelihood');
  });

  it("spaced-method-dots: C++'s arrow calls a method as a dot does; logsoftmax is log_softmax", () => {
    expect(spacedMethodDots('(s->log() * Y)->sum()')).toBe('(s.log() * Y).sum()');
    expect(recogniseFormula('return -((softmax->log() * Y)->sum());')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('return (output.logsoftmax(1) * target).sum() * (-1.0f / static_cast<float>(output.shape()[0]));')?.kind).toBe('ce_from_logits');
  });

  it('row-counts: a count attribute after a division (y.size, y.length, y.count) is the number of rows', () => {
    expect(rowCounts('-sum(t * log(p)) / t.length')).toBe('-sum(t * log(p)) / len(t)');
    expect(rowCounts('x.size * 2')).toBe('x.size * 2');
  });

  it("multiply-methods: a module's add with two arguments (Elixir's Nx.add(a, b)) is left for negation-calls", () => {
    expect(multiplyMethods('Nx.add(a, b) + x.add(y)')).toBe('Nx.add(a, b) + (x + (y))');
    expect(recogniseFormula('Nx.negate(Nx.add(Nx.multiply(targets, Nx.log(pred)), Nx.multiply(Nx.subtract(1.0, targets), Nx.log(Nx.subtract(1.0, pred)))))')?.kind).toBe('ce_binary');
  });

  it('code-transposes: np.transpose(y) is y transposed, as y.T is', () => {
    expect(codeTransposes('np.dot(np.transpose(y), np.log(h))')).toBe('np.dot((y), np.log(h))');
    expect(codeTransposes('transpose(a, b)')).toBe('transpose(a, b)');
  });
});
