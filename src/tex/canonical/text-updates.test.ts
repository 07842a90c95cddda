import { describe, expect, it } from 'vitest';
import { kindOf } from '../kinds/test-support';
import { guardedUpdates, lossUpdates, updatesByCase } from './text-updates';

describe('loss-updates', () => {
  it("reads an assignment arrow after the name at a line's start as = (pseudo-code, R)", () => {
    expect(lossUpdates('J \\gets -\\log q_c')).toBe('J =  -\\log q_c');
    expect(lossUpdates('logloss <- -mean(y * log(p))')).toBe('logloss =  -mean(y * log(p))');
    expect(kindOf('logloss <- -mean(y * log(p) + (1 - y) * log(1 - p))')).toBe('ce_binary_batch');
    // A comparison with a negative number, and an arrow inside a formula, stay.
    expect(lossUpdates('x < -1')).toBe('x < -1');
    expect(lossUpdates('\\theta_{t+1} = f(\\theta_t \\leftarrow g)')).toBe('\\theta_{t+1} = f(\\theta_t \\leftarrow g)');
  });

  it('reads an update of a running total as what it adds (L ← L − […])', () => {
    expect(lossUpdates('J \\leftarrow J - [u \\log s]')).toBe('J =  - [u \\log s]');
    expect(kindOf('J ← J − [ u_{k}·log(s) + (1−u_{k})·log(1−s) ]')).toBe('ce_binary');
    expect(kindOf('J \\leftarrow J - \\big[\\, u\\log s + (1-u)\\log(1-s) \\,\\big]')).toBe('ce_binary');
    expect(kindOf('\\ell := \\ell - \\log s_{c}')).toBe('ce_multiclass');
    // Adding to the total by its name again is the compound update: a log-likelihood's terms, summed.
    expect(lossUpdates('ll = ll + u[k] * log(s[k])')).toBe('ll = \\sum(u[k] * log(s[k]))');
    expect(kindOf('ll = ll + u(k) * log(s(k))')).toBe('log_likelihood');
  });

  it('gives a compound assignment its sign: x -= b adds −(b)', () => {
    expect(lossUpdates('cost -= u*log(s)')).toBe('cost = -(u*log(s))');
    expect(kindOf('cost -= u*log(s)')).toBe('ce_multiclass');
    // Subtracting a log-likelihood's terms is the loss; adding them is the log-likelihood.
    expect(kindOf('ll += u*log(s) + (1-u)*log(1-s)')).toBe('log_likelihood');
    // A lone log added un-negated is a log-likelihood's term, added up whatever the pass runs over.
    expect(lossUpdates('ll += log(s[j]) * u[j]')).toBe('ll = \\sum(log(s[j]) * u[j])');
    expect(kindOf('ll += log(s[j]) * u[j]')).toBe('log_likelihood');
    expect(kindOf('e += s[j] * log(s[j])') ?? '').not.toMatch(/^ce_/);
  });

  it("adds up one sample's whole loss per pass of a loop not shown: the sum over the samples", () => {
    expect(lossUpdates('cost -= u*log(s) + (1-u)*log(1-s)')).toBe('cost = \\sum(-(u*log(s) + (1-u)*log(1-s)))');
    expect(kindOf('cost -= u*log(s) + (1-u)*log(1-s)')).toBe('ce_binary_batch');
    expect(kindOf('loss += -(y * Math.log(p) + (1 - y) * Math.log(1 - p));')).toBe('ce_binary_batch');
    expect(kindOf('loss += -np.sum(y_true * np.log(y_pred))')).toBe('ce_multiclass_batch');
    // A total kept on an object, named by the loss's own name.
    expect(kindOf('stats.LogLoss -= u*math.Log(s) + (1-u)*math.Log(1-s)')).toBe('ce_binary_batch');
    // A lone log per pass, and a term per class, keep the kind they have without the loop.
    expect(lossUpdates('nll -= log(p[y])')).toBe('nll = -(log(p[y]))');
    expect(kindOf('ce -= p[i] * Math.log(q[i]);')).toBe('ce_multiclass');
    // One log per pass of two loops, its arrays indexed twice: a term of the double sum over samples and classes.
    expect(lossUpdates('e -= u[a][b] * log(s[a][b])')).toBe('e = \\sum_{a}\\sum_{b}(-(u[a][b] * log(s[a][b])))');
    expect(kindOf('e -= u[a, b] * log(s[a, b])')).toBe('ce_multiclass_batch');
    expect(kindOf('e -= u[a] * log(s[a])')).toBe('ce_multiclass');
    // Only the target indexed twice, the prediction held in a name; a minus inside an added term too.
    expect(kindOf('e += -u[a][b] * log(s)')).toBe('ce_multiclass_batch');
    expect(kindOf('e += -u[a][b] * log(s[b][a])')).toBe('ce_multiclass');
    // A total named for one sample adds that sample's classes only.
    expect(lossUpdates('sampleLoss -= u[a][b] * log(s)')).toBe('sampleLoss = \\sum_{b}(-(u[a][b] * log(s)))');
    expect(kindOf('sampleLoss -= u[a][b] * log(s)')).toBe('ce_multiclass');
    // A loop whose header is written has its sum already.
    expect(lossUpdates('loss -= \\sum_{b} (t[b]*log(p[b]) + (1-t[b])*log(1-p[b]))')).toBe('loss = -(\\sum_{b} (t[b]*log(p[b]) + (1-t[b])*log(1-p[b])))');
  });

  it('adds successive updates of one total as one pass: the terms of both statements', () => {
    expect(lossUpdates('e -= u*log(s); e -= (1-u)*log(1-s)')).toBe('e = \\sum(-((u*log(s)) + ((1-u)*log(1-s))))');
    expect(kindOf('cost -= u[k] * math.Log(s[k])\n\t\tcost -= (1 - u[k]) * math.Log((1 - s[k]))')).toBe('ce_binary_batch');
    expect(lossUpdates('e += a; e -= b')).toBe('e = (a) - (b)');
    // Another total, or another statement between them, keeps them apart.
    expect(lossUpdates('e -= u*log(s); f -= (1-u)*log(1-s)')).toBe('e = -(u*log(s)); f = -((1-u)*log(1-s))');
    expect(lossUpdates('e -= log(s); m = 2; e -= log(r)')).toBe('e = -(log(s)); m = 2; e = -(log(r))');
  });

  it('updates-by-case: one total updated in both branches of a test is one update by the cases', () => {
    expect(updatesByCase('if (u == 1) e += -log(v); else e += -log(1 - v);')).toBe('e += (\\begin{cases} -log(v) & u == 1 \\\\ -log(1 - v) & \\text{otherwise} \\end{cases})');
    expect(kindOf('if (u[i] == 1) { e += -Math.log(v[i]); } else { e += -Math.log(1 - v[i]); }')).toBe('ce_binary_batch');
    expect(kindOf('if (u[i] == 1)\n  e += -Math.log(v[i]);\nelse\n  e += -Math.log(1 - v[i]);')).toBe('ce_binary_batch');
    // Two totals, or another sign, are two updates.
    expect(updatesByCase('if (u == 1) e += a; else f += b;')).toBe('if (u == 1) e += a; else f += b;');
    expect(updatesByCase('if (u == 1) e += a; else e -= b;')).toBe('if (u == 1) e += a; else e -= b;');
  });

  it('reads a total named as a gradient (g[k], grad_w, dW) as adding a derivative\'s terms, no loss', () => {
    expect(kindOf('g[9] += u * v * -log(s)')).toBeNull();
    expect(kindOf('grad_w -= c * log(s)')).toBeNull();
    expect(kindOf('dW += -c * log(s)')).toBeNull();
    // Other totals keep their reading.
    expect(kindOf('total -= log(s[c])')).toBe('ce_multiclass');
    expect(kindOf('dataLoss -= log(s[c])')).toBe('ce_multiclass');
  });

  it('leaves another name on the right (E = E_0 − …) and a total of another letter alone', () => {
    expect(lossUpdates('J = J_0 - u \\log s')).toBe('J = J_0 - u \\log s');
    expect(lossUpdates('J = K - u \\log s')).toBe('J = K - u \\log s');
    expect(lossUpdates('J = J(\\theta) - u \\log s')).toBe('J = J(\\theta) - u \\log s');
  });

  it("assigns to a name with code's index (loss_hist[ep] <- …), not a comparison with a negated value", () => {
    expect(lossUpdates('loss_hist[ep] <- -mean(y * log(p))')).toBe('loss_hist[ep] =  -mean(y * log(p))');
    expect(kindOf('loss_hist[ep] <- -mean(w * (y * log(p) + (1 - y) * log(1 - p))) + (lambda / 2) * sum(w^2)')).toBe('ce_binary_batch');
    expect(kindOf('L[i] = L[i] - y*log(p)')).toBe('ce_multiclass');
  });

  it('runs a compound assignment to the end of its statement, over the lines its brackets span', () => {
    const spread = 'ce -= ((t[i] * log(a[i])) +\n      ((1 - t[i]) * log(1 - a[i])));';
    expect(lossUpdates(spread)).toBe('ce = \\sum(-(((t[i] * log(a[i])) +\n      ((1 - t[i]) * log(1 - a[i])))));');
    expect(kindOf(spread)).toBe('ce_binary_batch');
    // A line break outside brackets ends it, as a semicolon does.
    expect(lossUpdates('a -= b\nc += d; e -= f')).toBe('a = -(b)\nc = d; e = -(f)');
  });

  it("loss-updates: MATLAB's total indexed by a call's brackets, err(i) = err(i) .+ …", () => {
    expect(kindOf('error(i) = error(i) .+ (-y(i,j) .* log(a(i,j)) .- (1 .- y(i,j)) .* log(1 .- a(i,j)));')).toBe('ce_binary_batch');
  });

  it('reads a statement broken before its operator, C style, to its semicolon', () => {
    expect(lossUpdates('loss += -t * log(p)\n    - (1 - t) * log(1 - p);')).toBe('loss = \\sum(-t * log(p)\n    - (1 - t) * log(1 - p));');
    // A line that starts a new statement is not joined.
    expect(lossUpdates('loss += -log(p)\nn += 1')).toBe('loss = -log(p)\nn = 1');
  });

  it("guarded-updates: an update made only where a one-hot target is set adds the target times the log", () => {
    expect(guardedUpdates('if (expected[i] != 0) crossEntropy -= Math.Log(actual[i]);')).toBe('crossEntropy -= expected[i] * (Math.Log(actual[i]))');
    expect(guardedUpdates('if t[k] == 1: loss += -log(y[k])')).toBe('loss += t[k] * (-log(y[k]))');
    // An else makes it a choice between two updates (updates-by-case); a test of something else is left.
    expect(guardedUpdates('if (y[i] == 1) loss -= log(p[i]); else loss -= log(1 - p[i]);')).toBe('if (y[i] == 1) loss -= log(p[i]); else loss -= log(1 - p[i]);');
    expect(kindOf('if (expected[i] != 0) crossEntropy -= Math.Log(actual[i]);')).toBe('ce_multiclass');
  });
});
