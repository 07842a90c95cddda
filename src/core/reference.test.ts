import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReferenceRequest, type ReferenceNumber } from './reference';

interface ReferenceCase {
  id: string;
  op: string;
  inputs: Record<string, unknown>;
  params: Record<string, unknown>;
  expected: number | string | (number | string)[] | null;
  expected_error_kind?: string;
  tolerance?: { rtol: number; atol: number };
}

// The shared data sits beside the repository: <repo>/../shared/reference/vectors.json.
// test/fixtures/reference/information.json adds the information family (entropy, KL, JS) and the
// Keras conventions: SciPy's documented examples and closed forms, each naming its source.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(repoRoot, path), 'utf8')) as ReferenceCase[];
const cases = read('../shared/reference/vectors.json');
const informationCases = read('test/fixtures/reference/information.json');

function close(actual: ReferenceNumber, expected: number | string, rtol: number, atol: number): boolean {
  if (typeof expected === 'string' || typeof actual === 'string') return actual === expected;
  return Math.abs(actual - expected) <= atol + rtol * Math.abs(expected);
}

function check(c: ReferenceCase): void {
  const got = runReferenceRequest({ op: c.op, inputs: c.inputs, params: c.params });
  if (c.expected === null) {
    expect(got).toEqual({ error: c.expected_error_kind });
    return;
  }
  if (!('value' in got)) throw new Error(`expected a value, got error ${got.error}`);
  const { rtol, atol } = c.tolerance ?? { rtol: 1e-12, atol: 1e-300 };
  if (Array.isArray(c.expected)) {
    expect(Array.isArray(got.value)).toBe(true);
    const values = got.value as ReferenceNumber[];
    expect(values.length).toBe(c.expected.length);
    c.expected.forEach((e, i) => expect(close(values[i]!, e, rtol, atol), `${i}: ${values[i]} vs ${e}`).toBe(true));
  } else {
    expect(Array.isArray(got.value)).toBe(false);
    expect(close(got.value as ReferenceNumber, c.expected, rtol, atol), `${String(got.value)} vs ${c.expected}`).toBe(true);
  }
}

describe('reference vectors', () => {
  it('has cases to check', () => {
    expect(cases.length).toBeGreaterThan(50);
  });

  for (const c of cases) it(c.id, () => check(c));
});

describe('information family and Keras conventions', () => {
  it('names the source of every case', () => {
    for (const c of informationCases) {
      const source = (c as ReferenceCase & { source?: { kind?: string } }).source;
      expect(['documentation', 'closed_form'], c.id).toContain(source?.kind);
    }
  });

  for (const c of informationCases) it(c.id, () => check(c));
});

describe('runReferenceRequest on malformed requests', () => {
  it.each([null, 3, 'x', {}, { op: 'ce' }, { op: 'nope', inputs: {}, params: {} }, { op: 'ce', inputs: { t: ['a'], y: [1] }, params: {} }])(
    'answers invalid_request for %j',
    (request) => {
      expect(runReferenceRequest(request)).toEqual({ error: 'invalid_request' });
    },
  );
});
