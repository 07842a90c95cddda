// Likelihoods and their logs as textbooks and notes write them: the Bernoulli
// product Π_i ŷ_i^{y_i}(1 − ŷ_i)^{1−y_i} (also through the sigmoid, or with the two
// outcomes' probabilities p(c=1|x)^c p(c=0|x)^{1−c}), the categorical Π_i Π_k y_ik^{t_ik},
// a data set's Π_i p(y_i | x_i; θ), and log L = Σ … with or without the chain from the
// product; beside them the look-alikes: a density's product without exponents and
// the Gaussian likelihood and its log.
import type { Form } from './form';
import type { LogArg } from './logits';
import { binaryTerms, term } from './forms-probabilities';
import type { Writer } from './writer';

/** `name = ` before a product, or the optimiser the author puts in front of it. */
export function likelihoodSide(w: Writer): string {
  if (w.style.optimiser.prefix) return w.style.optimiser.prefix;
  const name = w.style.likelihood.of(w.style.bar.bar);
  return name ? `${name} = ` : '';
}

/** `log L = ` (or ℓ(θ) = ) before a log-likelihood, when the author names it. */
export function logLikelihoodSide(w: Writer): string {
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
export function bernoulli(w: Writer, at: { sample?: string }): string {
  const t = w.target(at);
  const y = w.prediction(at);
  return w.times(w.power(y, t), w.power(w.paren(`1 ${w.minus} ${y}`), `1 ${w.minus} ${t}`));
}

/** Π_i (or Π_k) over a body, the sums' dressing kept. */
export function productOver(w: Writer, sample: boolean, body: string): string {
  return `${w.prod(sample ? w.style.sampleIndex : w.style.classIndex)} ${w.summand(body)}`;
}

/** p(c = v | x_i; θ): the probability of one outcome of sample i's label. */
export function outcome(w: Writer, value: string): string {
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
export const bernoulliProduct = (w: Writer) => productOver(w, true, w.style.note.on(bernoulli(w, { sample: w.style.sampleIndex.index })));

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
        return w.times(w.power(y, t), w.power(w.paren(`1 ${w.minus} ${y}`), `1 ${w.minus} ${t}`));
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
