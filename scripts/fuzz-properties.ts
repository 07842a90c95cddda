// Properties every input must keep, shared by `npm run fuzz` (100k cases) and
// test/unit/fuzz.test.ts (a few hundred per property): nothing throws, no NaN reaches
// anything shown (numbers are finite, or ±∞ with a diagnostic), answers stay in their
// closed vocabularies. The time of each call is measured by the runner, not asserted here.
import fc from 'fast-check';
import {
  binaryCrossEntropy,
  crossEntropy,
  crossEntropyBatch,
  crossEntropyFromLogits,
  ERROR_CODES,
  parseNumbers,
  parseTargets,
  runReferenceRequest,
  WARNING_CODES,
  type Computation,
  type CrossEntropyOptions,
  type LogBase,
  type MeanDivisor,
  type Reduction,
} from '../src/core/index';
import { analyseFormula, FORMULA_KINDS, mightBeCrossEntropy } from '../src/tex/index';
import {
  corpusFormulas,
  deepBraces,
  HOSTILE_TEX,
  hugeFormula,
  NUMBER_TOKENS,
  referenceRequests,
  TEX_TOKENS,
  type ReferenceRequest,
} from './fuzz-corpus';

export interface FuzzProperty<T> {
  name: string;
  /** Share of the 100k cases of `npm run fuzz`. */
  weight: number;
  arbitrary: fc.Arbitrary<T>;
  /** Throws when the property does not hold. */
  check(input: T): void;
}

class Violation extends Error {}

function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Violation(message);
}

/** The path of the first NaN inside a result, or undefined. */
export function findNaN(value: unknown, path = '$', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const array = value as unknown as ArrayLike<number>;
    for (let i = 0; i < array.length; i++) if (Number.isNaN(array[i])) return `${path}[${i}]`;
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    const found = findNaN(inner, `${path}.${key}`, seen);
    if (found) return found;
  }
  return undefined;
}

const ERRORS = new Set<string>(ERROR_CODES);
const WARNINGS = new Set<string>(WARNING_CODES);
const KINDS = new Set<string>(FORMULA_KINDS);

/** A computation is an error with a known code, or a value with no NaN whose infinities are explained. */
function checkComputation<T>(result: Computation<T>, infinite: (value: T) => boolean): void {
  ensure(result !== null && typeof result === 'object', 'no result object');
  for (const w of result.warnings) ensure(WARNINGS.has(w.code), `unknown warning code ${w.code}`);
  if (!result.ok) {
    ensure(ERRORS.has(result.error.code), `unknown error code ${result.error.code}`);
    return;
  }
  const nan = findNaN(result.value);
  ensure(nan === undefined, `NaN at ${nan}`);
  if (infinite(result.value)) ensure(result.warnings.length > 0, 'an infinite result without a diagnostic');
}

const notFinite = (x: number): boolean => !Number.isFinite(x);
const anyNotFinite = (v: number | number[]): boolean => (Array.isArray(v) ? v.some(notFinite) : notFinite(v));

// --- arbitraries: numbers

const SPECIAL = [0, -0, 1, -1, 0.5, 1 - 1e-16, 1e-16, 5e-324, 2.2250738585072014e-308, 1e308, -1e308, NaN, Infinity, -Infinity, 1000, -1000];
const probability = fc.double({ min: 0, max: 1, noNaN: true });
const anyNumber = fc.oneof(
  { weight: 5, arbitrary: probability },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 12 }) },
);
const vector = (min = 0, max = 10) => fc.array(anyNumber, { minLength: min, maxLength: max });
/** Mostly well-formed (t one-hot or soft, y on the simplex), sometimes anything. */
const distribution = fc
  .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 10 })
  .map((w) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return sum > 0 ? w.map((x) => x / sum) : w;
  });
const pair = fc.oneof(
  fc.tuple(vector(), vector()),
  fc.integer({ min: 1, max: 10 }).chain((k) =>
    fc.tuple(fc.array(fc.oneof(probability, anyNumber), { minLength: k, maxLength: k }), fc.array(fc.oneof(probability, anyNumber), { minLength: k, maxLength: k })),
  ),
  fc.tuple(distribution, distribution),
);
// Each closed option also gets a value outside its union: the core must refuse it by name.
const base = fc.constantFrom<LogBase>('e', '2', '10', 'e', 'x' as LogBase);
const reduction = fc.constantFrom<Reduction>('mean', 'sum', 'none', 'x' as Reduction);
const meanDivisor = fc.constantFrom<MeanDivisor>('count', 'weight_sum', 'x' as MeanDivisor);
const options: fc.Arbitrary<CrossEntropyOptions> = fc.record(
  { base, normalize: fc.boolean(), clipEps: anyNumber, logFloor: anyNumber, labelSmoothing: anyNumber, classWeights: vector() },
  { requiredKeys: [] },
);

