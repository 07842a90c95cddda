// Cross-entropy with the numbers substituted, as worked examples and lecture notes
// write it (−(1·log 0.7 + 0·log 0.2 + 0·log 0.1), −(0⋅\log0.3+1⋅\log0.6)), and the
// numeric entropy whose weights are the log's own arguments, which is no cross-entropy;
// and the one-hot forms of notes: −log ŷ_k where t_k = 1, a `cases` block per class.
import type { Form } from './form';
import type { Writer } from './writer';

/** Σ weight · log(value) written out, in the author's brackets (parentheses when they write none). */
function weightedLogs(w: Writer, pairs: readonly (readonly [string, string])[]): string {
  return w.bracketed(pairs.map(([weight, value]) => w.times(weight, w.logOfNumber(value))).join(' + '));
}

/** The letter a label test names: the author's, unless the prediction or the class index has it. */
const labelLetter = (w: Writer) => [w.style.label.letter, 'c', 't', 'l'].find((l) => l !== w.style.prediction.base && l !== w.style.classIndex.index) as string;

const named = (w: Writer, body: string) => w.display(`${w.style.leftSide.name === 'none' ? '' : w.leftSide('t', 'y')}${body}`);

export const NUMBER_FORMS: readonly Form[] = [
  {
    name: 'numbers: one-hot target over three classes',
    expect: ['ce_multiclass'],
    render: (w) => named(w, `${w.minus}${weightedLogs(w, [['1', '0.7'], ['0', '0.2'], ['0', '0.1']])}`),
  },
  {
    name: 'numbers: soft target over two classes',
    expect: ['ce_multiclass', 'ce_binary'],
    render: (w) => named(w, `${w.minus}${weightedLogs(w, [['0.3', '0.6'], ['0.7', '0.4']])}`),
  },
  {
    name: 'numbers: one-hot target in the middle, named H(p, q)',
    expect: ['ce_multiclass'],
    render: (w) => w.display(`${w.style.leftSide.name === 'none' ? '' : 'H(p, q) = '}${w.minus}${weightedLogs(w, [['0', '0.2'], ['1', '0.5'], ['0', '0.3']])}`),
  },
  {
    name: 'numbers: one-hot chain to the log of the true class',
    expect: ['ce_multiclass'],
    render: (w) => named(w, `${w.minus}${weightedLogs(w, [['1', '0.7'], ['0', '0.2'], ['0', '0.1']])} = ${w.minus}${w.logOfNumber('0.7')} \approx 0.357`),
  },
  {
    name: 'numbers: binary with the label substituted',
    expect: ['ce_binary', 'ce_multiclass'],
    render: (w) => named(w, `${w.minus}${w.bracketed(`${w.times('0', w.logOfNumber('0.9'))} + ${w.times(w.paren(`1 ${w.minus} 0`), w.log({ tex: `1 ${w.minus} 0.9`, bare: false }))}`)}`),
  },
  {
    // −ln a_7^L: the output of the true class, given by its number.
    name: 'one-hot: −log ŷ_7 at a numbered class',
    expect: ['ce_multiclass'],
    render: (w) => named(w, `${w.minus}${w.log(w.prediction({ cls: '7' }))}`),
  },
  {
    name: 'one-hot: −log p̂(correct) at a class named in words',
    expect: ['ce_multiclass'],
    render: (w) => named(w, `${w.minus}${w.log({ tex: `\\hat{${w.style.prediction.base}}(${w.style.classWord.tex})`, bare: false })}`),
  },
  {
    name: 'one-hot: −log ŷ_k where t_k = 1',
    expect: ['ce_multiclass'],
    render: (w) => {
      const k = w.style.classIndex.index;
      return named(w, `${w.minus}${w.log(w.prediction({ cls: k }))}${w.style.oneHot.of(`${w.target({ cls: k })}=1`)}`);
    },
  },
  {
    name: 'one-hot: −log a_k if y = k',
    expect: ['ce_multiclass'],
    render: (w) => {
      const k = w.style.classIndex.index;
      return named(w, `${w.minus}${w.log(w.prediction({ cls: k }))}${w.style.oneHot.of(`${labelLetter(w)}=${k}`)}`);
    },
  },
  {
    name: 'one-hot: a cases block of −log a_k per class',
    expect: ['ce_multiclass'],
    render: (w) => {
      const y = labelLetter(w);
      const row = (k: string) => `${w.minus}${w.log(w.prediction({ cls: k }))} & \\text{if } ${y}=${k}`;
      return named(w, `\\begin{cases} ${row('1')} \\\\ ${row('2')} \\\\ \\vdots & \\\\ ${row(w.style.classIndex.bound)} \\end{cases}`);
    },
  },
  {
    name: 'binary: a cases block of −log p and −log(1 − p)',
    expect: ['ce_binary'],
    render: (w) => {
      const y = labelLetter(w);
      const p = w.prediction();
      return named(w, `\\begin{cases} ${w.minus}${w.log(p)} & \\text{if } ${y}=1 \\\\ ${w.minus}${w.log({ tex: `1 ${w.minus} ${p}`, bare: false })} & \\text{if } ${y}=0 \\end{cases}`);
    },
  },
  {
    name: 'numbers: entropy of a three-class distribution',
    expect: 'unbadged',
    render: (w) => w.display(`${w.style.leftSide.name === 'none' ? '' : 'H(p) = '}${w.minus}${weightedLogs(w, [['0.2', '0.2'], ['0.5', '0.5'], ['0.3', '0.3']])}`),
  },
  {
    name: 'numbers: entropy of a distribution',
    expect: 'unbadged',
    render: (w) => w.display(`${w.style.leftSide.name === 'none' ? '' : 'H(p) = '}${w.minus}${weightedLogs(w, [['0.6', '0.6'], ['0.4', '0.4']])}`),
  },
];
