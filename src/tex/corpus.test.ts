// Every corpus item and every formula of the seed page is a case.
import { describe, expect, it } from 'vitest';
import { acceptedKinds, loadFormulas, roleAgreement, seedFormulas } from './corpus';
import { analyseFormula, recogniseFormula } from './index';
import { registeredKinds } from './registry';
import './kinds';

const formulas = loadFormulas();

describe('corpus formulas', () => {
  it.each(formulas.map((item) => [item.id, item] as const))('%s gets a kind its label accepts', (_id, item) => {
    const recognition = recogniseFormula(item.tex);
    const accepted = acceptedKinds(item.label);
    if (accepted !== 'any') expect(accepted).toContain(recognition?.kind ?? null);
    if (recognition && accepted !== 'any' && !accepted.includes(null)) {
      const agreement = roleAgreement(recognition.roles, item.variables, item.tex);
      expect(agreement.misses).toEqual([]);
    }
  });

  it('has cases for every registered kind (corpus or seed)', () => {
    const seen = new Set<string>();
    for (const item of formulas) {
      const accepted = acceptedKinds(item.label);
      if (accepted !== 'any') for (const kind of accepted) if (kind) seen.add(kind);
    }
    for (const tex of seedFormulas()) {
      const kind = recogniseFormula(tex)?.kind;
      if (kind) seen.add(kind);
    }
    // The public corpus has no Jensen–Shannon label; that kind's cases are in kinds/js-divergence.test.ts.
    for (const definition of registeredKinds()) if (definition.kind !== 'js_divergence') expect(seen, definition.kind).toContain(definition.kind);
  });
});

describe('seed page (Qualiteg, part 4)', () => {
  const blocks = seedFormulas();
  const find = (pattern: RegExp) => {
    const tex = blocks.find((b) => pattern.test(b));
    if (!tex) throw new Error(`seed formula ${pattern} not found`);
    return analyseFormula(tex);
  };

  it('reads every display formula without throwing', () => {
    expect(blocks.length).toBe(11);
    for (const tex of blocks) expect(() => analyseFormula(tex)).not.toThrow();
  });

  it('eq. 4.3 restated: cross-entropy with a sign slip', () => {
    const { recognition } = find(/4\.3/);
    expect(recognition?.kind).toBe('ce_multiclass');
    expect(recognition?.diagnostics.map((d) => d.code)).toEqual(['sign_slip']);
  });

  it('eq. 5.1: the log-likelihood; eq. 5.2: cross-entropy', () => {
    expect(find(/5\.1/).recognition).toMatchObject({ kind: 'log_likelihood', roles: { target: 't_k', prediction: 'y_k', classIndex: 'k', classBound: 'K' } });
    expect(find(/5\.2/).recognition).toMatchObject({ kind: 'ce_multiclass', roles: { target: 't_k', prediction: 'y_k' } });
  });

  it('the likelihood and log-likelihood derivations', () => {
    expect(find(/prod_\{k=1\}\^3/).recognition?.kind).toBe('likelihood_product');
    expect(find(/対数の公式/).recognition?.kind).toBe('log_likelihood');
  });

  it('prose and E = -log L alone are not badged', () => {
    expect(find(/^t_\{k\} :頻度/).recognition).toBeNull();
    expect(find(/^E = - \\log L$/).recognition).toBeNull();
    expect(find(/^\\begin\{aligned\}\n&K:分類の数, t_\{k\}:正解ラベル, y_\{k\}:予測値/).recognition).toBeNull();
  });

  it('the worked example -0.481486 is wrong: base 10 with the minus dropped', () => {
    const { recognition, example } = find(/0\.481486/);
    expect(recognition?.kind).toBe('ce_multiclass');
    expect(example).not.toBeNull();
    if (!example) return;
    expect(example.t).toEqual([1, 0, 0]);
    expect(example.y).toEqual([0.33, 0.32, 0.35]);
    expect(example.verdict).toBe('wrong');
    expect(example.explanation.code).toBe('sign_and_base');
    expect(example.explanation.matchedBase).toBe('10');
    expect(example.computed).toBeCloseTo(-Math.log(0.33), 12);
    expect(example.explanation.en).toContain('1.108663');
    expect(example.explanation.en).toContain('0.481486 if base 10 was meant');
    expect(example.explanation.ja).toContain('1.108663');
  });

  it('the worked example L = 0.33 is correct', () => {
    const { example } = find(/0\.33\^\{1\}/);
    expect(example).toMatchObject({ kind: 'likelihood_product', t: [1, 0, 0], y: [0.33, 0.32, 0.35], verdict: 'correct' });
  });
});
