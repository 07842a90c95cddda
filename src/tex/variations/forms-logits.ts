// Cross-entropy written through the logits: binary through a sigmoid (σ(x), its
// expansions, softplus, per-element and positive-class weights, docstring y[i] * …)
// and softmax cross-entropy (log of e^{z_y}/Σ e^{z_j}, −z_y + log Σ e^{z_j},
// −Σ t_j z_j + log Σ e^{z_k}, log 1/softmax(z)_c), one sample or a batch.
import type { Form } from './form';
import { withLeftSide } from './form';
import type { Writer } from './writer';
import { signed } from './writer';

/** −w_n [p_c y log σ(x) + (1 − y) log(1 − σ(x))] for one sample (`sample` undefined) or sample n. */
function sigmoidBinary(w: Writer, sample?: string): string {
  const at = sample ? { sample } : {};
  const suffix = w.style.indices.suffix(at);
  const y = w.target(at);
  const x = w.style.logit.of(suffix);
  const { positive, negative } = w.style.sigmoid.of(x, w.minus);
  const weights = w.style.binaryWeights;
  // PyTorch's pos_weight is p_c; beside a target called p an author picks another letter.
  const positiveWeight = w.style.target.base === 'p' ? 'w_{+}' : 'p_c';
  // Typed against a one-letter label, the weight is a letter too (q z → qz).
  const weighted = weights.glued && /^[A-Za-z]$/.test(y) ? `q${y}` : w.times(positiveWeight, y);
  const positiveTerm = w.times(weights.positive ? weighted : y, w.log(positive));
  const negativeTerm = w.times(w.complement(y), w.log(negative));
  const body = w.bracketed(`${positiveTerm} + ${negativeTerm}`);
  return weights.element ? w.times(`w${suffix}`, body) : body;
}

/** y softplus(−x) + (1 − y) softplus(x), written as logs of 1 + e^{∓x}. */
function softplusBinary(w: Writer, sample?: string): string {
  const at = sample ? { sample } : {};
  const suffix = w.style.indices.suffix(at);
  const y = w.target(at);
  const x = w.style.logit.of(suffix);
  const negX = /^[A-Za-z]/.test(x) && !x.includes('+') ? `${w.minus}${x}` : `${w.minus}(${x})`;
  return `${w.times(y, w.log({ tex: `1 + ${w.exp(negX)}`, bare: false }))} + ${w.times(w.complement(y), w.log({ tex: `1 + ${w.exp(x)}`, bare: false }))}`;
}

/** How library docs write a binary loss on the logit x straight from the label y, without the sigmoid. */
export interface StableLogitForm {
  name: string;
  of(w: Writer, x: string, y: string): string;
}

/** x as an argument of a minus or of |…|: bracketed when it is more than a symbol. */
const atom = (x: string) => (/^[A-Za-z](?:_\{?[^{}]*\}?|\^\{\([^{}]*\)\}|\[[^\]]*\])?$/.test(x) ? x : `(${x})`);

export const STABLE_LOGIT_FORMS: readonly StableLogitForm[] = [
  // TensorFlow's and PyTorch's overflow-free form.
  { name: 'max(x, 0) − x y + log(1 + e^{−|x|})', of: (w, x, y) => `\max(${x}, 0) ${w.minus} ${w.times(atom(x), y)} + ${w.log({ tex: `1 + ${w.exp(`${w.minus}|${x}|`)}`, bare: false })}` },
  // The same for x ≥ 0, as TensorFlow's docstring derives it.
  { name: 'x − x y + log(1 + e^{−x})', of: (w, x, y) => `${x} ${w.minus} ${w.times(atom(x), y)} + ${w.log({ tex: `1 + ${w.exp(`${w.minus}${atom(x)}`)}`, bare: false })}` },
  // softplus(x) − x y, the softplus written out.
  { name: 'log(1 + e^{x}) − x y', of: (w, x, y) => `${w.log({ tex: `1 + ${w.exp(x)}`, bare: false })} ${w.minus} ${w.times(y, atom(x))}` },
];

/** z at an index: z_j, z_{i,j}, z[j]. */
function logit(w: Writer, at: { sample?: string; cls?: string }): string {
  return `${w.style.softmaxLogit.letter}${w.style.indices.suffix(at)}`;
}

/** The index letter for the normalising sum: j, or another letter when j is taken. */
function otherIndex(w: Writer): { name: string; index: string; bound: string } {
  const taken = [w.style.classIndex.index, w.style.sampleIndex.index];
  const letter = ['j', 'k', 'l'].find((l) => !taken.includes(l)) as string;
  return { name: letter, index: letter, bound: w.style.classIndex.bound };
}

