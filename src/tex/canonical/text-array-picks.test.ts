import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { chainedIndices, linearIndexPicks, oneBasedPicks, indexOperators, maskedSums, columnPicks, flatIndices, oneHotPicks, rowPicks } from './text-array-picks';

describe('text rules: entries picked out of arrays', () => {
  it('row-picks: NumPy fancy indexing of each row\'s label is the entry at (i, label_i)', () => {
    expect(rowPicks('v[np.arange(N), u] + w[range(len(u)), u]')).toBe('v_{i,u_i} + w_{i,u_i}');
    expect(rowPicks('v[0, u]')).toBe('v[0, u]');
    // The pick made of a log's rows.
    expect(rowPicks('-np.log(v)[np.arange(v.shape[0]), u]')).toBe('-(\\log v_{i,u_i})');
    expect(rowPicks('-F.log_softmax(z, dim=1)[torch.arange(n), u].mean()')).toBe('-(F.log_softmax(z, dim=1)_{u}).mean()');
    // q's each-pick.
    expect(rowPicks("sum neg[log v@'u]")).toBe('sum neg[log v_{i,u_i}]');
    expect(rowPicks("a@'f[x]")).toBe("a@'f[x]");
    // The labels read back from one-hot rows by argmax.
    expect(rowPicks('v[np.arange(N), u.argmax(axis=1)] + w[range(n), np.argmax(u, axis=1)] + z[np.arange(n), torch.argmax(u, dim=-1)]')).toBe('v_{i,u_i} + w_{i,u_i} + z_{i,u_i}');
    expect(recogniseFormula('loss = -np.sum(np.log(q[np.arange(batch_size), s.argmax(axis=1)] + 1e-7)) / batch_size')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('-np.mean(np.log(v[np.arange(N), u]))')?.kind).toBe('ce_multiclass_batch');
  });

  it("row-picks: PyTorch's gather of each row's label is the pick p_{i, t_i}", () => {
    expect(rowPicks('q.gather(1, c.unsqueeze(1))')).toBe('(q_{i,c_i})');
    expect(recogniseFormula('loss = -log_q.gather(1, c.unsqueeze(1)).squeeze().mean()')?.roles).toMatchObject({ target: 'c_i', prediction: 'q', reduction: 'mean' });
    expect(recogniseFormula('nll = -torch.log(torch.gather(q, 1, c.view(-1, 1))).sum()')?.kind).toBe('ce_multiclass_batch');
    // A gather along another axis, or of another index, is no label's pick.
    expect(rowPicks('q.gather(0, idx)')).toBe('q.gather(0, idx)');
    // Misspelt arrange, as copied notes type it.
    expect(recogniseFormula('return -np.sum(np.log(y[np.arrange(batch_size), t] + delta)) / batch_size')?.kind).toBe('ce_multiclass_batch');
  });

  it("row-picks: gathered logits are the logits, not the log of 'its'", () => {
    expect(rowPicks('u.gather(1, c.unsqueeze(1))')).toBe('(u_{i,c_i})');
    expect(rowPicks('logits.gather(1, c.unsqueeze(1))')).toBe('(logits_{i,c_i})');
    expect(recogniseFormula('loss = torch.logsumexp(logits, dim=1) - logits.gather(1, c.unsqueeze(1)).squeeze(1)')?.kind).toBe('ce_from_logits');
  });

  it("row-picks: NumPy's and JAX's take_along_axis and TensorFlow's gather with batch_dims=1 are the same pick", () => {
    expect(rowPicks('np.take_along_axis(q, c[:, None], axis=1)')).toBe('(q_{i,c_i})');
    expect(rowPicks('tf.gather(q, c, batch_dims=1)')).toBe('(q_{i,c_i})');
    expect(recogniseFormula('loss = -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(u), c[:, None], axis=-1))')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('loss = -tf.reduce_mean(tf.gather(log_q, c, batch_dims=1))')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { target: 'c_i', prediction: 'q' } });
    // The log of a named array picked is the log of its entry; MXNet's pick is the same pick.
    expect(rowPicks('np.take_along_axis(np.log(q), c[:, None], axis=1)')).toBe('(\\log q_{i,c_i})');
    expect(rowPicks('F.pick(F.log(q), c, axis=1, keepdims=True)')).toBe('(\\log q_{i,c_i})');
    expect(recogniseFormula('loss = -F.pick(F.log(softmaxout), label, axis=1, keepdims=True)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('loss = -nd.pick(logp, y, axis=-1).mean()')?.kind).toBe('ce_multiclass_batch');
    // Along the first axis, it picks rows, not each row's label.
    expect(rowPicks('np.take_along_axis(q, c[:, None], axis=0)')).toBe('np.take_along_axis(q, c[:, None], axis=0)');
  });
});

describe('text rules: columns and flat arrays', () => {
  it('column-picks: t[:, 0] and t[:, 1] are the columns t_{0} and t_{1}', () => {
    expect(columnPicks('w[:, 0] * log(q) + w[:,1] * log(1 - q)')).toBe('w_{0} * log(q) + w_{1} * log(1 - q)');
    // A slice of rows, or a column named by a variable, is no column pick.
    expect(columnPicks('w[0, :] + w[:, k]')).toBe('w[0, :] + w[:, k]');
    expect(recogniseFormula('loss = -torch.mean(w[:, 0] * torch.log(q) + w[:, 1] * torch.log(1 - q))')).toMatchObject({ kind: 'ce_binary_batch', roles: { prediction: 'q' } });
  });
  it('flat-indices: a row-major flat index, row times the row length plus column, is the entry (row, column)', () => {
    expect(flatIndices('pr[b*C+lab[b]] + v[i * n_cls + j]')).toBe('\\mathit{pr}_{b,lab_{b}} + v_{i,j}');
    // Another shape of index stays.
    expect(flatIndices('v[i + j] + v[2*i + 1]')).toBe('v[i + j] + v[2*i + 1]');
  });
  it('row-picks: a two-letter array stays one name (sm is not s times m)', () => {
    expect(rowPicks('sm[np.arange(B), c]')).toBe('\\mathit{sm}_{i,c_i}');
    expect(recogniseFormula('err = -np.log(sm[np.arange(B), c] + 1e-8).mean()')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { prediction: 'sm' } });
  });

  it('one-hot-picks: the entry at the class a one-hot target marks (argmax, indexOf(1)) is the entry at the target', () => {
    expect(oneHotPicks('q[np.argmax(w)] + q[w.argmax()] + q[w.indexOf(1)] + q[w.index(1)]')).toBe('q[w] + q[w] + q[w] + q[w]');
    expect(recogniseFormula('return -Math.log(Math.max(e, q[t.indexOf(1)]));')?.kind).toBe('ce_multiclass');
    expect(oneHotPicks('q[w.indexOf(0)]')).toBe('q[w.indexOf(0)]');
  });

  it('chained-indices: an array of rows indexed twice, q[i][c[i]], is the entry q[i, c[i]]', () => {
    expect(chainedIndices('q[i][c[i]] + q[i][k]')).toBe('q[i, c[i]] + q[i, k]');
    expect(recogniseFormula('loss -= Math.log(q[i][c[i]]);')?.kind).toBe('ce_multiclass');
    // Three brackets are left whole.
    expect(chainedIndices('q[a][b][c]')).toBe('q[a][b][c]');
  });

  it('row-picks: log_probs picked per row are the logs of probs', () => {
    expect(rowPicks('log_q[range(len(c)), c]')).toBe('(\\log q_{i,c_i})');
    expect(recogniseFormula('nll = -log_q[range(len(c)), c].mean()')?.kind).toBe('ce_multiclass_batch');
  });

  it("masked-sums: a sum over the entries a label's value masks is the sum over the samples with that label", () => {
    expect(maskedSums('sum(log(v[u == 1])) + np.sum(np.log(1 - v[u == 0]))')).toBe('\\sum_{i: u_i = 1} (log(v_i)) + \\sum_{i: u_i = 0} (np.log(1 - v_i))');
    expect(recogniseFormula('e = -(np.sum(np.log(v[u == 1])) + np.sum(np.log(1 - v[u == 0]))) / n')?.kind).toBe('ce_binary_batch');
    // Two different masks in one sum stay.
    expect(maskedSums('sum(v[u == 1] * w[t == 0])')).toBe('sum(v[u == 1] * w[t == 0])');
  });

  it('row-picks: gather from a call’s value, take_along_axis with the labels as they are', () => {
    expect(recogniseFormula('loss = -torch.gather(torch.log(p), 1, y.unsqueeze(1)).mean()')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('l = -np.log(np.take_along_axis(p, y, axis=-1))')?.kind).toBe('ce_multiclass');
  });

  it('row-picks: the pick of a log whose argument has a small constant added', () => {
    expect(recogniseFormula('loss = -np.mean(np.log(p + 1e-9)[np.arange(len(y)), y])')?.kind).toBe('ce_multiclass_batch');
  });

  it("index-operators: Haskell's xs !! k and v V.! k are the entry at k", () => {
    expect(indexOperators('-log (ps !! k)')).toBe('-log (ps[k])');
    expect(indexOperators('-log (v V.! c)')).toBe('-log (v[c])');
    expect(indexOperators('a != b')).toBe('a != b');
    expect(recogniseFormula('ce k ps = - log (ps !! k)')?.kind).toBe('ce_multiclass');
  });

  it("one-based-picks: log(probs[target + 1]) is the entry at the label, in a language whose arrays start at 1", () => {
    expect(oneBasedPicks('-math.log(probs[target + 1] + 1e-10)')).toBe('-math.log(probs[target] + 1e-10)');
    expect(oneBasedPicks('-log(p[y[i] + 1])')).toBe('-log(p[y[i]])');
    // Outside a log's argument, an offset is an offset (x[i + 1] − x[i]).
    expect(oneBasedPicks('x[i + 1] - x[i]')).toBe('x[i + 1] - x[i]');
    expect(recogniseFormula('return -math.log(probs[target + 1] + 1e-10)')?.kind).toBe('ce_multiclass');
  });

  it("linear-index-picks: MATLAB's p(sub2ind(size(p), 1:n, y)) is each row's entry at its label, either way round", () => {
    expect(linearIndexPicks('-sum(log(p(sub2ind(size(p), 1:n, y))))')).toBe('-sum(log(p[np.arange(n), y]))');
    expect(linearIndexPicks("-sum(log(P(sub2ind(size(P), y', 1:m))))")).toBe('-sum(log(P[np.arange(n), y]))');
    // Another array's size, or no range among the indices: as written.
    expect(linearIndexPicks('p(sub2ind(size(q), 1:n, y)) + p(sub2ind(size(p), r, c))')).toBe('p(sub2ind(size(q), 1:n, y)) + p(sub2ind(size(p), r, c))');
    expect(recogniseFormula('loss = -sum(log(p(sub2ind(size(p), 1:n, y)))) / n')?.kind).toBe('ce_multiclass_batch');
  });
});
