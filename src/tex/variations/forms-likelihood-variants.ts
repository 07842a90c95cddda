// More ways authors write a likelihood and its log: as the exponential of the log
// (Π_i e^{y_i log ŷ_i + …}), as two products over one index, with the true class tested
// by an indicator in the exponent or weight, through the logits (y z − log(1 + e^{z})),
// through the odds (y log(p/(1 − p)) + log(1 − p)), over each class's samples
// (Π_{i:y_i=1} ŷ_i Π_{j:y_j=0} (1 − ŷ_j)), and in chains from the opaque p(y_i | x_i).
import type { Form } from './form';
import { bernoulliProduct, likelihoodSide, logLikelihoodSide, outcome, productOver } from './forms-likelihoods';
import { binaryTerms, term } from './forms-probabilities';
import { LOG_SPELLINGS } from './operators';
import type { Writer } from './writer';
import { writerOf } from './writer';

/** The same author writing natural logs: beside e^{…} a log to base 2 or 10 (log_2, \lg) would be another formula. */
function natural(w: Writer): Writer {
  return /_|\\lg\b/.test(w.style.log.word) ? writerOf({ ...w.style, log: LOG_SPELLINGS[1] as (typeof LOG_SPELLINGS)[number] }) : w;
}

/** The samples of each class: `_{i: y_i = 1}` and `_{j: y_j = 0}` (the second index as this author picks it). */
function classSubsets(w: Writer): { positive: string; negative: string; i: string; j: string } {
  const i = w.style.sampleIndex.index;
  const j = w.style.otherClassIndex.of(i);
  const subset = (index: string, value: string) => w.style.subsetTest.of(index, w.target({ sample: index }), value);
  return { positive: subset(i, '1'), negative: subset(j, '0'), i, j };
}

/** The logit of sample i, bracketed when it is a sum (wᵀx + b). */
function sampleLogit(w: Writer): { z: string; factor: string } {
  const z = w.style.logit.of(w.style.indices.suffix({ sample: w.style.sampleIndex.index }));
  return { z, factor: z.includes('+') ? w.paren(z) : z };
}

