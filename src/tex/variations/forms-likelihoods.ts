// Likelihoods and their logs as textbooks and notes write them: the Bernoulli
// product Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i} (also through the sigmoid, or with the two
// outcomes' probabilities p(c=1|x)^c p(c=0|x)^{1−c}), the categorical Π_i Π_k y_ik^{t_ik},
// a data set's Π_i p(y_i | x_i; θ), and log L = Σ … with or without the chain from the
// product; beside them the look-alikes: a density's product without exponents and
// the Gaussian likelihood and its log.
import type { Form } from './form';
import type { LogArg } from './logits';
import { binaryTerms, term } from './forms-probabilities';
import { LOG_SPELLINGS } from './operators';
import type { Writer } from './writer';
import { writerOf } from './writer';

/** `name = ` before a product, or the optimiser the author puts in front of it. */
function likelihoodSide(w: Writer): string {
  if (w.style.optimiser.prefix) return w.style.optimiser.prefix;
  const name = w.style.likelihood.of(w.style.bar.bar);
  return name ? `${name} = ` : '';
}

/** `log L = ` (or ℓ(θ) = ) before a log-likelihood, when the author names it. */
function logLikelihoodSide(w: Writer): string {
  const side = w.style.likelihood;
  const name = side.of(w.style.bar.bar);
  if (!name) return '';
  return `${side.log ?? w.log(name)} = `;
}

/** A probability raised to its exponent: a call as it is, anything else in parentheses. */
function raised(w: Writer, arg: LogArg, exp: string): string {
  const callLike = arg.bare && /^(?:\\?[A-Za-zσ]+|\\operatorname\{[a-z]+\})\(.*\)$/.test(arg.tex);
  return `${callLike ? arg.tex : w.paren(arg.tex)}^{${exp}}`;
}

/** Sample i's label and σ(z_i), 1 − σ(z_i) as this author writes them. */
function throughSigmoid(w: Writer): { y: string; positive: LogArg; negative: LogArg } {
  const i = w.style.sampleIndex.index;
  const { positive, negative } = w.style.sigmoid.of(w.style.logit.of(w.style.indices.suffix({ sample: i })), w.minus);
  return { y: w.target({ sample: i }), positive, negative };
}

/** ŷ^{y}(1 − ŷ)^{1−y} at the sample (or for one sample). */
function bernoulli(w: Writer, at: { sample?: string }): string {
  const t = w.target(at);
  const y = w.prediction(at);
  return w.times(w.power(y, t), `${w.paren(`1 ${w.minus} ${y}`)}^{1 ${w.minus} ${t}}`);
}

/** Π_i (or Π_k) over a body, the sums' dressing kept. */
function productOver(w: Writer, sample: boolean, body: string): string {
  return `${w.prod(sample ? w.style.sampleIndex : w.style.classIndex)} ${w.summand(body)}`;
}

/** p(c = v | x_i; θ): the probability of one outcome of sample i's label. */
function outcome(w: Writer, value: string): string {
  const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
  return `p(${w.style.label.letter}${i}=${value}${w.style.bar.bar}x${i}${w.style.parameter.after})`;
}

/** The categorical product Π_i Π_k y_ik^{t_ik}. */
function categorical(w: Writer): string {
  const { sampleIndex: sample, classIndex: cls } = w.style;
  const at = { sample: sample.index, cls: cls.index };
  return `${w.prod(sample)} ${w.prod(cls)} ${w.summand(w.power(w.prediction(at), w.target(at)))}`;
}

/** Bernoulli over the samples, Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i}, with the author's note on it if they write one. */
const bernoulliProduct = (w: Writer) => productOver(w, true, w.style.note.on(bernoulli(w, { sample: w.style.sampleIndex.index })));

/** The same author writing natural logs: beside e^{…} a log to base 2 or 10 would be another formula. */
function natural(w: Writer): Writer {
  return /_/.test(w.style.log.word) ? writerOf({ ...w.style, log: LOG_SPELLINGS[1] as (typeof LOG_SPELLINGS)[number] }) : w;
}

/** Π as this author types Σ, with a lower limit of their own. */
const prodWith = (w: Writer, lower: string) => `${w.style.sum.word.replace(/\\sum|∑/, (sign) => (sign === '∑' ? '∏' : '\\prod'))}${lower}`;
const sumWith = (w: Writer, lower: string) => `${w.style.sum.word}${lower}`;

/** The samples of each class: `_{i: y_i = 1}` and `_{j: y_j = 0}` (the second index as this author picks it). */
function classSubsets(w: Writer): { positive: string; negative: string; i: string; j: string } {
  const i = w.style.sampleIndex.index;
  const j = w.style.otherClassIndex.of(i);
  const subset = (index: string, value: string) => `_{${index}: ${w.target({ sample: index })} = ${value}}`;
  return { positive: subset(i, '1'), negative: subset(j, '0'), i, j };
}

