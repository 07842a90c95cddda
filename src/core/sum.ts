// Compensated summation (Neumaier's variant of Kahan's), for the careful paths.

export class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(x: number): void {
    const t = this.sum + x;
    if (Math.abs(this.sum) >= Math.abs(x)) this.compensation += this.sum - t + x;
    else this.compensation += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    // ∞ + finite compensation stays ∞; ∞ − ∞ cannot arise from non-negative loss terms.
    if (!Number.isFinite(this.sum)) return this.sum;
    return this.sum + this.compensation;
  }
}

export function compensatedSum(values: ArrayLike<number>): number {
  const s = new CompensatedSum();
  for (let i = 0; i < values.length; i++) s.add(values[i]!);
  return s.value;
}
