// Benchmark of the numeric core's batch paths (DESIGN.md "Budgets"): batch cross-entropy
// over N×K probabilities against a bare Math.log loop over the same data, from-logits
// against a bare Math.exp loop and against TF.js's CPU backend. Prints a table, ratio
// first, and the largest relative error against a careful float64 evaluation
// (compensated sums). It asserts nothing.
import { crossEntropyBatchFlat, crossEntropyFromLogitsBatchFlat } from '../src/core/index';
import { CompensatedSum } from '../src/core/sum';

const N = 1000;
const K = 1000;
const RUNS = 21;
const WARMUP = 5;

/** A small deterministic generator (xorshift32), so every run sees the same data. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

function makeData() {
  const random = generator(20240501);
  const Z = new Float64Array(N * K);
  const Y = new Float64Array(N * K);
  const soft = new Float64Array(N * K);
  const oneHot = new Float64Array(N * K);
  const indices = new Int32Array(N);
  for (let r = 0; r < N; r++) {
    const o = r * K;
    let m = -Infinity;
    for (let c = 0; c < K; c++) {
      Z[o + c] = (random() - 0.5) * 12;
      m = Math.max(m, Z[o + c]!);
    }
    let s = 0;
    for (let c = 0; c < K; c++) s += Math.exp(Z[o + c]! - m);
    for (let c = 0; c < K; c++) Y[o + c] = Math.exp(Z[o + c]! - m) / s;
    let ts = 0;
    for (let c = 0; c < K; c++) ts += soft[o + c] = random() + 1e-3;
    for (let c = 0; c < K; c++) soft[o + c] = soft[o + c]! / ts;
    indices[r] = Math.floor(random() * K);
    oneHot[o + indices[r]!] = 1;
  }
  return { Z, Y, soft, oneHot, indices };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time in ms of `fn` over RUNS runs after WARMUP runs. */
function time(fn: () => unknown, runs = RUNS): number {
  for (let i = 0; i < WARMUP; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * The machines are shared, so a baseline timed a second earlier is not a fair yardstick:
 * core and baseline run back to back in each round, and the ratio is the median of the
 * rounds' ratios.
 */
function paired(core: () => unknown, baseline: () => unknown): { ms: number; baselineMs: number; ratio: number } {
  for (let i = 0; i < WARMUP; i++) {
    core();
    baseline();
  }
  const coreTimes: number[] = [];
  const baselineTimes: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    core();
    const c = performance.now() - start;
    start = performance.now();
    baseline();
    const b = performance.now() - start;
    coreTimes.push(c);
    baselineTimes.push(b);
    ratios.push(c / b);
  }
  return { ms: median(coreTimes), baselineMs: median(baselineTimes), ratio: median(ratios) };
}

let sink = 0;

function bareLog(Y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < Y.length; i++) s += Math.log(Y[i]!);
  sink += s;
  return s;
}

function bareExp(Z: Float64Array): number {
  let s = 0;
  for (let i = 0; i < Z.length; i++) s += Math.exp(Z[i]!);
  sink += s;
  return s;
}

/** Careful per-row losses: compensated sums throughout, log-softmax from the max. */
function carefulProbabilities(T: Float64Array, Y: Float64Array): number[] {
  const out: number[] = [];
  for (let r = 0; r < N; r++) {
    const s = new CompensatedSum();
    for (let c = r * K; c < r * K + K; c++) if (T[c]! !== 0) s.add(-T[c]! * Math.log(Y[c]!));
    out.push(s.value);
  }
  return out;
}

function carefulLogits(T: Float64Array, Z: Float64Array): number[] {
  const out: number[] = [];
  for (let r = 0; r < N; r++) {
    const o = r * K;
    let m = -Infinity;
    for (let c = 0; c < K; c++) m = Math.max(m, Z[o + c]!);
    const e = new CompensatedSum();
    for (let c = 0; c < K; c++) e.add(Math.exp(Z[o + c]! - m));
    const lse = Math.log(e.value);
    const s = new CompensatedSum();
    for (let c = 0; c < K; c++) if (T[o + c]! !== 0) s.add(T[o + c]! * (m - Z[o + c]! + lse));
    out.push(s.value);
  }
  return out;
}

function meanOf(values: number[]): number {
  const s = new CompensatedSum();
  for (const v of values) s.add(v);
  return s.value / values.length;
}

function maxRelativeError(actual: number[], reference: number[]): number {
  let worst = 0;
  for (let i = 0; i < reference.length; i++) {
    worst = Math.max(worst, Math.abs(actual[i]! - reference[i]!) / Math.abs(reference[i]!));
  }
  return worst;
}

