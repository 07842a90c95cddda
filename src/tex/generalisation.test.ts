// Generalisation cases in other authors' notation (fixtures/generalisation*.json):
// the recogniser and the worked-example checker are held to aggregate figures
// here, so one hard case does not block work, while a regression in kind does.
import { describe, expect, it } from 'vitest';
import { loadGeneralisationFormulas, loadGeneralisationWorkedExamples, scoreFormulas, scoreWorkedExamples } from './generalisation';

describe('generalisation cases from other authors’ notation', () => {
  const formulas = scoreFormulas(loadGeneralisationFormulas());
  const examples = scoreWorkedExamples(loadGeneralisationWorkedExamples());
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

  it('has the label mix of the corpus: many negatives, positives of every kind', () => {
    const items = loadGeneralisationFormulas();
    expect(items.length).toBeGreaterThanOrEqual(150);
    const labels = new Set(items.map((item) => item.label));
    for (const label of ['ce_multiclass', 'ce_multiclass_batch', 'ce_binary', 'ce_binary_batch', 'ce_from_logits', 'ce_expectation_or_integral', 'log_likelihood', 'likelihood_product', 'negative_entropy', 'negative_kl', 'negative_other', 'related_other']) {
      expect(labels, label).toContain(label);
    }
  });

  it('recognises the positives (recall ≥ 97 %)', () => {
    expect(ratio(formulas.truePositive, formulas.truePositive + formulas.falseNegative), formulas.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  it('badges no look-alike (precision ≥ 99 %)', () => {
    expect(ratio(formulas.truePositive, formulas.truePositive + formulas.falsePositive), formulas.misses.join('\n')).toBeGreaterThanOrEqual(0.99);
  });

  it('names the kind (≥ 97 % of recognised positives) and the roles (≥ 95 %)', () => {
    expect(ratio(formulas.kindRight, formulas.kindJudged), formulas.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(ratio(formulas.rolesAgreed, formulas.rolesChecked), formulas.roleMisses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives worked examples the right verdict, explanation and t, y (≥ 95 %)', () => {
    expect(examples.judged).toBeGreaterThanOrEqual(30);
    expect(ratio(examples.verdictRight, examples.judged), examples.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio(examples.explanationRight, examples.judged), examples.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(ratio(examples.extractionRight, examples.extractionJudged), examples.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
