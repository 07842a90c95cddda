import { describe, expect, it } from 'vitest';
import { recogniseFormula } from '../index';
import { spacedMethodDots } from './text-method-chains';
import { recordFields } from './text-record-fields';

describe('text rules: record fields', () => {
  it('record-fields: a field read out of a record (after an index too) is one name', () => {
    expect(recordFields('smp.y * log(p)')).toBe('\\operatorname{smp.y} * log(p)');
    expect(recordFields('1 - train[s].y')).toBe('1 - \\operatorname{train[s].y}');
    expect(recordFields('out.layer_2.probs[k]')).toBe('\\operatorname{out.layer\\_2.probs}[k]');
  });

  it('record-fields: calls, transposes, shapes, constants, TeX groups and abbreviations stay', () => {
    for (const kept of ['np.log(p)', 'p.log().sum()', 'y.T @ q', 'x.shape[0]', 'np.e', 'math.pi', 'np.finfo(float).eps', '\\text{smp.y}', 'e.g. y']) {
      expect(recordFields(kept)).toBe(kept);
    }
  });

  it('a loss over a record’s fields names its target by the accessor', () => {
    expect(recogniseFormula('s -= smp.y * Math.log(p) + (1 - smp.y) * Math.log(1 - p);')?.roles).toMatchObject({ target: 'smp.y', prediction: 'p' });
    expect(recogniseFormula('return -(train[s].y * Math.log(p) + (1 - train[s].y) * Math.log(1 - p));')?.kind).toBe('ce_binary');
    expect(recogniseFormula('l = -np.log(out.probs[y])')?.roles).toMatchObject({ prediction: 'out.probs', classIndex: 'y' });
  });

  it("record-fields: R's $ accessors, escaped for TeX; math between dollars stays", () => {
    expect(recordFields('values$data$y * log(p)')).toBe('\\operatorname{values\\$data\\$y} * log(p)');
    expect(recordFields('$y$ and $p$')).toBe('$y$ and $p$');
    expect(recogniseFormula('d <- -2 * (v$data$y * log(p) + (1 - v$data$y) * log(1 - p))')?.kind).toBe('ce_binary');
  });

  it("reads C's field through a pointer, net->output->m, as a dotted accessor", () => {
    expect(recordFields(spacedMethodDots('log(net->out->m[i]) + net->forward(x)'))).toBe('log(\\operatorname{net.out.m}[i]) + net.forward(x)');
    expect(recogniseFormula('err -= log(CNN->fcnn_output->m[(int)labels_train.data[i]]);')?.kind).toBe('ce_multiclass');
  });

  it("reads Perl's $a->[$i] as the entry a[i]", () => {
    expect(spacedMethodDots('log(a->[i]) + b->[j] + (p -> q)')).toBe('log(a[i]) + b[j] + (p -> q)');
    expect(recogniseFormula('$fn += -$vec_y->[$i] * log($vec_a->[$i]) - (1 - $vec_y->[$i]) * log(1 - $vec_a->[$i]);')?.kind).toBe('ce_binary_batch');
  });
});