function perSampleOf(result: ReturnType<typeof crossEntropyBatchFlat>): number[] {
  if (!result.ok) throw new Error(`benchmark data refused: ${result.error.code}`);
  return result.value.perSample;
}

function valueOf(result: ReturnType<typeof crossEntropyBatchFlat>): number {
  if (!result.ok) throw new Error(`benchmark data refused: ${result.error.code}`);
  return result.value.value as number;
}

interface Row {
  name: string;
  ms: number;
  against: string;
  againstMs: number;
  ratio: number;
  error: string;
}

async function tfjsTime(Z: Float64Array, oneHot: Float64Array): Promise<{ ms: number; error: number } | undefined> {
  try {
    const tf = await import('@tensorflow/tfjs-core');
    await import('@tensorflow/tfjs-backend-cpu');
    await tf.setBackend('cpu');
    await tf.ready();
    const logits = tf.tensor2d(Float32Array.from(Z), [N, K], 'float32');
    const labels = tf.tensor2d(Float32Array.from(oneHot), [N, K], 'float32');
    let value = 0;
    const ms = time(() => {
      const loss = tf.losses.softmaxCrossEntropy(labels, logits);
      value = loss.dataSync()[0]!;
      loss.dispose();
    });
    logits.dispose();
    labels.dispose();
    return { ms, error: value };
  } catch (error) {
    console.error(`TF.js unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const { Z, Y, soft, oneHot, indices } = makeData();
  const rows: Row[] = [];
  const targetSets = [
    ['soft targets', soft],
    ['one-hot targets', oneHot],
  ] as const;
  for (const [label, T] of targetSets) {
    const t = paired(() => crossEntropyBatchFlat(T, Y, N, K), () => bareLog(Y));
    const error = maxRelativeError(perSampleOf(crossEntropyBatchFlat(T, Y, N, K, { reduction: 'none' })), carefulProbabilities(T, Y));
    rows.push({ name: `crossEntropyBatchFlat, ${label}`, ms: t.ms, against: 'bare Math.log loop', againstMs: t.baselineMs, ratio: t.ratio, error: error.toExponential(2) });
  }
  for (const [label, T] of targetSets) {
    const t = paired(() => crossEntropyFromLogitsBatchFlat(Z, T, N, K), () => bareExp(Z));
    const error = maxRelativeError(perSampleOf(crossEntropyFromLogitsBatchFlat(Z, T, N, K, { reduction: 'none' })), carefulLogits(T, Z));
    rows.push({ name: `crossEntropyFromLogitsBatchFlat, ${label}`, ms: t.ms, against: 'bare Math.exp loop', againstMs: t.baselineMs, ratio: t.ratio, error: error.toExponential(2) });
  }
  const t = paired(() => crossEntropyFromLogitsBatchFlat(Z, indices, N, K), () => bareExp(Z));
  const indexError = maxRelativeError(perSampleOf(crossEntropyFromLogitsBatchFlat(Z, indices, N, K, { reduction: 'none' })), carefulLogits(oneHot, Z));
  rows.push({ name: 'crossEntropyFromLogitsBatchFlat, class indices', ms: t.ms, against: 'bare Math.exp loop', againstMs: t.baselineMs, ratio: t.ratio, error: indexError.toExponential(2) });

  const tfjs = await tfjsTime(Z, oneHot);
  if (tfjs) {
    const ours = time(() => crossEntropyFromLogitsBatchFlat(Z, oneHot, N, K));
    const reference = meanOf(carefulLogits(oneHot, Z));
    const oursError = Math.abs(valueOf(crossEntropyFromLogitsBatchFlat(Z, oneHot, N, K)) - reference) / reference;
    rows.push({
      name: 'crossEntropyFromLogitsBatchFlat, one-hot, mean',
      ms: ours,
      against: 'TF.js cpu softmaxCrossEntropy',
      againstMs: tfjs.ms,
      ratio: ours / tfjs.ms,
      error: `${oursError.toExponential(2)} (TF.js float32: ${(Math.abs(tfjs.error - reference) / reference).toExponential(2)})`,
    });
  }

  console.log(`Numeric core, batch ${N}×${K}, median of ${RUNS} runs after ${WARMUP} warm-up runs (ratio: median of back-to-back pairs)\n`);
  const header = ['ratio', 'core ms', 'baseline ms', 'core path', 'baseline', 'max rel. error vs careful float64'];
  const table = rows.map((r) => [
    `${r.ratio.toFixed(2)}×`,
    r.ms.toFixed(2),
    r.againstMs.toFixed(2),
    r.name,
    r.against,
    r.error,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  console.log('\nTargets: ≤ 1.3× the bare loop; TF.js ratio ≤ 0.33 (3× faster); errors at float64 rounding (~1e-15).');
  if (sink === 42) console.log('');
}

void main();
