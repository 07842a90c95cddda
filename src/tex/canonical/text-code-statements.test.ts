import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { anonymousFunctions, appendedValues, atomicUpdates, blockCommentMargins, diffMarkers, equalityAssertions, lineContinuations, sigilVariables, codeLineStatements, returnKeyword, trailingCodeComments, tupleAssignments } from './text-code-statements';

describe('text rules: code laid out in statements', () => {
  it('appended-values: a statement that stores one value in a list is that value', () => {
    expect(appendedValues('losses.push(-Math.log(p[y]));')).toBe('-Math.log(p[y])');
    expect(appendedValues('a.append(b) + c')).toBe('a.append(b) + c');
    expect(atomicUpdates('atomicAdd(&e, -u[i] * logf(v[i]));')).toBe('e += -u[i] * logf(v[i]);');
    expect(atomicUpdates('atomicAdd(&e, a) + b')).toBe('atomicAdd(&e, a) + b');
    expect(recogniseFormula('perdas.append(-math.log(p) if rotulo == 1 else -math.log(1.0 - p))')?.kind).toBe('ce_binary');
  });

  it("tuple-assignments: Python's a, b = x, y is one statement per name", () => {
    expect(tupleAssignments('log_p, log_q = self.logsigmoid(), (-self).logsigmoid()')).toBe('log_p = self.logsigmoid();\nlog_q = (-self).logsigmoid()');
    expect(tupleAssignments('x, y = (f(a, b), g(c))')).toBe('x = f(a, b);\ny = g(c)');
    // Counts that differ, and TeX, stay.
    expect(tupleAssignments('p, q = 1, 2, 3')).toBe('p, q = 1, 2, 3');
    expect(tupleAssignments('a, b = \\log x, y')).toBe('a, b = \\log x, y');
    // Two log-sigmoids named, no loss: not a cross-entropy of self and the sigmoid.
    expect(recogniseFormula('log_p, log_1_minus_p = self.logsigmoid(), (-self).logsigmoid()')?.kind ?? null).toBeNull();
  });

  it('trailing-code-comments: a comment after the formula on its line goes', () => {
    expect(trailingCodeComments('loss = -sum(y*log(p))  # cross-entropy')).toBe('loss = -sum(y*log(p))');
    expect(trailingCodeComments('a = b    //want to maximize\n c = d // note')).toBe('a = b\n c = d');
    // A comparison in the comment is no equation going on.
    expect(trailingCodeComments('  u*ln(v)   // if u == 1, only this term counts\n + (1-u)*ln(1-v) // if u <= 0, this one')).toBe('  u*ln(v)\n + (1-u)*ln(1-v)');
    expect(trailingCodeComments('return -np.mean(u * np.log(v)) # [cite: 17, 20]')).toBe('return -np.mean(u * np.log(v))');
    // An escaped \\#, a division and a comment marker before a number stay.
    expect(trailingCodeComments('\\# x + a // 2 + b # 3')).toBe('\\# x + a // 2 + b # 3');
    expect(recogniseFormula('log(L) = ∑(yi*log(p) + (1-yi)*log(1-p))       //want to maximize log-likelihood')?.kind).toBe('log_likelihood');
    // Inside the $ … $ a page left on, the closing $ stays for the delimiters' rule.
    expect(trailingCodeComments('$return -np.mean(y * np.log(p)) # [cite: 17, 20]$')).toBe('$return -np.mean(y * np.log(p))$');
    expect(recogniseFormula('$return -np.mean(np.sum(y_true * np.log(y_pred), axis=-1)) # [cite: 17, 20]$')?.kind).toBe('ce_multiclass_batch');
  });

  it("return-keyword: R's return(…) hands back its bracket", () => {
    expect(returnKeyword('return(-sum(u * log(v)))')).toBe('-sum(u * log(v))');
    expect(returnKeyword('return(a) + b')).toBe('return(a) + b');
    // After a one-line function's head, Python's or JavaScript's.
    expect(returnKeyword('def ce(u, v): return -np.sum(u * np.log(v))')).toBe('-np.sum(u * np.log(v))');
    expect(returnKeyword('function ce(u, v) { return -sum(u .* log(v)); }')).toBe('-sum(u .* log(v))');
    expect(recogniseFormula('def ce(target, output): return -np.sum(target * np.log(output))')?.kind).toBe('ce_multiclass');
    // After another statement, on its own line or joined to it by a space.
    expect(returnKeyword('m = len(u); return -np.sum(u * np.log(v)) / m')).toBe('m = len(u); -np.sum(u * np.log(v)) / m');
    expect(returnKeyword('m = u.shape[0] return -np.sum(u * np.log(v)) / m')).toBe('m = u.shape[0];\n-np.sum(u * np.log(v)) / m');
    expect(recogniseFormula('m = u.shape[0] return -np.sum(u * np.log(v)) / m')?.kind).toBe('ce_multiclass_batch');
    // A word return in prose (TeX) is left to the prose rules.
    expect(returnKeyword('\\text{we return } x')).toBe('\\text{we return } x');
  });

  it('block-comment-margins: the * opening a continued line of a block comment is its margin, not a product', () => {
    expect(blockCommentMargins('a \\ln\n *    (1 - b)')).toBe('a \\ln\n    (1 - b)');
    expect(blockCommentMargins('a\n ** 2 + c * d\n*/')).toBe('a\n ** 2 + c * d\n*/');
    expect(recogniseFormula('J = - \\sum_{j=1}^M \\{obs^j \\ln net(u^j) + (1-obs^j) \\ln\n *     (1-net(u^j))\\}')?.kind).toBe('ce_binary_batch');
  });

  it('return-keyword: a code line handing the loss back is the loss', () => {
    expect(returnKeyword('return -np.sum(t * np.log(y))')).toBe('-np.sum(t * np.log(y))');
    expect(returnKeyword('returns -x')).toBe('returns -x');
    expect(recogniseFormula('return -np.sum(s * np.log(a + 1e-7)) / batch_size')?.kind).toBe('ce_multiclass_batch');
    expect(recogniseFormula('return -np.sum(s * np.log(a))')?.kind).toBe('ce_multiclass');
    // R's return(…) with a full stop or comma after it, as prose ends the line.
    expect(returnKeyword('return(-logL).')).toBe('-logL');
    expect(recogniseFormula('return(-logL),')).toBeNull();
  });

  it('return-keyword: a guard before the return (if (…) return …) says when the line runs; the loss is what it returns', () => {
    expect(returnKeyword('if (this.kind === "bin") return -Math.log(q);')).toBe('-Math.log(q);');
    expect(returnKeyword('if (k > 0) { return -log(q) }')).toBe('-log(q)');
    expect(returnKeyword('if (k > 0) x = 1')).toBe('if (k > 0) x = 1');
  });

  it('code-line-statements: a code line that closes its brackets, before a line that assigns, ends its statement', () => {
    expect(codeLineStatements('u = z[c]\nloss = -u + log(sum(exp(z)))')).toBe('u = z[c];\nloss = -u + log(sum(exp(z)))');
    expect(recogniseFormula('picked = z[np.arange(n), c]\nloss = -picked + np.log(np.sum(np.exp(z), axis=-1))')?.kind).toBe('ce_from_logits');
    // A line left open (a bracket, an operator) runs on; TeX's lines are one display.
    expect(codeLineStatements('loss = -np.sum(c *\n  np.log(q))')).toBe('loss = -np.sum(c *\n  np.log(q))');
    // A loop's header without braces runs on into its body.
    expect(codeLineStatements('for (j = 0; j < n; ++j)\n  loss -= log(q[j]);')).toBe('for (j = 0; j < n; ++j)\n  loss -= log(q[j]);');
    expect(recogniseFormula('for (size_t j = 0; j < q.size(); ++j)\n  e += -c[j] * std::log(q[j]) -\n    (1 - c[j]) * std::log(1 - q[j]);')?.kind).toBe('ce_binary_batch');
    expect(codeLineStatements('L = -\\sum_i \\log q_i \\text{ where }\n c_i = 1')).toBe('L = -\\sum_i \\log q_i \\text{ where }\n c_i = 1');
  });

  it("anonymous-functions: MATLAB's @(y, p) before the body is its argument list", () => {
    expect(anonymousFunctions('loss = @(y, p) -mean(y .* log(p))')).toBe('loss = -mean(y .* log(p))');
    expect(recogniseFormula('cross_entropy_loss = @(y, y_pred) -mean(y .* log(y_pred) + (1 - y) .* log(1 - y_pred));')?.kind).toBe('ce_binary_batch');
    expect(anonymousFunctions('a @(b) c')).toBe('a @(b) c');
    // JavaScript's arrow function with an expression body; one with a block stays for the block rules.
    expect(anonymousFunctions('const e = (w, b) => -mean(u * log(v))')).toBe('const e = -mean(u * log(v))');
    expect(anonymousFunctions('const e = (w) => { return 1; }')).toBe('const e = (w) => { return 1; }');
  });

  it("anonymous-functions: R's function(…) before its body, bare or braced, is its argument list", () => {
    expect(anonymousFunctions('ce = function(y, h) -(y * log(h))')).toBe('ce = -(y * log(h))');
    expect(anonymousFunctions('ce = function(y, h) { -sum(y * log(h)) }')).toBe('ce = -sum(y * log(h))');
    expect(anonymousFunctions('ce = function(y, h) { return(-sum(y * log(h))) }')).toBe('ce = -sum(y * log(h))');
    // A body of several statements is left to the rules that read statements.
    expect(anonymousFunctions('ce = function(y, h) { n = 2; -sum(y * log(h)) / n }')).toBe('ce = function(y, h) { n = 2; -sum(y * log(h)) / n }');
  });

  it("diff-markers: a diff's + or − before an indented statement is the diff's, not the value's sign", () => {
    expect(diffMarkers('+    return -np.log(u[k])')).toBe('    return -np.log(u[k])');
    expect(diffMarkers('-    v = a - b\n+    v = a + b')).toBe('    v = a - b\n    v = a + b');
    // A sign before a value, or one space only, stays.
    expect(diffMarkers('-  \\log v')).toBe('-  \\log v');
    expect(diffMarkers('- return x')).toBe('- return x');
    expect(diffMarkers('-    a == b')).toBe('-    a == b');
  });

  it("sigil-variables: PHP's and Perl's $ before a name only marks it", () => {
    expect(sigilVariables('$e -= $u[$i] * log($v[$i]);')).toBe('e -= u[i] * log(v[i]);');
    expect(sigilVariables('my $e = -($u * log($v));')).toBe('e = -(u * log(v));');
    // TeX's dollars delimit math; a lone price stays.
    expect(sigilVariables('$e = -\\log v$ and $u$')).toBe('$e = -\\log v$ and $u$');
    expect(sigilVariables('$e = u$ costs $5')).toBe('$e = u$ costs $5');
    expect(sigilVariables('$u = 1$ and $v = 0.5$')).toBe('$u = 1$ and $v = 0.5$');
  });

  it('sigil-variables: PHP names in a formula where every $ opens a name', () => {
    expect(sigilVariables('return -($y * log($p) + (1 - $y) * log(1 - $p));')).toBe('return -(y * log(p) + (1 - y) * log(1 - p));');
    // Math between dollars closes on a $ after its content.
    expect(sigilVariables('$y$ and $p$')).toBe('$y$ and $p$');
    expect(recogniseFormula('return -($y * log($p) + (1 - $y) * log(1 - $p));')?.kind).toBe('ce_binary');
  });

  it("line-continuations: MATLAB's ... and Python's backslash at a line's end join the lines; TeX's \\\\ and a typed ellipsis stay", () => {
    expect(lineContinuations('J = -mean(a) ...\n    + r;')).toBe('J = -mean(a) + r;');
    expect(lineContinuations('J = a ... % the penalty\n+ r')).toBe('J = a + r');
    expect(lineContinuations('l = -(y * log(p) + \\\n    (1 - y))')).toBe('l = -(y * log(p) + (1 - y))');
    expect(lineContinuations('a \\\\\n b')).toBe('a \\\\\n b');
    expect(lineContinuations('x_1 + ...\n+ x_n')).toBe('x_1 + ...\n+ x_n');
    expect(recogniseFormula('J = -mean(y .* log(h) + (1 - y) .* log(1 - h)) ...\n    + sum(theta(2:end) .^ 2) * lambda/m/2 ;')?.kind).toBe('ce_binary_batch');
  });

  it('equality-assertions: a test asserting two values equal is their equation; other assertions stay', () => {
    expect(equalityAssertions('assert.equal(ce(p, 1), -Math.log(p[1]));')).toBe('ce(p, 1) = -Math.log(p[1])');
    expect(equalityAssertions('self.assertAlmostEqual(loss, -np.log(q[2]), places=5)')).toBe('loss = -np.log(q[2])');
    expect(equalityAssertions('expect(ce(p, 1)).toBeCloseTo(-Math.log(p[1]), 6);')).toBe('ce(p, 1) = -Math.log(p[1])');
    expect(equalityAssertions('assert(x > 0)')).toBe('assert(x > 0)');
    expect(equalityAssertions('assert.equal(a, b) || c')).toBe('assert.equal(a, b) || c');
    expect(recogniseFormula('np.testing.assert_allclose(bce, -(y * np.log(p) + (1 - y) * np.log(1 - p)), rtol=1e-6)')?.kind).toBe('ce_binary');
  });

  it("return-keyword: a function's head before a body that chooses what to return goes", () => {
    const tex = 'def LogLoss(yHat, y):\n  if y == 1:\n    return -log(yHat)\n  else:\n    return -log(1 - yHat)';
    expect(recogniseFormula(tex)?.kind).toBe('ce_binary');
    expect(recogniseFormula(tex.replace('LogLoss', 'f'))?.kind).toBe('ce_binary');
  });

  it("appended-values: C++'s push_back stores one value", () => {
    expect(appendedValues('losses.push_back(neg(log(probs[target_id])));')).toBe('neg(log(probs[target_id]))');
    expect(recogniseFormula('losses.push_back(neg(log(probs[target_id])));')?.kind).toBe('ce_multiclass');
  });

  it("anonymous-functions: an R function named for the log loss (logloss <- function(y, p) …)", () => {
    expect(recogniseFormula('logloss <- function(y, p) -mean(y * log(p) + (1 - y) * log(1 - p))')?.kind).toBe('ce_binary_batch');
  });
});
