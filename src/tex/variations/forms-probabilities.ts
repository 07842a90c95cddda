// Cross-entropy over probabilities: multiclass, its batch, binary and its batch,
// and the vector forms (t^⊤ log y, ⟨t, log y⟩, 1^⊤(t ⊙ log y), y^T log h + (1 − y)^T log(1 − h)).
import type { Form } from './form';
import { withLeftSide } from './form';
import type { Writer } from './writer';
import { signed } from './writer';

/** t log y at the given indices, weight first (or, with brackets around the log, log first). */
export function term(w: Writer, at: { sample?: string; cls?: string }, logFirst = false): string {
  const t = w.target(at);
  const y = w.prediction(at);
  return logFirst ? w.times(w.log({ tex: y, bare: false }), t) : w.times(t, w.log(y));
}

/** t log(1/y): the minus taken into the log. */
function reciprocalTerm(w: Writer, at: { sample?: string; cls?: string }): string {
  return w.times(w.target(at), w.log(`\\frac{1}{${w.prediction(at)}}`));
}

/** t log y + (1 − t) log(1 − y), and the same with each term negated; `sum` with this author's slip, if any. */
export function binaryTerms(w: Writer, at: { sample?: string }): { sum: string; negated: string } {
  const t = w.target(at);
  const y = w.prediction(at);
  const positive = w.times(t, w.log(y));
  const negative = w.times(w.complement(t), w.log({ tex: `1 ${w.minus} ${y}`, bare: false }));
  const negated = `${w.minus}${positive} ${w.minus} ${negative}`;
  const slip = w.style.slip.name;
  // t_i → t_{}: only a letter with one plain subscript, which the positive term still writes (t_ before a bracket would not render).
  const emptied = /^[A-Za-z]_(?:\{[a-z]\}|[a-z])$/.exec(t) ? t.replace(/_.*$/, '_{}') : null;
  if (slip === 'empty subscript' && emptied) return { sum: `${positive} + ${w.times(w.complement(emptied), w.log({ tex: `1 ${w.minus} ${y}`, bare: false }))}`, negated };
  // \log(y left open: only a log written with a plain bracket.
  const open = w.log({ tex: y, bare: false });
  if (slip === 'log bracket left open' && open.endsWith(`(${y})`)) {
    return { sum: `${w.times(t, open.slice(0, -1))} + ${negative}`, negated };
  }
  if (slip === 'complement brackets dropped') return { sum: `${positive} + 1 ${w.minus} ${w.times(t, w.log({ tex: `1 ${w.minus} ${y}`, bare: false }))}`, negated };
  return { sum: `${positive} + ${negative}`, negated };
}

/** A vector symbol: bold when the author bolds the prediction. */
function vector(w: Writer, letter: string): string {
  return w.style.prediction.name.includes('mathbf') ? `\\mathbf{${letter}}` : letter;
}

const lhs = (w: Writer, body: string) => withLeftSide(w, body, w.target(), w.prediction());

