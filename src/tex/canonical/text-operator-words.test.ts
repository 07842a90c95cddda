import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { bracedFunctionNames, bareFunctionNames, bareFunctionWords, guardedLogNames, bareLogWithBase, bareOptimiserWords, capitalisedLogWords, compoundLogWords, expAsPower, expectationMacros, gluedLogitBesideLogSumExp, gluedOperatorWords, logAfterSubscript, logAtGroupEnd, logGluedToSign, logLossNames, logSumExpName, optimiserVerbs, starredOperatorNames, translatedLogWords, textFunctionNames, softplusZeta } from './text-operator-words';

describe('text rules: operator names typed as letters', () => {
  it('log-at-group-end: a log closing a brace group takes what follows the group', () => {
    expect(logAtGroupEnd('\\sum_j{s_j\\log}\\hat{q}_j')).toBe('\\sum_j{s_j}\\log \\hat{q}_j');
    // A log alone in its group, or in a command's argument, stays.
    expect(logAtGroupEnd('\\operatorname{\\log}(u) + {\\log} q')).toBe('\\operatorname{\\log}(u) + {\\log} q');
    expect(recogniseFormula('l(s,\\widehat{q}) =-\\sum_{j=1}^{m}{s_j\\log}\\widehat{q_j}')?.kind).toBe('ce_multiclass');
  });

  it('log-glued-to-sign: \\cdotlog is \\cdot \\log', () => {
    expect(logGluedToSign('y_i\\cdotlog(p_i) + Y\\odotlog A')).toBe('y_i\\cdot \\log(p_i) + Y\\odot \\log A');
    // A product sign between a log and its argument goes; one after the argument stays.
    expect(logGluedToSign('-log \\cdot \\frac{a}{b} + \\ln\\cdot p \\cdot q')).toBe('-log  \\frac{a}{b} + \\ln  p \\cdot q');
    expect(recogniseFormula('L = -\\log \\cdot \\frac{\\exp(l_+ / \\tau)}{\\sum_n \\exp(l_n / \\tau)}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\frac{1}{m}\\sum_{i=1}^{m}y_i\\cdotlog(\\hat{y}_i) + (1- y_i)\\cdotlog(1 - \\hat{y}_i)')?.kind).toBe('ce_binary_batch');
  });

  it('text-function-names: a function name in text type is the function', () => {
    expect(textFunctionNames('\\log\\frac{1}{\\text{softmax}(z)_c} + \\textrm{ log }(p)')).toBe('\\log\\frac{1}{\\operatorname{softmax}(z)_c} + \\operatorname{log}(p)');
    expect(textFunctionNames('p \\mathrm{log}(q) + \\mathrm{ln}(x)\\,\\mathrm{d}x')).toBe('p \\operatorname{log}(q) + \\operatorname{ln}(x)\\,\\mathrm{d}x');
    expect(textFunctionNames('t_k \\mathrm{ld}\\, y_k + p \\operatorname{lb} q')).toBe('t_k \\log_{2}\\, y_k + p \\log_{2} q');
    expect(recogniseFormula('L = -(p \\, \\mathrm{log}(q) + (1 - p) \\, \\mathrm{log}(1 - q))')?.kind).toBe('ce_binary');
    // Prose stays prose.
    expect(textFunctionNames('\\text{loss} = x \\text{ where } y = 1')).toBe('\\text{loss} = x \\text{ where } y = 1');
    expect(recogniseFormula('\\ell = -\\log \\text{softmax}(z)_y')?.kind).toMatch(/^ce_/);
    expect(recogniseFormula('L = \\log\\frac{1}{\\text{softmax}(z)_c}')?.kind).toBe('ce_from_logits');
  });

  it('text-function-names, bare-function-names: an activation named with a capital (Softmax, Sigmoid) is the function', () => {
    expect(textFunctionNames('\\text{Softmax}(u) + \\mathrm{Sigmoid}(a) + \\text{Softness}(b)')).toBe('\\operatorname{softmax}(u) + \\operatorname{sigmoid}(a) + \\text{Softness}(b)');
    expect(bareFunctionNames('c \\log Softmax(u)')).toBe('c \\log \\operatorname{softmax}(u)');
    expect(recogniseFormula('T = \\frac{1}{M} \\sum_{j=1}^{M} -c_j \\log \\text{Softmax}\\left(\\frac{u_j}{\\tau}\\right)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('E = -t\\ln \\mathrm{Sigmoid}(a) - (1-t)\\ln(1-\\mathrm{Sigmoid}(a))')?.kind).toBe('ce_binary');
  });

  it('log-sum-exp-name: LSE(z) is log Σ exp(z)', () => {
    expect(logSumExpName('-z_y + \\mathrm{LSE}(z) + LSE(x)')).toBe('-z_y + \\log \\sum \\exp(z) + \\log \\sum \\exp(x)');
    expect(logSumExpName('ELSE(x) + \\mathrm{LSE}')).toBe('ELSE(x) + \\mathrm{LSE}');
    expect(recogniseFormula('L = -z_y + \\mathrm{LSE}(z)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\mathrm{LSE}(z) = \\log \\sum_j e^{z_j}')).toBeNull();
  });

  it('compound-log-words: library names holding a log', () => {
    expect(compoundLogWords('-log_softmax(z)[y] = -z_y + logsumexp(z)')).toBe('-\\log \\mathrm{softmax}(z)[y] = -z_y + \\log \\sum \\exp(z)');
    expect(compoundLogWords('\\operatorname{logsumexp}(a)')).toBe('\\log \\sum \\exp(a)');
    expect(compoundLogWords('\\text{logsoftmaxed}')).toBe('\\text{logsoftmaxed}');
  });

  it('compound-log-words: hyphenated or spaced upright names, and an escaped underscore', () => {
    expect(compoundLogWords('\\operatorname{log-softmax}(z)_c + \\text{log sum exp}(s)')).toBe('\\log \\mathrm{softmax}(z)_c + \\log \\sum \\exp(s)');
    expect(compoundLogWords('\\mathrm{Log-Sum-Exp}(a) - a_y')).toBe('\\log \\sum \\exp(a) - a_y');
    expect(compoundLogWords('\\log\\_softmax(z)')).toBe('\\log \\mathrm{softmax}(z)');
    // In math a bare hyphen is a minus: log - softmax stays two terms.
    expect(compoundLogWords('\\log p - softmax(z)')).toBe('\\log p - softmax(z)');
    expect(recogniseFormula('L = -\\sum_c y_c \\operatorname{log-softmax}(z)_c')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\sum_k t_k \\,\\text{log-softmax}(\\mathbf{s})_k')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('\\ell = \\text{log-sum-exp}(z) - z_y')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\sum_c y_c \\log\\_softmax(z)_c')?.kind).toBe('ce_from_logits');
    // The definition is no loss.
    expect(recogniseFormula('\\operatorname{log-softmax}(z)_i = z_i - \\log\\sum_j e^{z_j}')).toBeNull();
  });

  it('bare-log-with-base: NumPy names', () => {
    expect(bareLogWithBase('log2(p) + log10(q)')).toBe('log_{2}(p) + log_{10}(q)');
    // Before a letter after a space, the base too; a spaced or glued number stays the log's argument.
    expect(bareLogWithBase('-sum p*log2 p')).toBe('-sum p*log_{2} p');
    expect(bareLogWithBase('log2 \\hat{p}')).toBe('log_{2} \\hat{p}');
    expect(bareLogWithBase('log 2 p')).toBe('log 2 p');
    expect(bareLogWithBase('\\log2 = 0.69')).toBe('\\log2 = 0.69');
  });

  it('translated-log-words: logi (Swahili), 对数, 対数 and 로그 are the log', () => {
    expect(translatedLogWords('y logi(ŷ) + logi_2 p')).toBe('y \\log (ŷ) + \\log _2 p');
    // logit, a word in prose, and a name in \\text stay.
    expect(translatedLogWords('logit(p) + logistic(x) + \\text{logi (neno)}')).toBe('logit(p) + logistic(x) + \\text{logi (neno)}');
    // An entropy in a Swahili page is an entropy, not a cross-entropy of p against "i".
    expect(recogniseFormula('H(X) = −Σₓ p(x) logi₂ p(x)')?.kind).toBe('entropy');
    // Chinese, Japanese and Korean words for the log, before a bracket (a formula translated word by word).
    expect(translatedLogWords('-(P(0)*对数(Q(0)) + P(1)*对数(Q(1)))')).toBe('-(P(0)*\\log (Q(0)) + P(1)*\\log (Q(1)))');
    expect(translatedLogWords('t 対数(y) + 로그(p)')).toBe('t \\log (y) + \\log (p)');
    expect(recogniseFormula('H(P，Q)=–(P(0 级)*对数(Q(0 级))+P(1 级)*对数(Q(1 级))')?.kind).toBe('ce_multiclass');
    // The word in prose, with no bracket after it, stays.
    expect(translatedLogWords('\\text{取对数} x')).toBe('\\text{取对数} x');
    expect(recogniseFormula('L = −[y logi(ŷ) + (1−y) logi(1−ŷ)]')?.kind).toBe('ce_binary');
  });

  it('glued-operator-words: a one- or two-letter symbol glued to log or ln', () => {
    expect(gluedOperatorWords('yln(f(x))')).toBe('y ln(f(x))');
    expect(gluedOperatorWords('tlog y')).toBe('t log y');
    // Under a sum sign, two letters each side: a rendered formula copied with its subscripts flattened.
    expect(gluedOperatorWords('E=−∑tklogyK')).toBe('E=−∑tk log yK');
    expect(recogniseFormula('E=−∑tklogyK')?.kind).toBe('ce_multiclass');
    // Without one, a word stays a word.
    expect(gluedOperatorWords('x = eulogy + analog')).toBe('x = eulogy + analog');
    expect(gluedOperatorWords('yln\\hat{y}')).toBe('y ln\\hat{y}');
    expect(gluedOperatorWords('-(ylogp + (1-y)log(1-p))')).toBe('-(y log p + (1-y)log(1-p))');
    expect(gluedOperatorWords('xlnx')).toBe('x ln x');
    // Words stay words: three letters or more, prose, command names.
    expect(gluedOperatorWords('catalog(x) \\text{yln(x)} \\coln(x)')).toBe('catalog(x) \\text{yln(x)} \\coln(x)');
  });

  it('bare-function-words: log, ln, exp become commands outside text', () => {
    expect(bareFunctionWords('p log(q) \\text{log loss}')).toBe('p \\log (q) \\text{log loss}');
    expect(bareFunctionWords('logistic login')).toBe('logistic login');
    expect(bareFunctionWords('-lnq_3^L + lnx')).toBe('-\\ln q_3^L + \\ln x');
    expect(bareFunctionWords('lnk lnab')).toBe('\\ln k lnab');
  });

  it.each([
    ['spaced', 'L = -[y log \\hat{y} + (1-y) log(1-\\hat{y})]', 'ce_binary'],
    ['glued', 'L = -(yln(f(x)) + (1-y)ln(1-f(x)))', 'ce_binary'],
    ['after a thin space', 'E = -\\sum_k t_k\\,ln(p_k)', 'ce_multiclass'],
    ['a log with a bracket left open', 'L = -(ylog(\\hat{y}) + (1-y)log(1-\\hat{y})', 'ce_binary'],
    ['library names', '-log_softmax(z)[y] = -z_y + logsumexp(z)', 'ce_from_logits'],
    ['glued, one class', 'H = -\\sum_i p_i log q_i', 'ce_multiclass'],
  ])('recognises %s operator words', (_name, tex, kind) => {
    expect(recogniseFormula(tex)?.kind).toBe(kind);
  });

  it('capitalised-log-words: Log and Ln with a capital are the log', () => {
    expect(capitalisedLogWords('\\operatorname{Log}(a) + \\mathrm{Ln}\\, b')).toBe('\\log (a) + \\ln \\, b');
    expect(capitalisedLogWords('-s Log g + (1 - s) LOG(1 - g)')).toBe('-s \\log  g + (1 - s) \\log (1 - g)');
    // A name, and prose in text, keep their capital.
    expect(capitalisedLogWords('\\text{Log Loss} = Log Loss')).toBe('\\text{Log Loss} = Log Loss');
    expect(capitalisedLogWords('LogSoftmax(z)')).toBe('LogSoftmax(z)');
    expect(recogniseFormula('\\ell = -\\sum_j s_j \\operatorname{Log} g_j')?.kind).toBe('ce_multiclass');
  });

  it('starred-operator-names: \\operatorname*{log} is \\operatorname{log}', () => {
    expect(starredOperatorNames('u \\operatorname*{log} v + \\operatorname * {argmax}')).toBe('u \\operatorname{log} v + \\operatorname {argmax}');
    expect(recogniseFormula('L = -\\sum_{k} u_k \\operatorname*{log} v_k')?.kind).toBe('ce_multiclass');
  });

  it('exp-as-power: \\exp^{x} is e^{x}', () => {
    expect(expAsPower('\\frac{1}{1 + \\exp^{-z}}')).toBe('\\frac{1}{1 + e^{-z}}');
    expect(expAsPower('\\exp ^ z_j + \\exp(x) + \\expect')).toBe('e^ z_j + \\exp(x) + \\expect');
    expect(recogniseFormula('L = -\\log \\frac{1}{1 + \\exp^{-z}}')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = -\\log \\frac{\\exp^{z_y}}{\\sum_j \\exp^{z_j}}')?.roles.prediction).toBe('z');
    expect(recogniseFormula('\\mathcal{L}_{u} = \\mathbb{E}_{v \\sim V} [ -\\log \\frac{1}{1 + \\exp^{-f(v)}} ]')?.kind).toBe('ce_expectation');
  });

  it('bare-function-names: sigmoid, softmax, softplus and tanh without a backslash', () => {
    expect(bareFunctionNames('s sigmoid(u) + softplus(-u)')).toBe('s \\operatorname{sigmoid}(u) + \\operatorname{softplus}(-u)');
    expect(bareFunctionNames('\\mathrm{softmax}(u) + log_softmax(u)')).toBe('\\mathrm{softmax}(u) + log_softmax(u)');
    expect(recogniseFormula('\\ell = -(s \\log sigmoid(u) + (1 - s) \\log(1 - sigmoid(u)))')?.kind).toBe('ce_binary');
  });

  it('optimiser-verbs: minimize and maximize typed as words are the optimiser', () => {
    expect(optimiserVerbs('Minimize −(1/n) Σ x')).toBe('\\min −(1/n) Σ x');
    expect(optimiserVerbs('\\text{minimise}_w f')).toBe('\\min_w f');
    expect(optimiserVerbs('\\iff maximize \\ell')).toBe('\\iff \\max \\ell');
    // argmax named in a roman font, its limits starred or not, a thin space inside.
    expect(optimiserVerbs('\\operatorname*{arg\\,max}_{\\theta} f + \\mathrm{arg min}_w g')).toBe('\\arg\\max_{\\theta} f + \\arg\\min_w g');
    expect(recogniseFormula('\\theta^* = \\operatorname*{arg\\,max}_{\\theta} \\mathop{\\prod}\\limits \\hat y_i^{y_i}(1-\\hat y_i)^{1-y_i}')?.kind).toBe('likelihood_product');
    // Inside a sentence, or not at the start of the formula or after a relation, the word stays.
    expect(optimiserVerbs('f = a + minimize b')).toBe('f = a + minimize b');
    expect(optimiserVerbs('\\text{we minimize } f')).toBe('\\text{we minimize } f');
    expect(recogniseFormula('⟺  Minimize  −(1/n) Σᵢ [ uᵢ log qᵢ + (1−uᵢ) log(1−qᵢ) ]  =  BCE')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('\\text{minimize } -\\frac{1}{n}\\sum_i [u_i \\log q_i + (1-u_i)\\log(1-q_i)]')?.kind).toBe('ce_binary_batch');
    // The optimiser set as an operator by hand.
    expect(optimiserVerbs('\\mathop{\\arg\\max}\\limits_{y} f')).toBe('\\arg\\max_{y} f');
    expect(optimiserVerbs('\\mathop{\\mathrm{arg\\,min}}_w f')).toBe('\\arg\\min_w f');
    // Naive Bayes' decision rule adds two opaque logs: no likelihood of targets, no badge.
    expect(recogniseFormula('y^* = \\mathop{\\arg\\max}\\limits_{y} \\big( \\log p(y) + \\log p(\\mathbf{x} \\mid y) \\big)')).toBeNull();
  });

  it('bare-optimiser-words: argmin and argmax typed as letters are the optimiser', () => {
    expect(bareOptimiserWords('w = argmin_w f(w)')).toBe('w = \\operatorname{argmin}_w f(w)');
    expect(bareOptimiserWords('\\theta = arg max f')).toBe('\\theta = \\operatorname{argmax} f');
    expect(bareOptimiserWords('arg \\min_{\\pi} f')).toBe('\\operatorname{argmin}_{\\pi} f');
    // Inside a longer word, after a backslash, or in prose, the letters stay.
    expect(bareOptimiserWords('\\arg\\min_w + largmax + \\text{argmin of } x')).toBe('\\arg\\min_w + largmax + \\text{argmin of } x');
    expect(recogniseFormula('ŵ = argmin  −∑ᵢ [uᵢ log qᵢ + (1−uᵢ) log(1−qᵢ)]  +  λ‖w‖²')?.kind).toBe('ce_binary_batch');
  });

  it('log-after-subscript: after a one-character subscript, log starts a new factor (y_ilogp_i)', () => {
    expect(logAfterSubscript('-y_ilogp_i')).toBe('-y_i log p_i');
    expect(logAfterSubscript('u_ilog \\hat{q}_i + (1-u_i)log(1-\\hat{q}_i)')).toBe('u_i log  \\hat{q}_i + (1-u_i)log(1-\\hat{q}_i)');
    expect(recogniseFormula('E = -\\sum_{k}s_klog q_k')?.kind).toBe('ce_multiclass');
    expect(recogniseFormula('J = -\\frac{1}{n}\\sum_{i=1}^{n}\\left[u_ilog\\hat{q}_i+(1-u_i)log(1-\\hat{q}_i)\\right]')?.kind).toBe('ce_binary_batch');
    // logit after a subscript is the word.
    expect(logAfterSubscript('z_ilogit')).toBe('z_ilogit');
    expect(recogniseFormula('Loss=-u_ilogq_i-(1-u_i)log(1-q_i)')?.kind).toBe('ce_binary');
    // A longer subscript word stays a word.
    expect(logAfterSubscript('x_{ilog}')).toBe('x_{ilog}');
    // The log's base follows the word: -Σ r_ilog_2s_i is a log to base 2.
    expect(logAfterSubscript('r_ilog_2s_i')).toBe('r_i log _2s_i');
    expect(recogniseFormula('H = -\\sum\\limits_{k=0}^{K}r_klog_2s_k')?.roles.logBase).toBe('2');
  });

  it('expectation-macros: a book’s macro with a capital E and a draw under it is the expectation', () => {
    expect(expectationMacros('-\\Ex_{u \\sim r} \\ln s(u)')).toBe('-\\mathbb{E}_{u \\sim r} \\ln s(u)');
    expect(recogniseFormula('H(r, s) = -\\SetE_{u\\sim r} \\ln s(u)')?.kind).toBe('ce_expectation');
    expect(recogniseFormula('-\\Expect_{u \\sim r}[\\ln s(u)]')?.kind).toBe('ce_expectation');
    // No draw under it, or a known command: as written.
    expect(expectationMacros('\\EE_{k} a')).toBe('\\EE_{k} a');
    expect(expectationMacros('\\sum_{u \\sim r} a')).toBe('\\sum_{u \\sim r} a');
  });

  it('glued-logit-beside-log-sum-exp: beside LSE(z), z with a letter glued on is the logit at that class', () => {
    expect(gluedLogitBesideLogSumExp('E = -uq + \\mathrm{LSE}(u)')).toBe('E = -u_{q} + \\mathrm{LSE}(u)');
    expect(recogniseFormula('E = -uq + logsumexp(u)')).toMatchObject({ kind: 'ce_from_logits', roles: { target: 'q', prediction: 'u' } });
    // A formula that writes u's subscript itself, or no log-sum-exp by name: as written.
    expect(gluedLogitBesideLogSumExp('E = -u_q + uq + LSE(u)')).toBe('E = -u_q + uq + LSE(u)');
    expect(gluedLogitBesideLogSumExp('E = -uq + \\log \\sum_j e^{u_j}')).toBe('E = -uq + \\log \\sum_j e^{u_j}');
  });

  it("log-loss-names: logloss and log_loss are the log loss's name, not the log of a loss", () => {
    expect(logLossNames('logloss = -mean(y) + log_loss + log\\_loss + LogLoss')).toBe('\\operatorname{LogLoss} = -mean(y) + \\operatorname{LogLoss} + \\operatorname{LogLoss} + \\operatorname{LogLoss}');
    expect(logLossNames('\\text{logloss} + logLosses')).toBe('\\text{logloss} + logLosses');
    // No sign slip is claimed for the name on the left.
    expect(recogniseFormula('log\\_loss = -\\frac{1}{N}\\sum_i y_i \\log p_i')?.diagnostics).toEqual([]);
  });

  it('braced-function-names: braces round a function name alone scope nothing (MathType, Word)', () => {
    expect(bracedFunctionNames('r_{k}{\\operatorname{log}}{s_{k}}')).toBe('r_{k}\\operatorname{log} {s_{k}}');
    expect(recogniseFormula('E=-{\\sum_{k}{r_{k}{\\rm{log}}{s_{k}}}}')?.roles).toMatchObject({ target: 'r_k', prediction: 's_k' });
    expect(recogniseFormula('E=-\\sum_{k}r_{k}{\\log}{s_{k}}')?.roles).toMatchObject({ target: 'r_k', prediction: 's_k' });
    // Braces round a log with its argument are a group.
    expect(bracedFunctionNames('{\\log s}')).toBe('{\\log s}');
  });

  it('bare-function-words: lg typed as letters before its argument is the log', () => {
    expect(recogniseFormula('J = −Σ_k u_k lg q_k')?.roles).toMatchObject({ target: 'u_k', prediction: 'q_k' });
    expect(bareFunctionWords('algebra + lg')).toBe('algebra + lg');
  });

  it("softplus-zeta: the deep-learning book's ζ round a label times a score is the softplus", () => {
    expect(softplusZeta('J = \\zeta((1-2y)z)')).toBe('J = \\operatorname{softplus}((1-2y)z)');
    expect(recogniseFormula('J = \\zeta((1-2y)z)')?.kind).toBe('ce_from_logits');
    expect(recogniseFormula('L = \\zeta(-y_i w^T x_i)')?.roles).toMatchObject({ target: 'y_i', labels: 'plusMinusOne' });
    // Riemann's ζ, of a number or of s alone, stays.
    expect(softplusZeta('\\zeta(s) = \\sum_n n^{-s} + \\zeta(2)')).toBe('\\zeta(s) = \\sum_n n^{-s} + \\zeta(2)');
  });

  it('guarded-log-names: a helper that guards a log against 0 (safe_log, epsLog, log_clip) is the log', () => {
    expect(guardedLogNames('-sum(y * safe_log(p)) + stableLog(q) + log_eps(r) + clipped_log(s)')).toBe('-sum(y * log(p)) + log(q) + log(r) + log(s)');
    // Not called, the name is a variable's (log_eps = np.log(eps)); a word that only starts so stays.
    expect(guardedLogNames('log_eps + safe_logits(z)')).toBe('log_eps + safe_logits(z)');
    expect(recogniseFormula('loss = -y * stable_log(p) - (1 - y) * stable_log(1 - p)')?.kind).toBe('ce_binary');
  });
});
