// Runs one request shaped like a case of reference/vectors.json: {op, inputs, params}.
// The CLI's `calc --json -` and the reference tests go through here. Never throws.
import { crossEntropyBatch } from './batch';
import { binaryCrossEntropy } from './binary';
import type { Computation } from './diagnostics';
import { entropy, jsBreakdown, klDivergence, likelihood, logLikelihood } from './information';
import { entropyRows, INFORMATION_REDUCTIONS, jsRows, klRows, type InformationReduction, type RowsResult } from './information-rows';
import { crossEntropyFromLogits, crossEntropyFromLogitsBatch } from './logits';
import { readLogBase } from './logs';
import { crossEntropy } from './multiclass';
import type { BatchResult } from './reduce';
import type { LogBase } from './types';

export type ReferenceNumber = number | 'Infinity' | '-Infinity';
export type ReferenceAnswer = { value: ReferenceNumber | ReferenceNumber[] } | { error: string };

class BadRequest extends Error {}

type Json = Record<string, unknown>;

/** JSON numbers, and the strings "NaN", "Infinity", "-Infinity" that JSON cannot spell as numbers. */
function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v === 'NaN') return NaN;
  if (v === 'Infinity' || v === '+Infinity' || v === 'inf') return Infinity;
  if (v === '-Infinity' || v === '-inf') return -Infinity;
  throw new BadRequest();
}

function vector(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(num);
  return [num(v)];
}

function matrix(v: unknown): number[][] {
  if (!Array.isArray(v)) throw new BadRequest();
  return v.map(vector);
}

function optionalNumber(v: unknown): number | undefined {
  return v === undefined || v === null ? undefined : num(v);
}

function optionalVector(v: unknown): number[] | undefined {
  return v === undefined || v === null ? undefined : vector(v);
}

function encode(x: number): ReferenceNumber {
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x === 0 ? 0 : x; // no −0 in the output
}

function answer<T>(c: Computation<T>, pick: (value: T) => number | number[]): ReferenceAnswer {
  if (!c.ok) return { error: c.error.code };
  const v = pick(c.value);
  const values = Array.isArray(v) ? v : [v];
  if (values.some(Number.isNaN)) return { error: 'non_finite_input' };
  return { value: Array.isArray(v) ? v.map(encode) : encode(v) };
}

const batchValue = (r: BatchResult) => r.value;

function oneHot(index: number, k: number): number[] | number {
  // An out-of-range or fractional index is passed on as the index itself, to be refused by name.
  if (!Number.isInteger(index) || index < 0 || index >= k) return index;
  return Array.from({ length: k }, (_, j) => (j === index ? 1 : 0));
}