export const PROBABILITY_FORMS: readonly Form[] = [
  {
    name: 'multiclass Σ_k t_k log y_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      const body = term(w, { cls: cls.index });
      return lhs(w, signed(w, false, w.sum(cls), body, `${w.minus}${body}`, reciprocalTerm(w, { cls: cls.index })));
    },
  },
  {
    // Against the uniform target: 1/K spelled as this author spells a mean.
    name: 'multiclass against the uniform target −(1/K) Σ_k log y_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      const spelled = w.style.mean.of(cls.bound, w.minus);
      const uniform = spelled || `\\frac{1}{${cls.bound}}`;
      const sign = w.style.mean.signed && spelled ? '' : w.minus;
      return w.display(`${w.leftSide('u', w.prediction())}${sign}${uniform} ${w.sum(cls)} ${w.summand(w.log(w.prediction({ cls: cls.index })))}`);
    },
  },
  {
    name: 'label smoothing −(1 − ε) log y_c − (ε/K) Σ_k log y_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      const label = cls.index === 'c' ? 'y' : 'c';
      const oneClass = w.times(w.paren(`1 ${w.minus} \\epsilon`), w.log(w.prediction({ cls: label })));
      return w.display(`${w.minus}${oneClass} ${w.minus} \\frac{\\epsilon}{${cls.bound}} ${w.sum(cls)} ${w.summand(w.log(w.prediction({ cls: cls.index })))}`);
    },
  },
  {
    // The true class's share gathered in front, the sum over the other classes only.
    name: 'label smoothing −(1 − ε + ε/K) log y_c − Σ_{k≠c} (ε/K) log y_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      const label = cls.index === 'c' ? 'y' : 'c';
      const share = `\\frac{\\epsilon}{${cls.bound}}`;
      const oneClass = w.times(w.paren(`1 ${w.minus} \\epsilon + ${share}`), w.log(w.prediction({ cls: label })));
      const others = w.style.range.name.includes(':') ? `${cls.index} : ${cls.index} \\neq ${label}` : `${cls.index} \\neq ${label}`;
      return w.display(`${w.minus}${oneClass} ${w.minus} ${w.style.sum.word || '\\sum'}_{${others}} ${w.summand(w.times(share, w.log(w.prediction({ cls: cls.index }))))}`);
    },
  },
  {
    name: 'multiclass Σ_k log(y_k) t_k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      return lhs(w, `${w.minus}${w.sum(cls)} ${w.summand(term(w, { cls: cls.index }, true))}`);
    },
  },
  {
    name: 'multiclass Σ_x p(x) log q(x)',
    expect: ['ce_multiclass'],
    render: (w) => {
      const p = `${w.style.target.base}(x)`;
      const q = w.style.prediction.render('(x)');
      return lhs(w, `${w.minus}${w.sum({ name: 'x', index: 'x', bound: 'X' })} ${w.times(p, w.log(q))}`);
    },
  },
  {
    name: 'multiclass written out t_1 log y_1 + … + t_K log y_K',
    expect: ['ce_multiclass'],
    render: (w) => {
      const bound = w.style.classIndex.bound;
      const at = (cls: string) => term(w, { cls });
      return lhs(w, `${w.minus}${w.bracketed(`${at('1')} + ${at('2')} + ${w.style.ellipsis.mark} + ${at(bound)}`)}`);
    },
  },
  {
    name: 'multiclass t^⊤ log y',
    expect: ['ce_multiclass'],
    render: (w) => lhs(w, `${w.minus}${vector(w, w.style.target.base)}${w.style.transpose.mark} ${w.log(w.prediction())}`),
  },
  {
    name: 'multiclass ⟨t, log y⟩',
    expect: ['ce_multiclass'],
    render: (w) => {
      const [open, close] = w.style.minus.sign === '−' ? ['⟨', '⟩'] : ['\\langle ', ' \\rangle'];
      return lhs(w, `${w.minus}${open}${vector(w, w.style.target.base)}, ${w.log(w.prediction())}${close}`);
    },
  },
  {
    name: 'multiclass 1^⊤(t ⊙ log y)',
    expect: ['ce_multiclass'],
    render: (w) => {
      const odot = w.style.minus.sign === '−' ? '⊙' : '\\odot';
      return lhs(w, `${w.minus}\\mathbf{1}${w.style.transpose.mark} ${w.paren(`${vector(w, w.style.target.base)} ${odot} ${w.log(w.prediction())}`)}`);
    },
  },
  {
    name: 'multiclass t · log y of vectors',
    expect: ['ce_multiclass'],
    render: (w) => lhs(w, `${w.minus}\\mathbf{${w.style.target.base}} \\cdot ${w.log(`\\hat{\\mathbf{y}}`)}`),
  },
  {
    name: 'multiclass Σ(t ⊙ log y)',
    expect: ['ce_multiclass'],
    render: (w) => lhs(w, `${w.minus}${w.style.sum.word || '\\sum'} ${w.paren(`${vector(w, w.style.target.base)} \\odot ${w.log(w.prediction())}`)}`),
  },
  {
    name: 'multiclass batch tr(Y^⊤ log Ŷ) and ⟨Y, log Ŷ⟩_F',
    expect: ['ce_multiclass_batch', 'ce_multiclass'],
    render: (w) => {
      const mean = w.style.mean.signed ? '' : w.mean();
      const inner = w.style.transpose.name.includes('top') ? `\\operatorname{tr}${w.paren(`Y${w.style.transpose.mark} ${w.log('\\hat{Y}')}`)}` : `\\langle Y, ${w.log('\\hat{Y}')} \\rangle_F`;
      return lhs(w, `${w.minus}${mean ? `${mean} ` : ''}${inner}`);
    },
  },
  {
    name: 'multiclass batch Σ_i Σ_k t_ik log y_ik',
    expect: ['ce_multiclass_batch'],
    render: (w) => {
      const { sampleIndex: sample, classIndex: cls } = w.style;
      const at = { sample: sample.index, cls: cls.index };
      const body = term(w, at);
      return lhs(w, signed(w, true, w.doubleSum(sample, cls), body, `${w.minus}${body}`, reciprocalTerm(w, at)));
    },
  },
  {
    name: 'multiclass batch Σ_i y_i^⊤ log ŷ_i',
    expect: ['ce_multiclass_batch'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const t = `${vector(w, w.style.target.base)}_{${sample.index}}${w.style.transpose.mark}`;
      const body = `${t} ${w.log(w.style.prediction.render(`_{${sample.index}}`))}`;
      return lhs(w, signed(w, true, w.sum(sample), body, `${w.minus}${body}`));
    },
  },
  {
    name: 'binary t log y + (1 − t) log(1 − y)',
    expect: ['ce_binary'],
    render: (w) => {
      const { sum, negated } = binaryTerms(w, {});
      const bracketed = w.style.brackets.open !== '';
      if (!bracketed) return lhs(w, negated);
      return lhs(w, w.style.sign.name === 'inside' ? w.bracketed(negated) : `${w.minus}${w.group(sum)}`);
    },
  },
  {
    // Each class's probability named apart: the second is one minus the first.
    name: 'binary with the classes named −[t log p_M + (1 − t) log p_B]',
    expect: ['ce_binary'],
    render: (w) => {
      const t = w.target();
      const p = (name: string) => `${w.style.prediction.render('')}_${name}`;
      const { positive, negative } = w.style.classPair;
      return lhs(w, `${w.minus}${w.bracketed(`${w.times(t, w.log(p(positive)))} + ${w.times(w.complement(t), w.log(p(negative)))}`)}`);
    },
  },
  {
    // One sample of a batch, its index written but no sum (BCE_i, plain-text notes' ti' ln(yi)).
    name: 'binary of sample i t_i log y_i + (1 − t_i) log(1 − y_i)',
    expect: ['ce_binary'],
    render: (w) => lhs(w, `${w.minus}${w.bracketed(binaryTerms(w, { sample: w.style.sampleIndex.index }).sum)}`),
  },
  {
    name: 'binary batch Σ_i [t_i log y_i + (1 − t_i) log(1 − y_i)]',
    expect: ['ce_binary_batch'],
    render: (w) => {
      const sample = w.style.sampleIndex;
      const { sum, negated } = binaryTerms(w, { sample: sample.index });
      // Without brackets authors still mean the sum to cover both terms.
      return lhs(w, signed(w, true, w.sum(sample), w.group(sum), w.group(negated)));
    },
  },
  {
    name: 'multiclass batch as an expectation over the data',
    expect: ['ce_multiclass_batch', 'ce_expectation', 'ce_multiclass'],
    render: (w) => {
      const cls = w.style.classIndex;
      return lhs(w, `${w.minus}${w.style.expectation.symbol}_{(x,y)\\sim\\mathcal{D}}${w.bracketed(`${w.sum(cls)} ${w.summand(term(w, { cls: cls.index }))}`)}`);
    },
  },
  {
    name: 'binary as an expectation over the data',
    expect: ['ce_binary_batch', 'ce_expectation', 'ce_binary'],
    render: (w) => lhs(w, `${w.minus}${w.style.expectation.symbol}_{(x,y)\\sim\\mathcal{D}}${w.bracketed(binaryTerms(w, {}).sum)}`),
  },
  {
    name: 'binary batch over the pairs of a data set',
    expect: ['ce_binary_batch'],
    render: (w) => {
      const t = w.style.target.base;
      const y = `${w.style.prediction.render('')}(x)`;
      const body = `${w.times(t, w.log(y))} + ${w.times(w.complement(t), w.log({ tex: `1 ${w.minus} ${y}`, bare: false }))}`;
      return lhs(w, `${w.minus}\\frac{1}{|\\mathcal{D}|} ${w.style.sum.word || '\\sum'}_{(x,${t})\\in\\mathcal{D}} ${w.bracketed(body)}`);
    },
  },
  {
    name: 'binary as the negative log of the Bernoulli likelihood',
    expect: ['ce_binary'],
    render: (w) => {
      const t = w.target();
      const y = w.prediction();
      const power = (base: string, exp: string) => `${/^[A-Za-z]$/.test(base) ? base : `{${base}}`}^{${exp}}`;
      return lhs(w, `${w.minus}${w.log({ tex: `${power(y, t)} ${w.paren(`1 ${w.minus} ${y}`)}^{1 ${w.minus} ${t}}`, bare: false })}`);
    },
  },
  {
    name: 'binary batch 1^⊤(y ⊙ log p + (1 − y) ⊙ log(1 − p))',
    expect: ['ce_binary_batch'],
    render: (w) => {
      const odot = w.style.minus.sign === '−' ? '⊙' : '\\odot';
      const y = vector(w, w.style.target.base);
      const p = w.prediction();
      const body = `${y} ${odot} ${w.log(p)} + ${w.complement(y)} ${odot} ${w.log({ tex: `1 ${w.minus} ${p}`, bare: false })}`;
      const mean = w.style.mean.signed ? '' : w.mean();
      return lhs(w, `${w.minus}${mean ? `${mean} ` : ''}\\mathbf{1}${w.style.transpose.mark} ${w.paren(body)}`);
    },
  },
  {
    name: 'binary batch y^T log h + (1 − y)^T log(1 − h)',
    expect: ['ce_binary_batch'],
    render: (w) => {
      const T = w.style.transpose.mark;
      const y = vector(w, w.style.target.base);
      const h = w.prediction();
      const body = `${y}${T} ${w.log(h)} + ${w.complement(y)}${T} ${w.log({ tex: `1 ${w.minus} ${h}`, bare: false })}`;
      const mean = w.mean();
      const grouped = w.bracketed(body);
      return lhs(w, mean && w.style.mean.signed ? `${mean} ${grouped}` : `${w.minus}${mean} ${grouped}`);
    },
  },
];
