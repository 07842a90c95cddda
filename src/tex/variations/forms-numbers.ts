// Cross-entropy with the numbers substituted, as worked examples and lecture notes
// write it (−(1·log 0.7 + 0·log 0.2 + 0·log 0.1), −(0⋅\log0.3+1⋅\log0.6)), and the
// numeric entropy whose weights are the log's own arguments, which is no cross-entropy.
import type { Form } from './form';
import type { Writer } from './writer';

/** Σ weight · log(value) written out, in the author's brackets (parentheses when they write none). */
function weightedLogs(w: Writer, pairs: readonly (readonly [string, string])[]): string {
  return w.bracketed(pairs.map(([weight, value]) => w.times(weight, w.logOfNumber(value))).join(' + '));
}

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
    name: 'numbers: entropy of a distribution',
    expect: 'unbadged',
    render: (w) => w.display(`${w.style.leftSide.name === 'none' ? '' : 'H(p) = '}${w.minus}${weightedLogs(w, [['0.6', '0.6'], ['0.4', '0.4']])}`),
  },
];
