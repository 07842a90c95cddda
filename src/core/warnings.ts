// Collects warnings over a batch: the first occurrence of each code is kept (with its
// row and values) and the number of rows it happened in is added as `rows`.
import { warningOf, type Diagnostic, type WarningCode } from './diagnostics';

export class WarningCollector {
  private readonly first = new Map<WarningCode, Diagnostic>();
  private readonly counts = new Map<WarningCode, number>();

  note(code: WarningCode, where: Omit<Diagnostic, 'code' | 'severity'> = {}): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
    if (!this.first.has(code)) this.first.set(code, warningOf(code, where));
  }

  add(diagnostics: Diagnostic[]): void {
    for (const d of diagnostics) if (d.severity === 'warning') this.note(d.code as WarningCode, d);
  }

  list(): Diagnostic[] {
    return [...this.first.entries()].map(([code, d]) => {
      const rows = this.counts.get(code) ?? 1;
      return rows > 1 ? { ...d, values: { ...d.values, rows } } : d;
    });
  }
}