/** Σ_j e^{z_j} (at sample i when given). */
function sumOfExps(w: Writer, sample?: string): string {
  const j = otherIndex(w);
  return `${w.sum(j)} ${w.exp(logit(w, { sample, cls: j.index }))}`;
}

/** The label as written for one sample (y) or sample i (y_i, y^{(i)}, y[i]). */
function label(w: Writer, sample?: string): string {
  return sample ? `${w.style.label.letter}${w.style.indices.suffix({ sample })}` : w.style.label.letter;
}

const named = (w: Writer, body: string) => withLeftSide(w, body, w.target(), w.prediction());

/** e^{A} / (e^{A} + Σ_{j≠y} e^{B_j}): the true class's score beside the sum over the other classes. */
function trueClassApart(w: Writer, own: string, other: (j: string) => string): string {
  const j = otherIndex(w).index;
  const sum = w.sumUnder(`_{${j} \\neq ${label(w)}}`);
  return `\\frac{${w.exp(own)}}{${w.exp(own)} + ${sum} ${w.exp(other(j))}}`;
}

export const LOGIT_FORMS: readonly Form[] = [
  {
    name: 'binary through a sigmoid',
    expect: ['ce_binary'],
    // With the sigmoid spelled out from the logit, the loss is on the logit (corpus README).
    expectIn: (style) => (style.sigmoid.spelled ? ['ce_from_logits'] : ['ce_binary']),
    render: (w) => named(w, `${w.minus}${sigmoidBinary(w)}`) },
  {
    name: 'binary batch through a sigmoid',
    expect: ['ce_binary_batch'],
    expectIn: (style) => (style.sigmoid.spelled ? ['ce_from_logits'] : ['ce_binary_batch']),
    render: (w) => {
      const sample = w.style.sampleIndex;
      const body = sigmoidBinary(w, sample.index);
      return named(w, signed(w, true, w.sum(sample), body, `${w.minus}${body}`));
    },
  },
  { name: 'binary as softplus terms', expect: ['ce_from_logits'], render: (w) => named(w, softplusBinary(w)) },
  {
    name: 'binary as named softplus terms y softplus(−x) + (1 − y) softplus(x)',
    expect: ['ce_from_logits'],
    render: (w) => {
      const x = w.style.logit.of(w.style.indices.suffix({}));
      const y = w.target();
      const softplus = (arg: string) => `${w.style.softmax.word.replace('softmax', 'softplus')}(${arg})`;
      const negX = /^[A-Za-z]/.test(x) && !x.includes('+') ? `${w.minus}${x}` : `${w.minus}(${x})`;
      return named(w, `${w.times(y, softplus(negX))} + ${w.times(w.complement(y), softplus(x))}`);
    },
  },
  ...STABLE_LOGIT_FORMS.map(
    (form): Form => ({
      name: `binary from the logit ${form.name}`,
      expect: ['ce_from_logits'],
      render: (w) => named(w, form.of(w, w.style.logit.of(w.style.indices.suffix({})), w.target())),
    }),
  ),
  {
    name: 'softmax −log e^{z_y}/Σ_j e^{z_j}',
    expect: ['ce_from_logits'],
    render: (w) => named(w, `${w.minus}${w.log(`\\frac{${w.exp(logit(w, { cls: label(w) }))}}{${sumOfExps(w)}}`)}`),
  },
  {
    name: 'softmax −z_y + log Σ_j e^{z_j}',
    expect: ['ce_from_logits'],
    render: (w) => {
      const named_ = w.style.logSumExp.named;
      const lse = named_ ? `${named_}(${w.style.softmaxLogit.letter})` : w.log({ tex: sumOfExps(w), bare: w.style.logArgument.name === 'space' });
      return named(w, `${w.minus}${logit(w, { cls: label(w) })} + ${lse}`);
    },
  },
  {
    name: 'softmax −Σ_j t_j z_j + log Σ_k e^{z_k}',
    expect: ['ce_from_logits'],
    render: (w) => {
      const cls = w.style.classIndex;
      const picked = w.times(w.target({ cls: cls.index }), logit(w, { cls: cls.index }));
      return named(w, `${w.minus}${w.sum(cls)} ${picked} + ${w.log({ tex: sumOfExps(w), bare: w.style.logArgument.name === 'space' })}`);
    },
  },
  {
    name: 'softmax log 1/softmax(z)_c',
    expect: ['ce_from_logits'],
    render: (w) => named(w, w.log(`\\frac{1}{${w.style.softmax.word}(${w.style.softmaxLogit.letter})_{${w.style.label.letter}}}`)),
  },
  {
    name: 'softmax −log softmax(z)_y',
    expect: ['ce_from_logits', 'ce_multiclass'],
    render: (w) => named(w, `${w.minus}${w.log(`${w.style.softmax.word}(${w.style.softmaxLogit.letter})_{${w.style.label.letter}}`)}`),
  },
  {
    name: 'softmax −Σ_k t_k log e^{z_k}/Σ_j e^{z_j}',
    expect: ['ce_from_logits'],
    render: (w) => {
      const cls = w.style.classIndex;
      const softmax = `\\frac{${w.exp(logit(w, { cls: cls.index }))}}{${sumOfExps(w)}}`;
      return named(w, `${w.minus}${w.sum(cls)} ${w.times(w.target({ cls: cls.index }), w.log(softmax))}`);
    },
  },
  {
    name: 'softmax batch −(1/N) Σ_i log e^{z_{i,y_i}}/Σ_j e^{z_ij}',
    expect: ['ce_from_logits', 'ce_multiclass_batch'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const softmax = `\\frac{${w.exp(logit(w, { sample: sample.index, cls: label(w, sample.index) }))}}{${sumOfExps(w, sample.index)}}`;
      const body = w.log(softmax);
      return named(w, signed(w, true, w.sum(sample), body, `${w.minus}${body}`));
    },
  },
  {
    name: 'softmax batch (1/N) Σ_i (−z_{i,y_i} + log Σ_j e^{z_ij})',
    expect: ['ce_from_logits', 'ce_multiclass_batch'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const body = `${w.minus}${logit(w, { sample: sample.index, cls: label(w, sample.index) })} + ${w.log({ tex: sumOfExps(w, sample.index), bare: false })}`;
      const mean = w.style.mean.signed ? `\\frac{1}{${sample.bound}}` : w.mean();
      return named(w, `${mean ? `${mean} ` : ''}${w.sum(sample)} ${w.bracketed(body)}`);
    },
  },
  {
    // The same sum un-negated: the log-likelihood of the logits (a sum over samples, not one log-softmax);
    // named as a loss, readers take the minus as dropped, so no loss name on the left here.
    name: 'log-likelihood of softmax logits Σ_i [z_{i,y_i} − log Σ_j e^{z_ij}]',
    expect: ['log_likelihood'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const body = `${logit(w, { sample: sample.index, cls: label(w, sample.index) })} ${w.minus} ${w.log({ tex: sumOfExps(w, sample.index), bare: false })}`;
      return w.display(`${w.sum(sample)} ${w.bracketed(body)}`);
    },
  },
  {
    name: 'softmax, the true class apart −log e^{z_y}/(e^{z_y} + Σ_{j≠y} e^{z_j})',
    expect: ['ce_from_logits'],
    render: (w) => named(w, `${w.minus}${w.log(trueClassApart(w, logit(w, { cls: label(w) }), (j) => logit(w, { cls: j })))}`),
  },
  {
    name: 'softmax with a scaled cosine margin −log e^{s(cos θ_y − m)}/(e^{s(cos θ_y − m)} + Σ_{j≠y} e^{s cos θ_j})',
    expect: ['ce_from_logits'],
    render: (w) => {
      const angle = (at: string) => `\\theta${w.style.indices.suffix({ cls: at })}`;
      return named(w, `${w.minus}${w.log(trueClassApart(w, `s(\\cos ${angle(label(w))} - m)`, (j) => `s\\cos ${angle(j)}`))}`);
    },
  },
  {
    name: 'softmax −tᵀz + log Σ_j e^{z_j}',
    expect: ['ce_from_logits'],
    render: (w) => {
      const t = w.style.target.base;
      const z = w.style.softmaxLogit.letter;
      const bold = w.style.transpose.name.includes('top') ? (x: string) => `\\mathbf{${x}}` : (x: string) => x;
      const lse = w.log({ tex: sumOfExps(w), bare: w.style.logArgument.name === 'space' });
      return named(w, `${w.minus}${bold(t)}${w.style.transpose.mark} ${bold(z)} + ${lse}`);
    },
  },
  {
    name: 'softmax in a plain-text comment ∑k(- tk * zk + tk * ln ∑j exp(zj))',
    expect: ['ce_from_logits'],
    render: (w) => {
      const t = w.style.target.base;
      const z = w.style.softmaxLogit.letter === t ? 'z' : w.style.softmaxLogit.letter;
      const k = w.style.classIndex.index;
      const j = otherIndex(w).index;
      return `L = ∑${k}(- ${t}${k} * ${z}${k} + ${t}${k} * ln ∑${j} exp(${z}${j}))`;
    },
  },
];
