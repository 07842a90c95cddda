// Near misses that must stay without a cross-entropy badge, in the same styles:
// entropy (also in physics, with k_B), KL divergence, the softmax, log-softmax and
// log-sum-exp alone, mean squared error, the sigmoid and its log, and a product of
// probabilities without exponents.
import type { Form } from './form';
import type { Writer } from './writer';

/** The form's own name for its left-hand side, when the style writes one. */
const named = (w: Writer, name: string, body: string) => w.display(`${w.style.leftSide.name === 'none' ? '' : `${name} = `}${body}`);

const cls = (w: Writer) => w.style.classIndex;
const p = (w: Writer) => w.prediction({ cls: cls(w).index });
const q = (w: Writer) => `q${w.style.indices.suffix({ cls: cls(w).index })}`;

/** The logit letter, the class index and Σ_j e^{z_j} over another index. */
function softmaxPieces(w: Writer): { z: string; k: string; sumOfExps: string } {
  const z = w.style.softmaxLogit.letter;
  const k = cls(w).index;
  const j = k === 'j' ? 'k' : 'j';
  return { z, k, sumOfExps: `${w.sum({ name: j, index: j, bound: cls(w).bound })} ${w.exp(`${z}_${j}`)}` };
}

export const NEAR_MISS_FORMS: readonly Form[] = [
  {
    name: 'entropy −Σ p log p',
    expect: 'unbadged',
    render: (w) => named(w, 'H(p)', `${w.minus}${w.sum(cls(w))} ${w.times(p(w), w.log(p(w)))}`),
  },
  {
    name: 'entropy −Σ_x p(x) log p(x)',
    expect: 'unbadged',
    render: (w) => named(w, 'H(X)', `${w.minus}${w.sum({ name: 'x', index: 'x', bound: 'X' })} ${w.times('p(x)', w.log('p(x)'))}`),
  },
  {
    name: 'binary entropy',
    expect: 'unbadged',
    render: (w) => {
      const y = w.prediction();
      const body = `${w.times(y, w.log(y))} + ${w.times(w.complement(y), w.log({ tex: `1 ${w.minus} ${y}`, bare: false }))}`;
      return named(w, 'H_b', `${w.minus}${w.bracketed(body)}`);
    },
  },
  {
    name: 'physics entropy −k_B Σ p ln p',
    expect: 'unbadged',
    render: (w) => named(w, 'S', `${w.minus}k_B ${w.sum(cls(w))} ${w.times(p(w), w.log(p(w)))}`),
  },
  {
    // The uniform distribution's entropy: weights and logs of the count itself, nothing indexed.
    name: 'entropy of the uniform −K Σ_{k=1}^{K} (1/K) log(1/K)',
    expect: 'unbadged',
    render: (w) => {
      const { index, bound } = w.style.classIndex;
      const sum = w.style.sum.spoken ? w.sum(w.style.classIndex) : `${w.style.sum.word}_{${index}=1}^{${bound}}`;
      return named(w, 'H', `${w.minus}k_B ${sum} ${w.times(`\\frac{1}{${bound}}`, w.log(`\\frac{1}{${bound}}`))}`);
    },
  },
  {
    name: 'KL Σ p log p/q',
    expect: 'unbadged',
    render: (w) => named(w, 'D_{KL}(p \\| q)', `${w.sum(cls(w))} ${w.times(p(w), w.log(`\\frac{${p(w)}}{${q(w)}}`))}`),
  },
  {
    name: 'KL Σ p (log p − log q)',
    expect: 'unbadged',
    render: (w) => named(w, 'KL(p||q)', `${w.sum(cls(w))} ${w.times(p(w), w.paren(`${w.log(p(w))} ${w.minus} ${w.log(q(w))}`))}`),
  },
  {
    name: 'softmax alone',
    expect: 'unbadged',
    render: (w) => {
      const { z, k, sumOfExps } = softmaxPieces(w);
      return w.display(`${w.style.softmax.word}(${z})_${k} = \\frac{${w.exp(`${z}_${k}`)}}{${sumOfExps}}`);
    },
  },
  {
    name: 'log-softmax alone',
    expect: 'unbadged',
    render: (w) => {
      const { z, k, sumOfExps } = softmaxPieces(w);
      return w.display(`${w.log(`${w.style.softmax.word}(${z})_${k}`)} = ${z}_${k} ${w.minus} ${w.log({ tex: sumOfExps, bare: false })}`);
    },
  },
  {
    name: 'log-sum-exp alone',
    expect: 'unbadged',
    render: (w) => {
      const z = w.style.softmaxLogit.letter;
      return w.display(`\\mathrm{LSE}(${z}) = ${w.log({ tex: `${w.sum(cls(w))} ${w.exp(`${z}_${cls(w).index}`)}`, bare: false })}`);
    },
  },
  {
    name: 'mean squared error',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.sampleIndex.index;
      return named(w, 'MSE', `${w.mean() || '\\frac{1}{N}'} ${w.sum(w.style.sampleIndex)} ${w.paren(`${w.target({ sample: i })} ${w.minus} ${w.prediction({ sample: i })}`)}^2`);
    },
  },
  {
    name: 'the sigmoid',
    expect: 'unbadged',
    render: (w) => w.display(`\\sigma(x) = ${w.style.sigmoid.of('x', w.minus).positive.tex}`),
  },
  {
    name: 'the log of the sigmoid',
    expect: 'unbadged',
    render: (w) => w.display(`${w.log('\\sigma(x)')} = ${w.minus}${w.log({ tex: `1 + ${w.exp(`${w.minus}x`)}`, bare: false })}`),
  },
  {
    name: 'self-information −log p(x)',
    expect: 'unbadged',
    render: (w) => named(w, 'I(x)', `${w.minus}${w.log('p(x)')}`),
  },
  {
    name: 'log-odds log p/(1 − p)',
    expect: 'unbadged',
    render: (w) => {
      const p = w.prediction();
      return named(w, '\\operatorname{logit}(p)', w.log(`\\frac{${p}}{1 ${w.minus} ${p}}`));
    },
  },
  {
    name: 'softplus alone',
    expect: 'unbadged',
    render: (w) => w.display(`\\operatorname{softplus}(x) = ${w.log({ tex: `1 + ${w.exp('x')}`, bare: false })}`),
  },
  {
    name: 'perplexity',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.sampleIndex;
      return named(w, '\\mathrm{PPL}', `\\exp${w.paren(`${w.minus}${w.mean() || `\\frac{1}{${i.bound}}`} ${w.sum(i)} ${w.log(`p(w_{${i.index}})`)}`)}`);
    },
  },
  {
    name: 'Gaussian negative log-likelihood',
    expect: 'unbadged',
    render: (w) => named(w, `${w.minus}${w.log('p(y \\mid x)')}`, `\\frac{(y ${w.minus} \\mu)^2}{2\\sigma^2} + \\frac{1}{2}${w.log({ tex: '2\\pi\\sigma^2', bare: false })}`),
  },
  {
    name: 'the gradient with respect to the logits',
    expect: 'unbadged',
    render: (w) => {
      const k = cls(w).index;
      return w.display(`\\frac{\\partial L}{\\partial z_${k}} = ${p(w)} ${w.minus} ${w.target({ cls: k })}`);
    },
  },
  {
    name: 'mean absolute error',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.sampleIndex.index;
      return named(w, 'MAE', `${w.mean() || '\\frac{1}{N}'} ${w.sum(w.style.sampleIndex)} |${w.target({ sample: i })} ${w.minus} ${w.prediction({ sample: i })}|`);
    },
  },
  {
    name: 'a product of probabilities without exponents',
    expect: 'unbadged',
    render: (w) => {
      const i = w.style.sampleIndex.index;
      return named(w, 'L(\\theta)', `\\prod_{${i}} P(x_{${i}} \\mid \\theta)`);
    },
  },
];
