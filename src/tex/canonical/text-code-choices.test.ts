import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { booleanComplements, bracketedConditionals, choiceCalls, laxConds, listComprehensions, ternaryExpressions, undefinedFallbacks } from './text-code-choices';

describe('text rules: the choices code writes between a label\'s two values', () => {
  it("ternary-expressions: C's and JavaScript's t === 1 ? a : b is the two rows of a cases block", () => {
    expect(ternaryExpressions('l = -(y == 1 ? log(p) : log(1 - p))')).toBe('l = -(\\begin{cases} log(p) & y = 1 \\\\ log(1 - p) & \\text{otherwise} \\end{cases})');
    expect(recogniseFormula('return -weight * (target === 1 ? Math.log(yc) : Math.log(1 - yc));')?.roles).toMatchObject({ target: 'target', prediction: 'yc', weight: 'weight' });
    expect(recogniseFormula('loss = y == 1 ? -log(p) : -log(1 - p);')?.kind).toBe('ce_binary');
    // A choice whose test compares nothing, and a question mark alone, stay.
    expect(ternaryExpressions('x = a ? b : c')).toBe('x = a ? b : c');
    // A bare label before two logs is the label's test.
    expect(ternaryExpressions('l = -(u[i] ? log(v) : log(1 - v))')).toBe('l = -(\\begin{cases} log(v) & u[i] = 1 \\\\ log(1 - v) & \\text{otherwise} \\end{cases})');
    expect(ternaryExpressions('p(y|x) = ?')).toBe('p(y|x) = ?');
  });

  it("bracketed-conditionals: Python's a if y else b inside a bracket is a cases block", () => {
    expect(bracketedConditionals('l = -(log(q) if c == 1 else log(1 - q))')).toBe('l = -(\\begin{cases} log(q) & c = 1 \\\\ log(1 - q) & \\text{otherwise} \\end{cases})');
    // A bare label is its test for 1; a comprehension's loop after the choice stays outside it.
    expect(bracketedConditionals('[-log(q) if c else -log(1 - q) for q, c in rows]')).toBe('[\\begin{cases} -log(q) & c = 1 \\\\ -log(1 - q) & \\text{otherwise} \\end{cases} for q, c in rows]');
    expect(recogniseFormula('return [-(math.log(max(q, 1e-12)) if c else math.log(max(1 - q, 1e-12))) for q, c in rows]')?.kind).toBe('ce_binary');
    // An if with no else, or at the top level (read by conditional-expressions), stays.
    expect(bracketedConditionals('f(x if x > 0)')).toBe('f(x if x > 0)');
    expect(bracketedConditionals('l = a if c else b')).toBe('l = a if c else b');
  });

  it('list-comprehensions: a list comprehension outside a sum is each item\'s value', () => {
    expect(listComprehensions('info = [log2(1/q) for q in probs]')).toBe('info = (log2(1/q))');
    expect(recogniseFormula('info = [math.log2(1/q) for q in probs]')).toBeNull();
    // An index in brackets stays.
    expect(listComprehensions('v[i for i in r]')).toBe('v[i for i in r]');
  });

  it("lax-conds: JAX's lax.cond applies each branch to the operand", () => {
    expect(laxConds('lax.cond(c == 1, lambda w: jnp.log(w), lambda w: jnp.log(1 - w), q)')).toBe('\\begin{cases} jnp.log(q) & c = 1 \\\\ jnp.log(1 - q) & \\text{otherwise} \\end{cases}');
    expect(recogniseFormula('ll = lax.cond(c == 1, lambda w: jnp.log(w), lambda w: jnp.log(1 - w), q)')?.kind).toBe('log_likelihood');
    expect(laxConds('lax.cond(flag, f, g, x)')).toBe('lax.cond(flag, f, g, x)');
  });

  it("choice-calls: R's ifelse and NumPy's where choose between the label's two values", () => {
    expect(choiceCalls('ifelse(c, q, 1-q)')).toBe('(\\begin{cases} q & c = 1 \\\\ 1-q & \\text{otherwise} \\end{cases})');
    expect(choiceCalls('np.where(c == 1, q, 1 - q)')).toBe('(\\begin{cases} q & c = 1 \\\\ 1 - q & \\text{otherwise} \\end{cases})');
    expect(recogniseFormula('sum(log(ifelse(won, q, 1 - q))) / n')).toMatchObject({ kind: 'log_likelihood', roles: { target: 'won', prediction: 'q' } });
    expect(recogniseFormula('-np.mean(np.log(np.where(c == 1, q, 1 - q)))')?.kind).toBe('ce_binary_batch');
    expect(recogniseFormula('-torch.where(c == 1, torch.log(q), torch.log(1 - q)).sum()')?.kind).toBe('ce_binary_batch');
    // A where with another arity, or no test of a label, is left alone.
    expect(choiceCalls('np.where(c == 1)')).toBe('np.where(c == 1)');
    expect(choiceCalls('where(x + 1, a, b)')).toBe('where(x + 1, a, b)');
  });

  it('boolean-complements: a label negated by ~ or ! in brackets beside the label is 1 − the label', () => {
    expect(booleanComplements('-(same*log(c)+(~same)*log(1-c))')).toBe('-(same*log(c)+(1 - same)*log(1-c))');
    expect(booleanComplements('(!y) * log(1 - p) + y * log(p)')).toBe('(1 - y) * log(1 - p) + y * log(p)');
    // Not beside the label, or TeX (where ~ is a space): left.
    expect(booleanComplements('(~mask) * x')).toBe('(~mask) * x');
    expect(booleanComplements('-(y \\log p + (~y)\\log(1-p))')).toBe('-(y \\log p + (~y)\\log(1-p))');
    expect(recogniseFormula('persist = -(same*math.log(c)+(~same)*math.log(1-c)).sum((-2,-1))')?.kind).toBe('ce_binary_batch');
  });

  it('undefined-fallbacks: a value guarded by a test whose other branch is no number is the value', () => {
    expect(undefinedFallbacks('ce = lse(z) - z[t] if t >= 0 else math.nan')).toBe('ce = lse(z) - z[t]');
    expect(undefinedFallbacks('a if y else b')).toBe('a if y else b');
    expect(recogniseFormula('ce = _logsumexp(logits) - logits[target] if target >= 0 else math.nan')?.kind).toBe('ce_from_logits');
  });

  it('bracketed-conditionals: a predicate called on the sample is the label', () => {
    expect(recogniseFormula('s += -(math.log(p) if W(e) else math.log(1-p))')?.kind).toBe('ce_binary_batch');
  });

  it('list-comprehensions: an item that indexes twice over (z[j, y[j]])', () => {
    expect(listComprehensions('([z[j, y[j]] for j in range(n)])')).toBe('((z[j, y[j]]))');
    expect(recogniseFormula('return -np.log(np.array([z[j, y[j]] for j in range(len(y))]))')?.kind).toBe('ce_multiclass');
  });

  it("ternary-expressions: C#'s Math.Log on both sides makes a bare boolean the label", () => {
    expect(recogniseFormula('Loss = isSuccess ? -Math.Log(yHat + 1e-9) : -Math.Log(1.0 - yHat + 1e-9)')?.kind).toBe('ce_binary');
  });
});
