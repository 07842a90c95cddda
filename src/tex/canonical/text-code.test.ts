import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { plainTextPowers } from './text-spoken-operators';
import { cFloatFunctions, xlogyCalls, negativeDivisors, roundingCalls, rootAndPowerCalls, valueAttributes, axisArguments, bareBigOperators, barsAfterMinus, broadcastDots, codeEquality, dotBeforeLog, elementwiseCalls, generatorSums, logBaseArguments, octaveTransposes, qualifiedCallNames, scientificNumbers, uprightReductions } from './text-code';
import { codeNames, gluedDigitIndices, greekWordsInPlainText, identifierSubscripts, privateNames } from './text-code-names';

describe('text rules: formulas written as code', () => {
  it('broadcast-dots: Julia elementwise operators and calls lose their dots', () => {
    expect(broadcastDots('t .* log.(p) .+ (1 .- t) .* log.(1 .- p)')).toBe('t * log(p) + (1 - t) * log(1 - p)');
    expect(broadcastDots('@. -t * log(q)')).toBe('-t * log(q)');
    // Scala's elementwise products (Nexus's |*|, Breeze's *:* and :*).
    expect(broadcastDots('sum(u |*| log(v)) + sum(u *:* v) + (u :* v)')).toBe('sum(u * log(v)) + sum(u * v) + (u * v)');
    expect(recogniseFormula('-(sum(u |*| log(v)))')?.roles).toMatchObject({ target: 'u', prediction: 'v' });
    expect(broadcastDots('@__dot__(a ./ b .^ 2)')).toBe('(a / b ^ 2)');
    expect(broadcastDots('σ.(z) .\\cdot w')).toBe('σ(z) \\cdot w');
    // Numbers and \left. / \right. keep their dots.
    expect(broadcastDots('2.+x - 0.5')).toBe('2.+x - 0.5');
    expect(broadcastDots('\\left. f \\right.-1 + \\left.(a)')).toBe('\\left. f \\right.-1 + \\left.(a)');
  });

  it('qualified-call-names: library prefixes go, reduce_sum is sum', () => {
    expect(qualifiedCallNames('-np.sum(t * np.log(q))')).toBe('-sum(t * log(q))');
    // .NET's generic math: T.One, T.Zero, T.Epsilon, double.Epsilon, T.Log.
    expect(qualifiedCallNames('(T.One - t) * T.Log(T.One - y + double.Epsilon) + T.Zero')).toBe('(1 - t) * log(1 - y + eps) + 0');
    expect(recogniseFormula('-(t * T.Log(y + T.Epsilon) + (T.One - t) * T.Log(T.One - y + T.Epsilon))')?.kind).toBe('ce_binary');
    // The reductions as TensorFlow, ONNX and CNTK name them.
    expect(qualifiedCallNames('tf.reduce_logsumexp(z) - ReduceSum(y * z) + ReduceLogSum(s)')).toBe('logsumexp(z) - sum(y * z) + logsumexp(s)');
    expect(recogniseFormula('CrossEntropyWithSoftmax (y, z) = ReduceLogSum (z) - ReduceSum (y .* z)')?.kind).toBe('ce_from_logits');
    // TensorFlow.js's and TensorFlow Java's camel case.
    expect(qualifiedCallNames('-tf.reduceSum(tf.mul(u, tf.log(v))) + tf.reduceMean(w)')).toBe('-sum(mul(u, log(v))) + mean(w)');
    // R's sums and means along one axis of a matrix.
    expect(qualifiedCallNames('-mean(rowSums(u * log(v))) + colMeans(w)')).toBe('-mean(sum(u * log(v))) + mean(w)');
    expect(qualifiedCallNames('log_sum_exp(z) - logSumExp(w)')).toBe('logsumexp(z) - logsumexp(w)');
    expect(qualifiedCallNames('a * f32.log b')).toBe('a * log b');
    expect(qualifiedCallNames('u * :math.log(v) + w * math:log(q)')).toBe('u * log(v) + w * log(q)');
    expect(qualifiedCallNames('torch.nn.functional.log_softmax(z) + jnp.exp(x)')).toBe('log_softmax(z) + exp(x)');
    expect(qualifiedCallNames('tf.reduce_mean(tf.math.log(q))')).toBe('mean(log(q))');
    // C's logf and expf, in a C statement; elsewhere logf(x) is log f(x).
    expect(cFloatFunctions('c = logf(p) + expf(z) + mylogf(q);')).toBe('c = log(p) + exp(z) + mylogf(q);');
    expect(qualifiedCallNames('[y=1]logf(x)')).toBe('[y=1]logf(x)');
    // fmaxf, fabsf and a float literal's suffix, in C.
    expect(qualifiedCallNames(cFloatFunctions('r = fmaxf(z, 0.0f) + log1pf(expf(-fabsf(z)));'))).toBe('r = max(z, 0.0) + log1p(exp(-abs(z)));');
    expect(qualifiedCallNames('fmax(z, 0.5f)')).toBe('max(z, 0.5f)');
    expect(recogniseFormula('float ce = -y * logf(p) - (1.0f - y) * logf(1.0f - p);')?.kind).toBe('ce_binary');
    // NumPy's nansum and nanmean.
    expect(qualifiedCallNames('-np.nansum(y * np.log(p)) + np.nanmean(q) + nansums(r)')).toBe('-sum(y * log(p)) + mean(q) + nansums(r)');
    // C++'s namespaces and C#'s classes: std::log, Math.Log.
    expect(qualifiedCallNames('-t[i] * std::log(p[i]) - Math.Log(q)')).toBe('-t[i] * log(p[i]) - log(q)');
    expect(recogniseFormula('loss -= target.data()[i] * std::log(pred.data()[i] + 1e-8f);')?.kind).toBe('ce_multiclass');
    // A dotted name not called, and a decimal before a bracket, stay.
    expect(qualifiedCallNames('x.shape + 0.5(a)')).toBe('x.shape + 0.5(a)');
    // The elementwise maximum and relu are the max the stable logistic loss writes.
    expect(qualifiedCallNames('np.maximum(z, 0) - z * y + np.log(1 + np.exp(-np.abs(z)))')).toBe('max(z, 0) - z * y + log(1 + exp(-abs(z)))');
    expect(qualifiedCallNames('tf.nn.relu(x + b) + torch.fmin(a, b)')).toBe('max(x + b, 0) + min(a, b)');
    // ReLU set upright is the same positive part; the stable form with it is the loss on logits.
    expect(qualifiedCallNames('\\mathrm{ReLU}(x) + \\operatorname{relu}(w^T x)')).toBe('max(x, 0) + max(w^T x, 0)');
    expect(recogniseFormula('\\ell = \\mathrm{ReLU}(x) - xz + \\log(1+e^{-|x|})')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\mathrm{ReLU}(x) = \\max(x, 0)')).toBeNull();
    // Prose before a bracket stays prose.
    expect(qualifiedCallNames('the maximum (likelihood)')).toBe('the maximum (likelihood)');
  });

  it('axis-arguments: arguments that only choose an axis go', () => {
    expect(axisArguments('sum(t * log(q); dims)')).toBe('sum(t * log(q))');
    // TensorFlow's name for the operation says nothing of the values.
    expect(axisArguments("reduce_mean(-reduce_sum(t * log(q), reduction_indices = 1),name='loss')")).toBe('reduce_mean(-reduce_sum(t * log(q)))');
    // TensorFlow's reduce_sum takes its axis the same way.
    expect(axisArguments('-tf.reduce_sum(t * tf.log(q), 1)')).toBe('-tf.sum(t * tf.log(q))');
    // A lone axis after a log-sum-exp's or a softmax's one argument, −1 too; any other number stays.
    expect(axisArguments('logsumexp(z, 1) - log_softmax(z, -1) + sum(x, 5)')).toBe('logsumexp(z) - log_softmax(z) + sum(x, 5)');
    expect(axisArguments('sum(a, axis=-1, keepdims=True)')).toBe('sum(a)');
    expect(axisArguments('mean(b, dim = 1)')).toBe('mean(b)');
    expect(axisArguments('sum(a, axis=(0, 1))')).toBe('sum(a)');
    // Elixir's and Swift's keyword arguments (axes: [2]), and a trailing comma before the bracket.
    expect(axisArguments('-Nx.sum(u * Nx.log(v), axes: [2])')).toBe('-Nx.sum(u * Nx.log(v))');
    expect(axisArguments('sum(u * log_softmax(z, dim=1), dim=1, )')).toBe('sum(u * log_softmax(z))');
    expect(recogniseFormula('e = -Nx.sum(u * Nx.log(v), axes: [1])')?.kind).toBe('ce_multiclass');
    // MATLAB's 'all': every entry, over both axes.
    expect(axisArguments("sum(T .* log(Y), 'all')")).toBe('sum(sum(T .* log(Y)))');
    expect(recogniseFormula("xs = -sum(lblMat .* log(pMat), 'all');")?.kind).toBe('ce_multiclass_batch');
    // Other arguments are part of the formula.
    expect(axisArguments('L(y, p) + f(x, dimension)')).toBe('L(y, p) + f(x, dimension)');
    // MATLAB's dimension after a sum's one argument.
    expect(axisArguments('e = - sum(U.*log(V), 2);')).toBe('e = - sum(U.*log(V));');
    expect(recogniseFormula('e = - sum(U.*log(V), 2);')?.kind).toBe('ce_multiclass');
    expect(axisArguments('sum(a, 7)')).toBe('sum(a, 7)');
  });

  it("log-base-arguments: code's log with its base as a second argument is the log to that base", () => {
    expect(logBaseArguments('-sum(u * log(v, 2))')).toBe('-sum(u * \\log_{2}(v))');
    expect(recogniseFormula('-sum([u[k] * math.log(v[k], 2) for k in range(n)])')?.roles).toMatchObject({ target: 'u_k', prediction: 'v_k', logBase: '2' });
    expect(recogniseFormula('-sum(u * log(v, base = exp(1)))')?.roles.logBase).toBe('e');
    // A base R computes is unsaid; two letters are no base.
    expect(logBaseArguments('log(v, base = b)')).toBe('\\log(v)');
    expect(logBaseArguments('log(a, b)')).toBe('log(a, b)');
  });

  it('scientific-numbers: 1e-7 and 2.5E-3 are powers of ten', () => {
    expect(scientificNumbers('\\max(p, 1e-7) + 2.5E-3 + 3e4')).toBe('\\max(p, 10^{-7}) + 2.5 \\times 10^{-3} + 3 \\times 10^{4}');
    // Letters around: a name, not a number.
    expect(scientificNumbers('x1e3 + 1e3x + we2')).toBe('x1e3 + 1e3x + we2');
    // A printed exponent's leading zeros.
    expect(scientificNumbers('log(6.18e-03) + 1e+00')).toBe('log(6.18 \\times 10^{-3}) + 10^{0}');
    // C's 1.0f.
    expect(scientificNumbers('(1.0f - y) + 2.f')).toBe('(1.0 - y) + 2.');
    // Julia's Float32 one, 1f0.
    expect(scientificNumbers('(1f0 .- y) + 0.5f0 + x1f0')).toBe('(1 .- y) + 0.5 + x1f0');
    expect(recogniseFormula('-mean(y .* log.(ŷ) .+ (1f0 .- y) .* log.(1f0 .- ŷ))')?.kind).toBe('ce_binary_batch');
    // C's, Java's and C#'s type suffix only says how the number is stored.
    expect(scientificNumbers('log(p + 1e-8f) + 1E-12d')).toBe('log(p + 10^{-8}) + 10^{-12}');
    expect(scientificNumbers('1e-8fx')).toBe('1e-8fx');
  });

  it('bare-big-operators: sum and prod typed as words with no index are the operators', () => {
    expect(bareBigOperators('-sum sum p(x,y) * log(p(x,y))')).toBe('-\\sum \\sum p(x,y) * log(p(x,y))');
    expect(bareBigOperators('prod p_i')).toBe('\\prod p_i');
    // In capitals, as pseudo-code types it; a word that ends in SUM is no operator.
    expect(bareBigOperators('-SUM_z u(z) + Prod_j v_j + CHECKSUM_z')).toBe('-\\sum _z u(z) + \\prod _j v_j + CHECKSUM_z');
    expect(recogniseFormula('H(u,v) = -SUM_z u(z) log v(z)')?.roles).toMatchObject({ target: 'u', prediction: 'v', classIndex: 'z' });
    // Before its summand in braces, SUM{…}: the glued index runs under it; the prediction's longer name stays whole.
    expect(bareBigOperators('-SUM{y * log(p)} + PROD{q}')).toBe('-\\sum {y * log(p)} + \\prod {q}');
    expect(recogniseFormula('error = -SUM{yi * log(yi_pred) + (1 - yi) * log(1 - yi_pred)}')?.roles).toMatchObject({ target: 'y_i', prediction: 'yi_pred' });
    expect(recogniseFormula('error = -SUM{yi * log(yi_pred) + (1 - yi) * log(1 - yi_pred)}')?.kind).toBe('ce_binary_batch');
    // In words, in a name, or as a call: as written.
    expect(bareBigOperators('\\text{sum of squares} + summary x + sum(x)')).toBe('\\text{sum of squares} + summary x + sum(x)');
    expect(recogniseFormula('H(X,Y) = -sum sum p(x,y) * log(p(x,y)) für alle x, y')?.kind).toBe('entropy');
    expect(recogniseFormula('H(P,Q) = -sum p(x) * log(q(x))')?.roles).toMatchObject({ target: 'p', prediction: 'q' });
  });

  it('bare-big-operators: sum_i and prod_n typed without a backslash', () => {
    expect(bareBigOperators('- 1/m sum_j a_j + prod_{n=1}^N b_n')).toBe('- 1/m \\sum _j a_j + \\prod _{n=1}^N b_n');
    // Words, commands and a sum called like a function stay.
    expect(bareBigOperators('\\sum_j + summary_j + sum(a) + checksum_j')).toBe('\\sum_j + summary_j + sum(a) + checksum_j');
  });

  it('dot-before-log: a dot typed as the product sign before a log', () => {
    expect(dotBeforeLog('c_m.log(r_m) + (1 - c_m).ln(1 - r_m)')).toBe('c_m \\cdot log(r_m) + (1 - c_m) \\cdot ln(1 - r_m)');
    // Module prefixes and decimals keep their dots.
    expect(dotBeforeLog('np.log(q) + F.log_softmax(z) + 0.5')).toBe('np.log(q) + F.log_softmax(z) + 0.5');
    expect(recogniseFormula('\\frac{1}{M}\\Sigma_{m=1}^M(c_m.log(r_m) + (1-c_m)log(1-r_m))')?.kind).toBe('log_likelihood');
  });

  it.each([
    ['a Bernoulli likelihood typed in Python', 'P(c) = (s ** c) * ((1 - s) ** 1 - c)', 'likelihood_product'],
    ['a product typed as text with bracketed exponents', 'L = prod_n r_n^c_n * (1 - r_n)^(1 - c_n)', 'likelihood_product'],
    ['a categorical likelihood typed in Python', 'prod_j h_j ** t_j', 'likelihood_product'],
    ['a Lua docstring with sum_i and indices in brackets', 'loss(q, s) = - 1/m sum_j (s[j] * log(q[j]) + (1 - s[j]) * log(1 - q[j]))', 'ce_binary_batch'],
    ['Julia broadcast, reduced over an axis', 'loss = -sum(t .* log.(q .+ eps); dims=1)', 'ce_multiclass'],
    ['Julia broadcast macro, binary', '@.(-t * log(q) - (1 - t) * log(1 - q))', 'ce_binary'],
    ['NumPy', 'L = -np.sum(t * np.log(q), axis=-1)', 'ce_multiclass'],
    ['NumPy, batch mean', 'L = np.mean(-np.sum(t * np.log(q), axis=1))', 'ce_multiclass_batch'],
    ['TensorFlow', 'tf.reduce_mean(-tf.reduce_sum(t * tf.math.log(q), axis=-1))', 'ce_multiclass_batch'],
    ['PyTorch log_softmax of logits', '-torch.sum(t * F.log_softmax(z, dim=-1), dim=-1)', 'ce_from_logits'],
    ['Julia logsoftmax of logits', '-sum(t .* logsoftmax(z; dims=1); dims=1)', 'ce_from_logits'],
  ])('recognises %s', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it.each([
    ['absolute error', 'mean(abs.(q .- t))'],
    ['squared log error', 'mean((log.(q .+ 1) .- log.(t .+ 1)) .^ 2)'],
    ['Poisson loss', 'mean(q .- t .* log.(q))'],
    ['entropy of one vector', '-np.sum(q * np.log(q), axis=-1)'],
    ['a squared error typed in Python', 'mean((q - t) ** 2)'],
    ['a binomial term typed as text', 'q^(k) (1 - q)^(n - k)'],
  ])('leaves %s unbadged', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind ?? 'none').not.toMatch(/^ce_/);
  });
});