/** The logit of sample i, bracketed when it is a sum (wᵀx + b). */
function sampleLogit(w: Writer): { z: string; factor: string } {
  const z = w.style.logit.of(w.style.indices.suffix({ sample: w.style.sampleIndex.index }));
  return { z, factor: z.includes('+') ? w.paren(z) : z };
}

export const LIKELIHOOD_FORMS: readonly Form[] = [
  {
    name: 'likelihood Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i}',
    expect: ['likelihood_product'],
    render: (w) => w.display(`${likelihoodSide(w)}${bernoulliProduct(w)}`),
  },
  {
    name: 'likelihood of one sample ŷ^{y}(1 − ŷ)^{1−y}',
    expect: ['likelihood_product'],
    render: (w) => w.display(`${w.style.likelihood.of(w.style.bar.bar) ? `P(${w.target()}${w.style.bar.bar}${w.prediction()}) = ` : ''}${bernoulli(w, {})}`),
  },
  {
    name: 'likelihood written out ŷ_1^{y_1}(1 − ŷ_1)^{1−y_1} ⋯ ŷ_N^{y_N}(1 − ŷ_N)^{1−y_N}',
    expect: ['likelihood_product'],
    // Numbered below as written out by hand (ŷ_1, y_2, …, ŷ_N), whatever index style the author uses elsewhere.
    render: (w) => {
      const at = (n: string) => {
        const t = `${w.style.target.base}_{${n}}`;
        const y = w.style.prediction.render(`_{${n}}`);
        return w.times(w.power(y, t), `${w.paren(`1 ${w.minus} ${y}`)}^{1 ${w.minus} ${t}}`);
      };
      const side = w.style.likelihood.of(w.style.bar.bar);
      return w.display(`${side ? `${side} = ` : ''}${at('1')} ${at('2')} ${w.style.ellipsis.mark} ${at('N')}`);
    },
  },
  {
    name: 'likelihood Π_i Π_k y_ik^{t_ik}',
    expect: ['likelihood_product'],
    render: (w) => w.display(`${likelihoodSide(w)}${categorical(w)}`),
  },
  {
    name: 'likelihood of one sample Π_k y_k^{t_k}',
    expect: ['likelihood_product'],
    render: (w) => {
      const k = w.style.classIndex.index;
      return w.display(`${likelihoodSide(w)}${productOver(w, false, w.power(w.prediction({ cls: k }), w.target({ cls: k })))}`);
    },
  },
  {
    name: 'likelihood Π_n p(c=1|x_n)^{c_n} p(c=0|x_n)^{1−c_n}',
    expect: ['likelihood_product'],
    render: (w) => {
      const c = `${w.style.label.letter}${w.style.indices.suffix({ sample: w.style.sampleIndex.index })}`;
      const body = w.times(`${outcome(w, '1')}^{${c}}`, `${outcome(w, '0')}^{1 ${w.minus} ${c}}`);
      return w.display(`${likelihoodSide(w)}${productOver(w, true, body)}`);
    },
  },
  {
    name: 'likelihood through the sigmoid Π_i σ(z_i)^{y_i}(1 − σ(z_i))^{1−y_i}',
    expect: ['likelihood_product'],
    render: (w) => {
      const { y, positive, negative } = throughSigmoid(w);
      return w.display(`${likelihoodSide(w)}${productOver(w, true, w.times(raised(w, positive, y), raised(w, negative, `1 ${w.minus} ${y}`)))}`);
    },
  },
  {
    // With the parameters inside (p(y_i | x_i; θ)) readers label it either way; without them it is the data set's likelihood.
    name: 'likelihood of a data set Π_i p(y_i | x_i)',
    expect: ['likelihood_product'],
    render: (w) => {
      const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
      return w.display(`${likelihoodSide(w)}${productOver(w, true, `p(y${i}${w.style.bar.bar}x${i})`)}`);
    },
  },
  {
    name: 'log-likelihood Σ_i [y_i log ŷ_i + (1 − y_i) log(1 − ŷ_i)]',
    expect: ['log_likelihood'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      return w.display(`${logLikelihoodSide(w)}${w.sum(sample)} ${w.summand(w.bracketed(binaryTerms(w, { sample: sample.index }).sum))}${w.style.prior.term}`);
    },
  },
  {
    name: 'log-likelihood of one sample log P(y | ŷ) = y log ŷ + (1 − y) log(1 − ŷ)',
    expect: ['log_likelihood'],
    render: (w) => {
      const side = w.style.likelihood.of(w.style.bar.bar) ? `${w.log({ tex: `P(${w.target()}${w.style.bar.bar}${w.prediction()})`, bare: true })} = ` : '';
      return w.display(`${side}${binaryTerms(w, {}).sum}`);
    },
  },
  {
    name: 'log-likelihood Σ_i Σ_k t_ik log y_ik',
    expect: ['log_likelihood'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      return w.display(`${logLikelihoodSide(w)}${w.doubleSum(sample, cls)} ${w.summand(term(w, { sample: sample.index, cls: cls.index }))}${w.style.prior.term}`);
    },
  },
  {
    name: 'log-likelihood chain log Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i} = Σ_i […]',
    expect: ['log_likelihood'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const sum = `${w.sum(sample)} ${w.summand(w.bracketed(binaryTerms(w, { sample: sample.index }).sum))}`;
      return w.display(`${logLikelihoodSide(w)}${w.log(bernoulliProduct(w))} = ${sum}`);
    },
  },
  {
    name: 'log-likelihood chain log Π_i Π_k y_ik^{t_ik} = Σ_i Σ_k t_ik log y_ik',
    expect: ['log_likelihood'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const sum = `${w.doubleSum(sample, cls)} ${w.summand(term(w, { sample: sample.index, cls: cls.index }))}`;
      return w.display(`${logLikelihoodSide(w)}${w.log(categorical(w))} = ${sum}`);
    },
  },
  {
    name: 'log-likelihood through the sigmoid Σ_i [y_i log σ(z_i) + (1 − y_i) log(1 − σ(z_i))]',
    expect: ['log_likelihood'],
    render: (w) => {
      const { y, positive, negative } = throughSigmoid(w);
      const body = `${w.times(y, w.log(positive))} + ${w.times(w.complement(y), w.log(negative))}`;
      return w.display(`${logLikelihoodSide(w)}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}`);
    },
  },
  {
    name: 'negative log-likelihood chain −log Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i} = −Σ_i […]',
    expect: ['ce_binary_batch'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const sum = `${w.minus}${w.sum(sample)} ${w.summand(w.bracketed(binaryTerms(w, { sample: sample.index }).sum))}`;
      return w.display(`${w.minus}${w.log(bernoulliProduct(w))} = ${sum}`);
    },
  },
  {
    name: 'negative log-likelihood −log L = −Σ_i Σ_k t_ik log y_ik',
    expect: ['ce_multiclass_batch'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const name = w.style.likelihood.of(w.style.bar.bar) || 'L';
      return w.display(`${w.minus}${w.log(name)} = ${w.minus}${w.doubleSum(sample, cls)} ${w.summand(term(w, { sample: sample.index, cls: cls.index }))}`);
    },
  },
  {
    name: 'log-likelihood of one sample log(ŷ^{y}(1 − ŷ)^{1−y}) = y log ŷ + (1 − y) log(1 − ŷ)',
    expect: ['log_likelihood'],
    render: (w) => w.display(`${w.log({ tex: bernoulli(w, {}), bare: false })} = ${binaryTerms(w, {}).sum}`),
  },
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
    expect: ['ce_binary_batch', 'ce_from_logits'],
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
      const body = `${prodWith(w, positive)} ${w.prediction({ sample: i })} ${prodWith(w, negative)} ${w.paren(`1 ${w.minus} ${w.prediction({ sample: j })}`)}`;
      return w.display(`${likelihoodSide(w)}${body}`);
    },
  },
  {
    name: 'log-likelihood over each class Σ_{i:y_i=1} log ŷ_i + Σ_{j:y_j=0} log(1 − ŷ_j)',
    expect: ['log_likelihood'],
    render: (w) => {
      const { positive, negative, i, j } = classSubsets(w);
      const body = `${sumWith(w, positive)} ${w.log(w.prediction({ sample: i }))} + ${sumWith(w, negative)} ${w.log({ tex: `1 ${w.minus} ${w.prediction({ sample: j })}`, bare: false })}`;
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
    name: 'a density’s likelihood Π_i p(x_i | θ)',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
      return w.display(`${likelihoodSide(w)}${productOver(w, true, `p(x${i}${w.style.bar.bar}\\theta)`)}`);
    },
  },
  {
    name: 'Gaussian likelihood',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
      const density = `\\frac{1}{\\sqrt{2\\pi\\sigma^2}} ${w.exp(`${w.minus}\\frac{(y${i} ${w.minus} \\mu)^2}{2\\sigma^2}`)}`;
      return w.display(`${likelihoodSide(w)}${productOver(w, true, density)}`);
    },
  },
  {
    name: 'Gaussian log-likelihood',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.indices.suffix({ sample: w.style.sampleIndex.index });
      const body = `${w.minus}\\frac{1}{2}${w.log({ tex: '2\\pi\\sigma^2', bare: false })} ${w.minus} \\frac{(y${i} ${w.minus} \\mu)^2}{2\\sigma^2}`;
      return w.display(`${logLikelihoodSide(w)}${w.sum(w.style.sampleIndex)} ${w.summand(w.bracketed(body))}`);
    },
  },
];
