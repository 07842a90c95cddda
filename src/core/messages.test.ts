import { describe, expect, it } from 'vitest';
import { ERROR_CODES, WARNING_CODES, type Diagnostic } from './diagnostics';
import { describeDiagnostic } from './messages';
import { crossEntropy } from './multiclass';

describe('describeDiagnostic', () => {
  const all = [...ERROR_CODES.map((code) => ({ code, severity: 'error' as const })), ...WARNING_CODES.map((code) => ({ code, severity: 'warning' as const }))];

  it.each(all)('has an English and a Japanese sentence for $code', (d: Diagnostic) => {
    const en = describeDiagnostic({ ...d, input: 'y', index: 1, values: { value: 2, sum: 1.5, difference: 0.5, count: 1 } }, 'en');
    const ja = describeDiagnostic({ ...d, input: 'y', index: 1, values: { value: 2, sum: 1.5, difference: 0.5, count: 1 } }, 'ja');
    expect(en).toMatch(/^[A-Z0-9"a-z].*[.]$/s);
    expect(ja).toMatch(/。$/);
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(en).not.toBe(ja);
  });

  it('names the place and the numbers', () => {
    const r = crossEntropy([1, 0], [0.2, 0.3]);
    const warning = r.warnings.find((w) => w.code === 'y_not_normalised')!;
    expect(describeDiagnostic(warning, 'en')).toBe('The predictions y add up to 0.5, not 1 (off by -0.5); it was used as given, not rescaled.');
    expect(describeDiagnostic(warning, 'ja')).toContain('合計は0.5');
    const infinite = crossEntropy([1, 0], [0, 1]).warnings.find((w) => w.code === 'infinite_loss')!;
    expect(describeDiagnostic(infinite, 'en')).toContain('y[0]');
    expect(describeDiagnostic(infinite, 'en')).toContain('+∞');
  });

  it('names rows and classes in batches', () => {
    const d: Diagnostic = { code: 'non_finite_input', severity: 'error', input: 'y', row: 2, index: 1, values: { value: 'NaN' } };
    expect(describeDiagnostic(d, 'en')).toBe('The predictions y, row 3, class 1 is NaN; only finite numbers can be used here.');
    expect(describeDiagnostic(d, 'ja')).toContain('3行目・クラス1');
  });
});