export const LIKELIHOOD_VARIANT_FORMS: readonly Form[] = [
  {
    name: 'likelihood as an exponential Π_i e^{y_i log ŷ_i + (1 − y_i) log(1 − ŷ_i)}',
    expect: ['likelihood_product'],
    render: (w) => {
      const n = natural(w);
      return w.display(`${likelihoodSide(w)}${productOver(w, true, n.exp(binaryTerms(n, { sample: w.style.sampleIndex.index }).sum))}`);
    },
  },
  {
    name: 'likelihood as two products Π_i ŷ_i^{y_i} Π_i (1 − ŷ_i)^{1−y_i}',
    expect: ['likelihood_product'],
    render: (w) => {
      const i = w.style.sampleIndex.index;
      const [t, y] = [w.target({ sample: i }), w.prediction({ sample: i })];
      const products = `${w.prod(w.style.sampleIndex)} ${w.power(y, t)} ${w.prod(w.style.sampleIndex)} ${w.paren(`1 ${w.minus} ${y}`)}^{1 ${w.minus} ${t}}`;
      return w.display(`${likelihoodSide(w)}${products}`);
    },
  },
  {
    name: 'likelihood with the true class tested in the exponent Π_i Π_k ŷ_ik^{[y_i = k]}',
    expect: ['likelihood_product'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const label = `${w.style.label.letter}${w.style.indices.suffix({ sample: sample.index })}`;
      const body = w.power(w.prediction({ sample: sample.index, cls: cls.index }), w.style.indicator.of(label, cls.index));
      return w.display(`${likelihoodSide(w)}${w.prod(sample)} ${w.prod(cls)} ${w.summand(body)}`);
    },
  },
  {
    name: 'log-likelihood with the true class tested in the weight Σ_i Σ_k [y_i = k] log ŷ_ik',
    expect: ['log_likelihood'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const label = `${w.style.label.letter}${w.style.indices.suffix({ sample: sample.index })}`;
      const body = w.times(w.style.indicator.of(label, cls.index), w.log(w.prediction({ sample: sample.index, cls: cls.index })));
      return w.display(`${logLikelihoodSide(w)}${w.doubleSum(sample, cls)} ${w.summand(body)}`);
    },
  },
  {
    name: 'one-hot: −Σ_k [y = k] log ŷ_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      const body = w.times(w.style.indicator.of(w.style.label.letter, cls.index), w.log(w.prediction({ cls: cls.index })));
      return w.display(`${w.minus}${w.sum(cls)} ${w.summand(body)}`);
    },
  },
  {
    name: 'log-likelihood of logits Σ_i [y_i z_i − log(1 + e^{z_i})]',
    expect: ['log_likelihood'],
    render: (w) => {
      const n = natural(w);
      const { z, factor } = sampleLogit(w);
      const body = `${n.times(w.target({ sample: w.style.sampleIndex.index }), factor)} ${w.minus} ${n.log({ tex: `1 + ${n.exp(z)}`, bare: false })}`;
      return w.display(`${logLikelihoodSide(w)}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}${w.style.prior.term}`);
    },
  },
  {
    name: 'binary batch of logits (1/N) Σ_i [log(1 + e^{z_i}) − y_i z_i]',
    expect: ['ce_from_logits'],
    render: (w) => {
      const n = natural(w);
      const { z, factor } = sampleLogit(w);
      const body = `${n.log({ tex: `1 + ${n.exp(z)}`, bare: false })} ${w.minus} ${n.times(w.target({ sample: w.style.sampleIndex.index }), factor)}`;
      const mean = w.style.mean.signed ? `\\frac{1}{${w.style.sampleIndex.bound}}` : w.mean();
      return w.display(`${mean ? `${mean} ` : ''}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}`);
    },
  },
  {
    name: 'likelihood over each class Π_{i:y_i=1} ŷ_i Π_{j:y_j=0} (1 − ŷ_j)',
    expect: ['likelihood_product'],
    render: (w) => {
      const { positive, negative, i, j } = classSubsets(w);
      const body = `${w.prodUnder(positive)} ${w.prediction({ sample: i })} ${w.prodUnder(negative)} ${w.paren(`1 ${w.minus} ${w.prediction({ sample: j })}`)}`;
      return w.display(`${likelihoodSide(w)}${body}`);
    },
  },
  {
    name: 'log-likelihood over each class Σ_{i:y_i=1} log ŷ_i + Σ_{j:y_j=0} log(1 − ŷ_j)',
    expect: ['log_likelihood'],
    render: (w) => {
      const { positive, negative, i, j } = classSubsets(w);
      const body = `${w.sumUnder(positive)} ${w.log(w.prediction({ sample: i }))} + ${w.sumUnder(negative)} ${w.log({ tex: `1 ${w.minus} ${w.prediction({ sample: j })}`, bare: false })}`;
      return w.display(`${logLikelihoodSide(w)}${body}`);
    },
  },
  {
    name: 'log-likelihood through the log-odds Σ_i [y_i log(ŷ_i/(1 − ŷ_i)) + log(1 − ŷ_i)]',
    expect: ['log_likelihood'],
    render: (w) => {
      const i = w.style.sampleIndex.index;
      const y = w.prediction({ sample: i });
      const odds = w.times(w.target({ sample: i }), w.log({ tex: `\\frac{${y}}{1 ${w.minus} ${y}}`, bare: true }));
      const body = `${odds} + ${w.log({ tex: `1 ${w.minus} ${y}`, bare: false })}`;
      return w.display(`${logLikelihoodSide(w)}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}`);
    },
  },
  {
    name: 'likelihood through the odds Π_i (ŷ_i/(1 − ŷ_i))^{y_i} (1 − ŷ_i)',
    expect: ['likelihood_product'],
    render: (w) => {
      const i = w.style.sampleIndex.index;
      const y = w.prediction({ sample: i });
      const body = `${w.paren(`\\frac{${y}}{1 ${w.minus} ${y}}`)}^{${w.target({ sample: i })}} ${w.paren(`1 ${w.minus} ${y}`)}`;
      return w.display(`${likelihoodSide(w)}${productOver(w, true, body)}`);
    },
  },
  {
    name: 'log-likelihood of the two outcomes Σ_n [c_n log p(c=1|x_n) + (1 − c_n) log p(c=0|x_n)]',
    expect: ['log_likelihood'],
    render: (w) => {
      const c = `${w.style.label.letter}${w.style.indices.suffix({ sample: w.style.sampleIndex.index })}`;
      const body = `${w.times(c, w.log({ tex: outcome(w, '1'), bare: true }))} + ${w.times(w.complement(c), w.log({ tex: outcome(w, '0'), bare: true }))}`;
      return w.display(`${logLikelihoodSide(w)}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}`);
    },
  },
  {
    name: 'likelihood chain Π_i p(y_i | x_i) = Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i}',
    expect: ['likelihood_product'],
    render: (w) => {
      const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
      const opaque = productOver(w, true, `p(${w.target({ sample: w.style.sampleIndex.index })}${w.style.bar.bar}x${i}${w.style.parameter.after})`);
      return w.display(`${likelihoodSide(w)}${opaque} = ${bernoulliProduct(w)}`);
    },
  },
  {
    name: 'log-likelihood chain Σ_i log p(y_i | x_i) = Σ_i [y_i log ŷ_i + (1 − y_i) log(1 − ŷ_i)]',
    expect: ['log_likelihood'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const i = w.style.indices.suffix({ sample: sample.index });
      const opaque = `${w.sum(sample)} ${w.summand(w.log({ tex: `p(${w.target({ sample: sample.index })}${w.style.bar.bar}x${i}${w.style.parameter.after})`, bare: true }))}`;
      const sum = `${w.sum(sample)} ${w.summand(w.bracketed(binaryTerms(w, { sample: sample.index }).sum))}`;
      return w.display(`${logLikelihoodSide(w)}${opaque} = ${sum}`);
    },
  },
  {
    name: 'negative log-likelihood chain −Σ_i log p(y_i | x_i) = −Σ_i Σ_k t_ik log y_ik',
    expect: ['ce_multiclass_batch'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const i = w.style.indices.suffix({ sample: sample.index });
      const opaque = `${w.minus}${w.sum(sample)} ${w.summand(w.log({ tex: `p(${w.target({ sample: sample.index })}${w.style.bar.bar}x${i}${w.style.parameter.after})`, bare: true }))}`;
      const batch = `${w.minus}${w.doubleSum(sample, cls)} ${w.summand(term(w, { sample: sample.index, cls: cls.index }))}`;
      return w.display(`${w.leftSide(w.target(), w.prediction())}${opaque} = ${batch}`);
    },
  },
  {
    name: 'likelihood with the complement named apart Π_i ŷ_i^{y_i} q_i^{1−y_i}, q_i = 1 − ŷ_i',
    expect: ['likelihood_product'],
    render: (w) => {
      const i = w.style.sampleIndex.index;
      const [t, y] = [w.target({ sample: i }), w.prediction({ sample: i })];
      const q = `q${w.style.indices.suffix({ sample: i })}`;
      const body = w.times(w.power(y, t), `${w.power(q, `1 ${w.minus} ${t}`)}`);
      return w.display(`${likelihoodSide(w)}${productOver(w, true, body)}, \\quad ${q} = 1 ${w.minus} ${y}`);
    },
  },
];
