import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { proseProbabilities } from './text-prose-probabilities';

describe('text rule: the true class\'s probability said in words under a log', () => {
  it('prose-probabilities: a phrase naming a probability and the true class is that class\'s predicted probability', () => {
    expect(proseProbabilities('-\\log(\\text{predicted probability of the correct class})')).toBe('-\\log(\\hat{p}_{\\text{true}})');
    expect(proseProbabilities('loss = -log(probability of the true label)')).toBe('loss = -log(\\hat{p}_{\\text{true}})');
    // Code joins the words with underscores.
    expect(proseProbabilities('perte = -np.log(probabilite_de_la_bonne_classe)')).toBe('perte = -np.log(\\hat{p}_{\\text{true}})');
    expect(proseProbabilities('-log(correct_class)')).toBe('-log(correct_class)');
    // An array indexed by the class is code, its names the roles (read by the array picks).
    expect(proseProbabilities('-np.log(probabilities[true_class])')).toBe('-np.log(probabilities[true_class])');
    expect(recogniseFormula('-np.log(wahrscheinlichkeiten[richtige_klasse])')?.roles).toMatchObject({ target: 'richtige_klasse', prediction: 'wahrscheinlichkeiten' });
    // A probability's letter of such words stays as written (an opaque probability's NLL).
    expect(proseProbabilities('-\\log P(\\text{correct class})')).toBe('-\\log P(\\text{correct class})');
  });

  it('prose-probabilities: leaves a phrase naming only one of the two, a symbol, or a condition', () => {
    for (const tex of [
      '-\\log(\\text{probability of the event})',
      '\\log(\\text{true positives})',
      '-\\log P(\\text{rain tomorrow})',
      '-\\log p(\\text{true})',
      '-\\log(p_{true})',
      '-\\log p(\\text{true label} \\mid x)',
    ]) expect(proseProbabilities(tex)).toBe(tex);
  });

  it.each([
    ['English words in \\text', 'L = -\\log\\left(\\text{probability of the true class}\\right)'],
    ['plain words in a docstring', 'loss = -log(predicted probability of the correct class)'],
    ['Japanese', 'L = -\\log(\\text{正解クラスの予測確率})'],
    ['Chinese', 'L = -\\log(\\text{正确类别的预测概率})'],
    ['Polish', '-log (prawdopodobieństwo przypisane do prawidłowej klasy)'],
    ['Italian', '-\\log(\\text{probabilità della classe corretta})'],
    ['Turkish', '-\\ln(\\text{doğru sınıfın olasılığı})'],
    ['Ukrainian', '-\\log(\\text{ймовірність правильного класу})'],
  ])('recognises the one-hot loss in %s', (_name, tex) => {
    expect(recogniseFormula(tex)?.kind).toBe('ce_multiclass');
  });

  it('keeps an information\'s name over such a phrase: no loss', () => {
    expect(recogniseFormula('I = -\\log(\\text{probability of the true hypothesis})')).toBeNull();
  });
});