// --- arbitraries: text

const CORPUS = corpusFormulas();
const REQUESTS = referenceRequests();

const randomTex = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...TEX_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) }), { maxLength: 80 })
  .map((parts) => parts.join(''));

type Mutation = { at: number; op: 'insert' | 'delete' | 'duplicate' | 'digits'; token: string; length: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('insert', 'delete', 'duplicate', 'digits'),
  token: fc.oneof(fc.constantFrom(...TEX_TOKENS), fc.double().map(String)),
  length: fc.nat(40),
});

function mutate(tex: string, mutations: Mutation[]): string {
  let s = tex;
  for (const m of mutations) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.op === 'insert') s = s.slice(0, at) + m.token + s.slice(at);
    else if (m.op === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else if (m.op === 'duplicate') s = s.slice(0, at + m.length) + s.slice(at);
    else s = s.replace(/\d+(?:\.\d+)?/g, (d, offset: number) => (offset >= at ? m.token : d));
  }
  return s;
}

const mutatedTex = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { maxLength: 6 }))
  .map(([tex, mutations]) => mutate(tex, mutations));

const hostileTex = fc.oneof(
  fc.constantFrom(...HOSTILE_TEX),
  fc.integer({ min: 1, max: 400 }).map(deepBraces),
  fc.integer({ min: 100, max: 20_000 }).map(hugeFormula),
  fc.tuple(fc.constantFrom(...HOSTILE_TEX), fc.constantFrom(...CORPUS)).map(([a, b]) => `${b} ${a} ${b}`),
);

const pastedNumbers = fc
  .array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NUMBER_TOKENS) }, { weight: 2, arbitrary: fc.double().map(String) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

// --- JSON requests, some well-formed, some mutated at one leaf, some anything

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => leafPaths(inner, [...path, key]))];
}