function run(op: string, inputs: Json, params: Json): ReferenceAnswer {
  const base = readLogBase(params.base);
  if (base === undefined) return { error: 'invalid_base' };
  const b: LogBase = base;
  const reduction = params.reduction as 'mean' | 'sum' | 'none' | undefined;
  const meanDivisor = params.mean_divisor as 'count' | 'weight_sum' | undefined;
  const common = {
    base: b,
    normalize: params.normalize === true,
    clipEps: optionalNumber(params.clip_eps),
    logFloor: optionalNumber(params.log_floor),
    labelSmoothing: optionalNumber(params.label_smoothing),
    // PyTorch calls class weights `weight`; the reference names them class_weights.
    classWeights: optionalVector(params.class_weights ?? (op.startsWith('ce') ? params.weights : undefined)),
  };
  const batch = {
    ...common,
    reduction,
    meanDivisor,
    sampleWeights: optionalVector(params.sample_weights),
    ignoreIndex: optionalNumber(params.ignore_index),
  };
  const fromLogits = params.from_logits === true || (inputs.z !== undefined && inputs.y === undefined) || (inputs.Z !== undefined && inputs.Y === undefined);

  switch (op) {
    case 'ce':
    case 'ce_logits': {
      const logits = op === 'ce_logits' || fromLogits;
      const scores = vector(logits ? inputs.z : inputs.y);
      const target = inputs.target_index !== undefined ? num(inputs.target_index) : vector(inputs.t);
      if (logits) return answer(crossEntropyFromLogits(scores, target, common), (r) => r.E);
      const t = typeof target === 'number' ? oneHot(target, scores.length) : target;
      if (typeof t === 'number') return { error: 'invalid_target' };
      return answer(crossEntropy(t, scores, common), (r) => r.E);
    }
    case 'ce_batch':
    case 'ce_logits_batch': {
      const logits = op === 'ce_logits_batch' || fromLogits;
      const scores = matrix(logits ? inputs.Z : inputs.Y);
      const targets = inputs.target_indices !== undefined ? vector(inputs.target_indices) : matrix(inputs.T);
      if (logits) return answer(crossEntropyFromLogitsBatch(scores, targets, batch), batchValue);
      return answer(crossEntropyBatch(targets, scores, batch), batchValue);
    }
    case 'bce':
    case 'bce_batch': {
      const scores = vector(fromLogits ? (inputs.z ?? inputs.y) : inputs.y);
      return answer(
        binaryCrossEntropy(vector(inputs.t), scores, {
          base: b,
          reduction,
          meanDivisor,
          logFloor: common.logFloor,
          clipEps: common.clipEps,
          weights: optionalVector(params.weights ?? params.sample_weights),
          posWeight: optionalNumber(params.pos_weight),
          labelSmoothing: common.labelSmoothing,
          fromLogits,
        }),
        batchValue,
      );
    }
    case 'likelihood':
    case 'log_likelihood': {
      const t = inputs.T !== undefined ? matrix(inputs.T) : [vector(inputs.t)];
      const y = inputs.Y !== undefined ? matrix(inputs.Y) : [vector(inputs.y)];
      // A batch's likelihood is the product over every sample: flatten after checking the shapes.
      if (t.length !== y.length || t.some((row, i) => row.length !== y[i]!.length)) return { error: 'shape_mismatch' };
      if (op === 'likelihood') return answer(likelihood(t.flat(), y.flat()), (r) => r.L);
      return answer(logLikelihood(t.flat(), y.flat(), { base: b }), (v) => v);
    }
    case 'entropy':
    case 'kl':
    case 'js':
    case 'js_distance':
      return information(op, inputs, params, b);
    default:
      return { error: 'invalid_request' };
  }
}

const rowsValue = (r: RowsResult) => r.value;

/**
 * entropy, kl, js and js_distance on p, q (one distribution each) or P, Q (one per row, reduced).
 * kl also reads PyTorch's names: `input` holds ln q and `target` holds p (ln p with log_target).
 */
function information(op: string, inputs: Json, params: Json, base: LogBase): ReferenceAnswer {
  const options = { base, normalize: params.normalize === true };
  const reduction = params.reduction as InformationReduction | undefined;
  if (reduction !== undefined && !INFORMATION_REDUCTIONS.includes(reduction)) return { error: 'invalid_option' };
  const torchNames = op === 'kl' && inputs.input !== undefined;
  const logInput = torchNames || params.log_input === true;
  const kl = { ...options, logInput, logTarget: params.log_target === true, generalized: params.generalized === true };
  const first = torchNames ? inputs.target : (inputs.P ?? inputs.T ?? inputs.p ?? inputs.t);
  const second = torchNames ? inputs.input : (inputs.Q ?? inputs.Y ?? inputs.q ?? inputs.y);
  const rows = Array.isArray(first) && Array.isArray(first[0]);
  const distance = op === 'js_distance' || params.distance === true;
  if (rows) {
    const P = matrix(first);
    if (op === 'entropy') return answer(entropyRows(P, { ...options, reduction }), rowsValue);
    const Q = matrix(second);
    if (op === 'kl') return answer(klRows(P, Q, { ...kl, reduction }), rowsValue);
    return answer(jsRows(P, Q, { ...options, reduction, distance }), rowsValue);
  }
  const p = vector(first);
  if (op === 'entropy') return answer(entropy(p, options), (v) => v);
  const q = vector(second);
  if (op === 'kl') return answer(klDivergence(p, q, kl), (v) => v);
  return answer(jsBreakdown(p, q, options), (r) => (distance ? r.distance : r.value));
}

/** Runs one request shaped like a vectors.json case: {op, inputs, params}. Never throws. */
export function runReferenceRequest(request: unknown): ReferenceAnswer {
  try {
    if (typeof request !== 'object' || request === null) return { error: 'invalid_request' };
    const { op, inputs, params } = request as Json;
    if (typeof op !== 'string' || typeof inputs !== 'object' || inputs === null) return { error: 'invalid_request' };
    if (params !== undefined && (typeof params !== 'object' || params === null)) return { error: 'invalid_request' };
    return run(op, inputs as Json, (params ?? {}) as Json);
  } catch {
    return { error: 'invalid_request' };
  }
}