describe('text rules: bars after a minus', () => {
  it('bars-after-minus: −|x| is an absolute value, kept together around a sum', () => {
    expect(barsAfterMinus('e^{-|a^\\top v + c|}')).toBe('e^{-\\lvert a^\\top v + c\\rvert }');
    expect(barsAfterMinus('\\exp(−|\\mathbf{w} x|)')).toBe('\\exp(−\\lvert \\mathbf{w} x\\rvert )');
    // A conditional bar follows no minus.
    expect(barsAfterMinus('p(y | x) - q(y | x)')).toBe('p(y | x) - q(y | x)');
    // Bars that open the formula: an absolute value, no target of a log beside it.
    expect(barsAfterMinus('|e − ln(C)| ≤ 0.02')).toBe('\\lvert e − ln(C)\\rvert  ≤ 0.02');
    expect(recogniseFormula('|e − ln(C)| ≤ 0.02')).toBeNull();
  });
});

describe('text rules: a full stop as a product sign', () => {
  it('dot-before-log: s_j.log(a_j) is s_j · log(a_j); np.log stays a library name', () => {
    expect(dotBeforeLog('s_j.log(a_j) + s_{j}. \\ln a_j + np.log(a)')).toBe('s_j \\cdot log(a_j) + s_{j} \\cdot \\ln a_j + np.log(a)');
  });
  it('upright-reductions: sum and mean set upright before a bracket are the reductions', () => {
    expect(uprightReductions('-\\frac{1}{N}\\operatorname{sum}(Y)')).toBe('-\\frac{1}{N} sum(Y)');
    expect(uprightReductions('\\mathrm{mean}\\left(x\\right)')).toBe(' mean\\left(x\\right)');
    // Prose, and the word without a bracket after it, stay.
    expect(uprightReductions('\\text{sum of } x + \\mathrm{sum}_i')).toBe('\\text{sum of } x + \\mathrm{sum}_i');
    expect(recogniseFormula('L = -\\frac{1}{N}\\operatorname{sum}(U \\odot \\log \\hat{U})')?.kind).toBe('ce_multiclass_batch');
    // An average's word in another language, before a sized bracket too.
    expect(uprightReductions('-\\text{média}\\big[x\\big]')).toBe('- média\\big[x\\big]');
    expect(recogniseFormula('e = -\\,\\text{moyenne}\\big[u\\ln v + (1-u)\\ln(1-v)\\big]')?.kind).toBe('ce_binary_batch');
  });
  it('elementwise-calls: multiply(a, b) is the elementwise product', () => {
    expect(elementwiseCalls('multiply(U, log(A))')).toBe('(U) \\odot (log(A))');
    expect(recogniseFormula('c = -1/m * np.sum(np.multiply(U, np.log(A)) + np.multiply(1-U, np.log(1-A)))')?.kind).toBe('ce_binary_batch');
  });

  it('code-equality: a test typed with == or === is the relation =, and the indicator it stands in reads', () => {
    expect(codeEquality('\\mathbb{1}\\{c==k\\}')).toBe('\\mathbb{1}\\{c = k\\}');
    expect(codeEquality('[s === 2]')).toBe('[s = 2]');
    expect(codeEquality('a \\le b, x := 1, y != 0')).toBe('a \\le b, x := 1, y != 0');
    expect(recogniseFormula('E = -\\frac{1}{n} \\sum_{a=1}^{n} \\sum_{k=1}^{K} 1\\left\\{c^{(a)} == k\\right\\} \\ln q^{(a)}_k')?.roles).toMatchObject({ target: 'c^a', classIndex: 'k', sampleIndex: 'a' });
  });
  it('octave-transposes: primes before * are transposes where a bracket is primed', () => {
    expect(octaveTransposes("J = -(1/m) * (y' * log(h) + (1 - y)' * log(1 - h))")).toBe("J = -(1/m) * (y^{T} * log(h) + (1 - y)^{T} * log(1 - h))");
    // A primed name alone is a name (the true label ti').
    expect(octaveTransposes("ti' * xi - ln(1 + e^xi)")).toBe("ti' * xi - ln(1 + e^xi)");
    // A primed name before the product with another name's log is a transpose too, and so is its complement's.
    expect(octaveTransposes("-y' * log(h) - (1-y') * log(1 - h)")).toBe("-y^{T} * log(h) - (1-y^{T}) * log(1 - h)");
    // Code's quadratic form, a primed name before a matrix: w'H*w is wᵀHw.
    expect(octaveTransposes("0.5 * w'H*w")).toBe('0.5 * w^{T}H*w');
    expect(recogniseFormula("l = - ∑( y[n] * log(μ[n]) + (1-y[n]) * log(1-μ[n]) for n=1:N) + 1/2 * Δw'H_0*Δw")?.kind).toBe('ce_binary_batch');
    // Y' beside log(Y) is a second Y, the labels.
    expect(octaveTransposes("-sum(Y'*log(Y))")).toBe("-sum(Y'*log(Y))");
    expect(recogniseFormula("J = -(1/m) * (s' * log(a) + (1 - s)' * log(1 - a))")?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula("J = (1/m) * (-s' * log(a) - (1 - s)' * log(1 - a))")?.kind).toBe('ce_binary_batch');
  });

  it("generator-sums: Python's sum over a generator is the sum over its loop variable", () => {
    expect(generatorSums('-sum(y[i] * log(p[i]) for i in range(n))')).toBe('-\\sum_{i} (y[i] * log(p[i]))');
    expect(generatorSums('sum(a, b) + sum(x)')).toBe('sum(a, b) + sum(x)');
    // A filter after the loop leaves out terms that are zero.
    expect(generatorSums('-sum(q * log(q) for q in p if q > 0)')).toBe('-\\sum_{q} (q * log(q))');
    expect(recogniseFormula('return -sum(pi * log(pi) for pi in p if pi > 0)')?.kind).toBe('entropy');
    // Julia's for n=1:N, under a typed Σ.
    expect(generatorSums('-\\sum (y[n] * log(p[n]) for n=1:N)')).toBe('-\\sum_{n} (y[n] * log(p[n]))');
    expect(recogniseFormula('l = - ∑( y[n] * log(μ[n]) + (1-y[n]) * log(1-μ[n]) for n=1:N)')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('L = -sum(y[i] * log(p[i]) for i in range(n))')?.roles.weight).toBeUndefined();
    expect(recogniseFormula('H = -sum(p * log(p) for p in probs)')?.kind).toBe('entropy');
    // Julia's and Kotlin's ranges, and a call that gives the indices.
    expect(generatorSums('-sum(u[k]*log(v[k]) for k in 1:K)')).toBe('-\\sum_{k} (u[k]*log(v[k]))');
    expect(generatorSums('-sum(u[k]*log(v[k]) for k in eachindex(v))')).toBe('-\\sum_{k} (u[k]*log(v[k]))');
    expect(generatorSums('sum(u[k] for k in 1..n)')).toBe('\\sum_{k} (u[k])');
    // Several loop variables zipped together: the sum over the samples, with no one index.
    expect(generatorSums('-sum(log(softmax(z)[c]) for c, z in zip(labels, outputs))')).toBe('-\\sum (log(softmax(z)[c]))');
  });

  it('rounding-calls: ceil(x) and math.floor(x) are ⌈x⌉ and ⌊x⌋, and a rounded log is no loss', () => {
    expect(roundingCalls('c_k = ceil(log_d (1/q_k)) + math.floor(n / 2) + ceilings(x)')).toBe('c_k = \\lceil log_d (1/q_k) \\rceil  + \\lfloor n / 2 \\rfloor  + ceilings(x)');
    // R's ceiling, and the words of other languages' notes (Spanish techo, French plancher).
    expect(roundingCalls('ceiling(x) + techo(log_r(1/q)) + plancher(y)')).toBe('\\lceil x \\rceil  + \\lceil log_r(1/q) \\rceil  + \\lfloor y \\rfloor ');
    expect(recogniseFormula('L_k <= techo(log_r(1/Q_k))')).toBeNull();
    expect(recogniseFormula('c_k = ceil(log_d (1/q_k)) .')).toBeNull();
  });
  it('qualified-call-names: Armadillo\'s % is the elementwise product and accu the sum', () => {
    expect(qualifiedCallNames('-arma::accu(w%arma::log(q))')).toBe('-sum(w*log(q))');
    expect(recogniseFormula('-arma::accu(w%arma::log(q) + (1.0-w)%arma::log(1.0-q))')?.kind).toBe('ce_binary_batch');
    // Elsewhere % stays (a percentage, a remainder).
    expect(qualifiedCallNames('a % b')).toBe('a % b');
  });
  it('definitions: an entry picked out and named (picked = z_{i,y_i}) is put in place where the name is used', () => {
    expect(recogniseFormula('u = z[np.arange(n), c]; loss = (-u + np.log(np.sum(np.exp(z), axis=1))).mean()')?.kind).toBe('ce_from_logits');
  });
  it("value-attributes: Eigen's .array() and PyTorch's .detach(), .cpu(), .numpy() hand back the values", () => {
    expect(valueAttributes('(s.array() * q.array().log()).sum() + z.detach().cpu().numpy()')).toBe('(s * q.log()).sum() + z');
    expect(recogniseFormula('loss = -(s.array() * q.array().log()).sum();')?.kind).toBe('ce_multiclass');
  });
  it('negative-divisors: a divisor typed with its minus, x / -m, is x / (-m)', () => {
    expect(negativeDivisors('sum(y) / -m + a / -2 + b / -len(y)')).toBe('sum(y) / (-m) + a / (-2) + b / (-len(y))');
    expect(negativeDivisors('a / -f(g(x))[0]')).toBe('a / -f(g(x))[0]');
  });

  it('root-and-power-calls: code\'s sqrt(x) is the square root; a log under it is no term of a loss', () => {
    expect(rootAndPowerCalls('sqrt(-2 * log(u)) * cos(v) + mysqrt(x)')).toBe('\\sqrt{-2 * log(u)} * cos(v) + mysqrt(x)');
    expect(recogniseFormula('return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);')).toBeNull();
  });

  it('value-attributes: .value, .data and .item() hand back the variable itself', () => {
    expect(valueAttributes('max(z, 0) - z * u.value + log(1 + exp(-abs(z)))')).toBe('max(z, 0) - z * u + log(1 + exp(-abs(z)))');
    expect(recogniseFormula('const loss = Math.max(z2, 0) - z2 * u.value + Math.log(1 + Math.exp(-Math.abs(z2)))')?.roles).toMatchObject({ target: 'u', prediction: 'z_2' });
    expect(valueAttributes('t.data.mean()')).toBe('t.mean()');
    expect(valueAttributes('-sum(u.value .* log.(\\hat{y}.value)) + w.values')).toBe('-sum(u .* log.(\\hat{y})) + w');
    // C++'s v.data() and C#'s v.Data: v.data()[i] is v[i].
    expect(valueAttributes('t.data()[i] * log(p.Data[i])')).toBe('t[i] * log(p[i])');
    expect(valueAttributes('t.database + t.data(k)')).toBe('t.database + t.data(k)');
    // A method's own object: self.x and this.p are x and p.
    expect(valueAttributes('self.x * log(z) + this.p + myself.q')).toBe('x * log(z) + p + myself.q');
  });


  it("scientific-numbers: Rust's typed literals (1f64, 1.0_f32, 2usize) are the numbers", () => {
    expect(scientificNumbers('(1f64 - y) * (1.0_f32 - p) / 2usize')).toBe('(1 - y) * (1.0 - p) / 2');
    expect(scientificNumbers('x1f64 + f64')).toBe('x1f64 + f64');
    expect(recogniseFormula('J += y[i]*h.ln() + (1f64-y[i])*(1f64-h).ln();')?.kind).toBe('log_likelihood');
  });

  it("axis-arguments: R's na.rm and apply(X, 1, sum); C#'s capitalised Math functions", () => {
    expect(axisArguments('mean(x, na.rm = TRUE)')).toBe('mean(x)');
    expect(axisArguments('-apply(L*log(S), 1, sum)')).toBe('-sum(L*log(S))');
    expect(axisArguments('apply(X, 1, function(r) r)')).toBe('apply(X, 1, function(r) r)');
    expect(recogniseFormula('-mean(y * log(p) + (1 - y) * log(1 - p), na.rm = TRUE)')?.kind).toBe('ce_binary_batch');
    expect(qualifiedCallNames('Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)))')).toBe('max(z, 0) + log(1 + exp(-abs(z)))');
    expect(recogniseFormula('return Math.Max(logit, 0) - logit * target + (float)Math.Log(1 + Math.Exp(-Math.Abs(logit)));')?.kind).toBe('ce_from_logits');
  });

  it("private-names, greek-words-in-plain-text, root-and-power-calls: _theta, lambda_l1, lambda_ and pow(x, 2) as code writes them", () => {
    expect(privateNames('np.power(_theta, 2) + _logsumexp(z)')).toBe('np.power(theta, 2) + logsumexp(z)');
    expect(privateNames('\\sum _i x_i')).toBe('\\sum _i x_i');
    expect(greekWordsInPlainText('lambda_l1 * w')).toBe('\\lambda_{l1} * w');
    expect(rootAndPowerCalls('pow(w, 2) + power(v, 3)')).toBe('(w)^{2} + (v)^{3}');
    expect(recogniseFormula('J = (1 / m) * (-y.T @ np.log(h) - (1 - y).T @ np.log(1 - h)) + (lambda_ / (2 * m)) * np.sum(np.power(_theta, 2))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('J = -np.sum(y * np.log(s)) + lambda_l1 * np.sum(np.abs(params))')?.kind).toBe('ce_multiclass');
  });

  it("log-base-arguments and qualified-call-names: C#'s Math.Log(x, Math.E), Go's math.Log2", () => {
    expect(recogniseFormula('v[i] = -t[i] * Math.Log(q[i] + 1e-7, Math.E);')?.roles).toMatchObject({ logBase: 'e' });
    expect(qualifiedCallNames('math.Log2(a[i])')).toBe('log2(a[i])');
  });

  it("c-float-functions: in code, C's logf and expl are log and exp; in TeX, logf(x) is log f(x)", () => {
    expect(cFloatFunctions('loss += -w * (y * logf(p + eps) + (1 - y) * logf(1 - p + eps))')).toBe('loss += -w * (y * log(p + eps) + (1 - y) * log(1 - p + eps))');
    expect(cFloatFunctions('z = expl(a) + logfoo(b) + catalogf(c);')).toBe('z = exp(a) + logfoo(b) + catalogf(c);');
    expect(cFloatFunctions('\\sum_i y_i logf(x_i)')).toBe('\\sum_i y_i logf(x_i)');
    expect(recogniseFormula('sampleLoss += -w * (y * logf(p + eps) + (1 - y) * logf(1 - p + eps))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-\\sum_{i=1}^{n}\\big( [y_i=1]logf(x_i) + [y_i=0]log(1 - f(x_i)) \\big)')?.roles.prediction).toBe('f');
  });

  it("qualified-call-names: a module named with an underscore (math_ops.log) goes; C#'s new Axis(axis) is an axis", () => {
    expect(recogniseFormula('return -math_ops.reduce_sum(target * math_ops.log(output), new Axis(axis));')?.kind).toBe('ce_multiclass');
    expect(axisArguments('sum(a, new Axis(1))')).toBe('sum(a)');
  });

  it("xlogy-calls: SciPy's and Julia's xlogy(x, y) and xlog1py(x, y) are x log y and x log(1 + y)", () => {
    expect(xlogyCalls('-np.sum(scipy.special.xlogy(t, p))')).toBe('-np.sum(((t) * log(p)))');
    expect(xlogyCalls('xlog1py.(1 .-y, -s)')).toBe('((1 .-y) * log(1 + (-s)))');
    expect(recogniseFormula('(-(xlogy.(y, σ) + xlog1py.(1 .-y, -σ))) |> agg')?.kind).toMatch(/^ce_binary/);
  });
});