function replaceAt(request: ReferenceRequest, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(request) as unknown as Record<string | number, unknown>;
  const paths = leafPaths(copy).filter((p) => p.length > 0);
  const path = paths[pick % paths.length]!;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

const replacement = fc.oneof(
  anyNumber.map((x): unknown => x),
  fc.constantFrom<unknown>('NaN', 'Infinity', '-Infinity', 'inf', 'mean', 'sum', 'none', 'x', null, true, [], {}, [[]], [NaN]),
  vector(0, 6).map((v): unknown => v),
  fc.jsonValue({ maxDepth: 3 }),
);
const request = fc.oneof(
  fc.constantFrom<unknown>(...REQUESTS),
  fc.tuple(fc.constantFrom(...REQUESTS), fc.nat(), replacement).map(([r, pick, value]) => replaceAt(r, pick, value)),
  fc.jsonValue({ maxDepth: 4 }).map((v): unknown => v as Json),
  fc.record({ op: fc.constantFrom('ce', 'ce_logits', 'ce_batch', 'ce_logits_batch', 'bce', 'bce_batch', 'likelihood', 'log_likelihood', 'entropy', 'kl'), inputs: fc.dictionary(fc.constantFrom('t', 'y', 'z', 'T', 'Y', 'Z', 'p', 'q', 'target_index', 'target_indices'), replacement), params: fc.dictionary(fc.constantFrom('base', 'reduction', 'mean_divisor', 'weights', 'class_weights', 'sample_weights', 'ignore_index', 'label_smoothing', 'clip_eps', 'log_floor', 'pos_weight', 'from_logits', 'normalize'), replacement) }).map((r): unknown => r),
);

// --- the properties

function checkAnalysis(tex: string): void {
  const analysis = analyseFormula(tex);
  ensure(analysis.tex === tex, 'analysis.tex is not the input');
  const { recognition, example } = analysis;
  if (recognition) {
    ensure(KINDS.has(recognition.kind), `unknown kind ${recognition.kind}`);
    for (const [role, symbol] of Object.entries(recognition.roles)) ensure(typeof symbol === 'string', `role ${role} is not a string`);
  }
  if (example) {
    ensure(findNaN(example) === undefined, `NaN in the worked example at ${findNaN(example)}`);
    ensure(['correct', 'rounding', 'wrong'].includes(example.verdict), `unknown verdict ${example.verdict}`);
    ensure(example.kind === null || KINDS.has(example.kind), `unknown example kind ${example.kind}`);
  }
  // The content script's prefilter may say yes too often, never no to something recognised.
  if (recognition || example) ensure(mightBeCrossEntropy(tex), 'the prefilter rejects a formula the recogniser accepts');
}

function checkParsed(text: string, parsed: ReturnType<typeof parseNumbers>): void {
  if (!parsed.ok) {
    ensure(ERRORS.has(parsed.error.code), `unknown parse error ${parsed.error.code}`);
    const { start, end } = parsed.error;
    ensure(0 <= start && start <= end && end <= text.length, `error span ${start}..${end} outside the text`);
    return;
  }
  ensure(findNaN(parsed.values) === undefined, 'NaN among the parsed values');
  ensure(parsed.rows.flat().length === parsed.values.length, 'rows do not hold the values');
}

/** Each property keeps its own input type; the runners only pass inputs from its arbitrary back to it. */
function define<T>(property: FuzzProperty<T>): FuzzProperty<unknown> {
  return property as unknown as FuzzProperty<unknown>;
}

export const PROPERTIES: FuzzProperty<unknown>[] = [
  define({ name: 'TeX: random', weight: 16, arbitrary: randomTex, check: checkAnalysis }),
  define({ name: 'TeX: mutated corpus and seed', weight: 20, arbitrary: mutatedTex, check: checkAnalysis }),
  define({ name: 'TeX: hostile and huge', weight: 2, arbitrary: hostileTex, check: checkAnalysis }),
  define({
    name: 'calculator: parseNumbers',
    weight: 10,
    arbitrary: pastedNumbers,
    check: (text: string) => checkParsed(text, parseNumbers(text)),
  }),
  define({
    name: 'calculator: parseTargets',
    weight: 5,
    arbitrary: fc.tuple(pastedNumbers, fc.integer({ min: -1, max: 12 })),
    check: ([text, k]: [string, number]) => checkParsed(text, parseTargets(text, k)),
  }),
  define({
    name: 'calculator: pasted t, y → E',
    weight: 10,
    arbitrary: fc.tuple(pastedNumbers, pastedNumbers, base),
    check: ([tText, yText, b]: [string, string, LogBase]) => {
      const y = parseNumbers(yText);
      const t = parseTargets(tText, y.ok ? y.values.length : 0);
      if (!y.ok || !t.ok) return;
      checkComputation(crossEntropy(t.values, y.values, { base: b }), (r) => notFinite(r.E));
    },
  }),
  define({
    name: 'core: crossEntropy',
    weight: 10,
    arbitrary: fc.tuple(pair, options),
    check: ([[t, y], o]: [[number[], number[]], CrossEntropyOptions]) => checkComputation(crossEntropy(t, y, o), (r) => notFinite(r.E)),
  }),
  define({
    name: 'core: binaryCrossEntropy',
    weight: 7,
    arbitrary: fc.tuple(pair, fc.record({ base, reduction, fromLogits: fc.boolean(), posWeight: anyNumber, weights: vector(), clipEps: anyNumber, logFloor: anyNumber }, { requiredKeys: [] })),
    check: ([[t, y], o]: [[number[], number[]], Parameters<typeof binaryCrossEntropy>[2]]) =>
      checkComputation(binaryCrossEntropy(t, y, o), (r) => anyNotFinite(r.value)),
  }),
  define({
    name: 'core: crossEntropyFromLogits',
    weight: 7,
    arbitrary: fc.tuple(vector(0, 10), fc.oneof(vector(0, 10), anyNumber), fc.record({ base, labelSmoothing: anyNumber, classWeights: vector() }, { requiredKeys: [] })),
    check: ([z, target, o]: [number[], number | number[], Parameters<typeof crossEntropyFromLogits>[2]]) =>
      checkComputation(crossEntropyFromLogits(z, target, o), (r) => notFinite(r.E)),
  }),
  define({
    name: 'core: crossEntropyBatch',
    weight: 6,
    arbitrary: fc.tuple(
      fc.oneof(fc.array(vector(0, 6), { maxLength: 6 }), vector(0, 6)),
      fc.array(vector(0, 6), { maxLength: 6 }),
      fc.record({ base, reduction, meanDivisor, sampleWeights: vector(0, 6), classWeights: vector(0, 6), ignoreIndex: anyNumber, labelSmoothing: anyNumber, clipEps: anyNumber, logFloor: anyNumber }, { requiredKeys: [] }),
    ),
    check: ([T, Y, o]: [number[] | number[][], number[][], Parameters<typeof crossEntropyBatch>[2]]) =>
      checkComputation(crossEntropyBatch(T, Y, o), (r) => anyNotFinite(r.value)),
  }),
  define({
    name: 'core: runReferenceRequest',
    weight: 7,
    arbitrary: request,
    check: (input: unknown) => {
      const answer = runReferenceRequest(input);
      if ('error' in answer) {
        ensure(ERRORS.has(answer.error), `unknown error code ${answer.error}`);
        return;
      }
      const values = Array.isArray(answer.value) ? answer.value : [answer.value];
      for (const v of values) ensure(typeof v === 'number' ? !Number.isNaN(v) : v === 'Infinity' || v === '-Infinity', `bad value ${String(v)}`);
    },
  }),
];
