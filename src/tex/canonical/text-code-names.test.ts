import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { codeNames, gluedDigitIndices, greekWordsInPlainText, identifierSubscripts } from './text-code-names';

describe('text rules: names as code gives them', () => {
  it('greek-words-in-plain-text: mu, theta, sigma spelled out in a formula typed as text are the letters', () => {
    expect(greekWordsInPlainText('p(x|mu) = mu^x (1 - mu)^(1 - x)')).toBe('p(x|\\mu ) = \\mu ^x (1 - \\mu )^(1 - x)');
    // A word that holds one (mutual, sigmoid), pi, or a formula with commands: as written.
    expect(greekWordsInPlainText('mutual + sigmoid(z) + pi')).toBe('mutual + sigmoid(z) + pi');
    expect(greekWordsInPlainText('\\log mu')).toBe('\\log mu');
    expect(recogniseFormula('p(x|mu) = mu^x (1 - mu)^(1 - x)')?.kind).toBe('likelihood_product');
  });

  it('identifier-subscripts: s_true and a_pred are one subscript each, as code means them', () => {
    expect(identifierSubscripts('s_true * log(a_pred) + a_{k} + \\sum_ij')).toBe('s_{true} * log(a_{pred}) + a_{k} + \\sum_ij');
    // A log's name joined to a word (log_probs) or to one letter with nothing after it (log_p) is the log of it.
    expect(identifierSubscripts('-log_probs[target] + sum(p * log_p)')).toBe('-\\log probs[target] + sum(p * \\log p)');
    expect(identifierSubscripts('\\log_2 x + \\log_b x')).toBe('\\log_2 x + \\log_b x');
    // Two letters after the underscore that two names share: a split's name (y_tr, p_tr), or an index pair (t_nk, y_nk).
    expect(identifierSubscripts('u_tr * log(v_tr) + w_ab')).toBe('u_{\\text{tr}} * log(v_{\\text{tr}}) + w_ab');
    expect(identifierSubscripts('t_nk \\log y_nk')).toBe('t_{nk} \\log y_{nk}');
    expect(recogniseFormula('ll = np.sum(u_te * np.log(v_te) + (1 - u_te) * np.log(1 - v_te))')?.kind).toBe('log_likelihood');
    // An array's name joined by for/of/at to labels, the array named alone too: its entries at those labels.
    expect(identifierSubscripts('-logits_for_answers + log(sum(exp(logits)))')).toBe('-logits_{answers} + log(sum(exp(logits)))');
    expect(identifierSubscripts('prob_of_class')).toBe('\\operatorname{prob\\_of\\_class}');
    expect(recogniseFormula('xentropy = - logits_for_answers + np.log(np.sum(np.exp(logits), axis=-1))')?.kind).toBe('ce_from_logits');
    // Words joined, then a letter: the name and its index.
    expect(identifierSubscripts('true_value_i * log(expected_value_i)')).toBe('\\operatorname{true\\_value}_{i} * log(\\operatorname{expected\\_value}_{i})');
    expect(recogniseFormula('E = - sum_{i} (true_value_i) * log (expected_value_i)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('H = -sum(p * log_p)')?.kind).toBe('entropy');
    // Two words joined are one name; a call's name and words in \\text stay.
    expect(identifierSubscripts('q(wahre_Klasse) + log_softmax(z) + \\text{cross_entropy}')).toBe('q(\\operatorname{wahre\\_Klasse}) + log_softmax(z) + \\text{cross_entropy}');
    // A word of other alphabets' letters after the letter is its subscript too.
    expect(identifierSubscripts('p_mål + q_модель')).toBe('p_{mål} + q_{модель}');
    // More words joined are one name too.
    expect(identifierSubscripts('target_one_hot * log(q)')).toBe('\\operatorname{target\\_one\\_hot} * log(q)');
    // A two-letter word after a longer one: one name (target_id); after a short one, an index pair (ab_ij).
    expect(identifierSubscripts('q[target_id] + ab_ij')).toBe('q[\\operatorname{target\\_id}] + ab_ij');
    expect(recogniseFormula('loss = -torch.sum(target_one_hot * torch.log(probabilities)) / batch_size')).toMatchObject({ kind: 'ce_multiclass_batch', roles: { target: 'target_one_hot' } });
    // Calls (log_softmax(…)) and short indices stay.
    expect(identifierSubscripts('log_softmax(u) + a_ij')).toBe('log_softmax(u) + a_ij');
    // Several words after the letter are one subscript.
    expect(identifierSubscripts('-log(p_correct_class) + y_true_k')).toBe('-log(p_{correct\\_class}) + y_{true}_k');
    expect(recogniseFormula('L = -log(p_correct_class)')?.kind).toBe('ce_multiclass');
    // A later word of two letters belongs to the name too (y_pred_pr, y_test_oh).
    expect(identifierSubscripts('log(q_pred_pr[i]) * q_test_oh[i]')).toBe('log(q_{pred\\_pr}[i]) * q_{test\\_oh}[i]');
    // The same with a call after it: p_true(b, i) is p_{true} at (b, i); a function's name (F_softmax(z)) stays for the call rules.
    expect(identifierSubscripts('sum_i p_true(b, i) * log p_pred(b, i) + F_softmax(z)')).toBe('sum_i p_{true}(b, i) * log p_{pred}(b, i) + F_softmax(z)');
    expect(recogniseFormula('ce(b) = sum_i p_true(b, i) * log p_pred(b, i)')?.kind).toBe('log_likelihood');
    expect(recogniseFormula('loss = -mean(s_true * log(a_pred) + (1 - s_true) * log(1 - a_pred))')?.kind).toMatch(/^ce_binary/);
  });

  it('code-names: y_ beside y in code is another variable', () => {
    expect(codeNames('-sum(u_ * log(u))')).toBe("-sum(u' * log(u))");
    // Without a * the text is TeX: a subscript left out stays for the typo rule.
    expect(codeNames('(1 - u_) + v')).toBe('(1 - u_) + v');
    expect(recogniseFormula('-tf.reduce_sum(u_ * tf.log(u))')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('c = tf.reduce_mean(-tf.reduce_sum(u_ * tf.log(u), reduction_indices=[1]))')?.kind).toBe('ce_multiclass_batch');
  });

  it('glued-digit-indices: a letter with digits glued after it is indexed', () => {
    expect(gluedDigitIndices('loss = -log(p1)')).toBe('loss = -log(p_{1})');
    expect(gluedDigitIndices('t1 log y1 + t2 log y2')).toBe('t_{1} log y_{1} + t_{2} log y_{2}');
    // Inside a word, after a digit, in a subscript, in a decimal or in prose: as written.
    expect(gluedDigitIndices('log2(p) + loss0 + 2e5 + y_k1 + 0.5x + \\text{step 3a1}')).toBe('log2(p) + loss0 + 2e5 + y_k1 + 0.5x + \\text{step 3a1}');
    expect(recogniseFormula('loss0 = -np.sum(y0 * np.log(p0))')?.kind).toBe('ce_multiclass');
  });

  it("identifier-subscripts: an accent's name after the letter is that accent (u_hat is û)", () => {
    expect(identifierSubscripts('-log(u_hat_i) + v_bar')).toBe('-log(\\hat{u}_i) + \\bar{v}');
    expect(recogniseFormula('loss = -np.sum(u * np.log(u_hat))')?.roles).toEqual({ target: 'u', prediction: '\\hat{u}' });
    expect(recogniseFormula('-log(u_hat)')).toBeNull();
  });

  it('identifier-subscripts: correct_confidences are the values at the correct class; softmax_output[0] is a variable', () => {
    expect(recogniseFormula('return -np.log(correct_confidences)')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('const loss = -(Math.log(softmax_out[0])*target_out[0] + Math.log(softmax_out[1])*target_out[1])')?.kind).toBe('ce_multiclass');
    // Not called, an activation's word starts the name of the values it gave.
    expect(identifierSubscripts('log(softmax_outputs) + sigmoid_probs')).toBe('log(\\operatorname{softmax\\_outputs}) + \\operatorname{sigmoid\\_probs}');
    expect(recogniseFormula('cross_entropy = -np.sum(y_true_one_hot * np.log(softmax_outputs + 1e-15), axis=1)')?.kind).toBe('ce_multiclass');
  });

  it("identifier-subscripts: log_ joined to a short name is the log of that name (pi * log_pi is an entropy)", () => {
    expect(identifierSubscripts('- pi * log_pi')).toBe('- pi * \\log pi');
    expect(recogniseFormula('entropy = - pi * log_pi')?.kind).toBe('entropy');
    expect(recogniseFormula('loss = -y * log_yh')?.kind).toBe('ce_multiclass');
  });

  it('identifier-subscripts: prose spells ŷ as y-hat', () => {
    expect(identifierSubscripts('(ylog(y-hat) + (1-y)log(1 - y-hat))')).toBe('(ylog(\\hat{y}) + (1-y)log(1 - \\hat{y}))');
    expect(recogniseFormula('-(ylog(y-hat) + (1-y)log(1 - y-hat))')?.kind).toBe('ce_binary');
  });

  it('identifier-subscripts: a two-letter suffix that a longer name shares (hx_lb beside y_lb) is one subscript', () => {
    expect(recogniseFormula('J += ∑(-((log.(hx_lb))*y_lb)-(log.(1 .- hx_lb)*(1 .- y_lb)));')?.kind).toBe('ce_binary_batch');
  });
});
