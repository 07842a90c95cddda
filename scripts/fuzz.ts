// npm run fuzz: 100k generated inputs through the TeX reader, the paste parser and the
// numeric core (see fuzz-properties.ts for what each must keep). Prints a table with the
// worst time of one call per property and exits 1 on the first broken property or on a
// call slower than the bound.
//
//   npm run fuzz                        100,000 cases, a random seed
//   npm run fuzz -- --runs 20000        fewer
//   npm run fuzz -- --seed 42           reproduce a run
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { PROPERTIES, type FuzzProperty } from './fuzz-properties';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const totalRuns = Number(option('--runs') ?? 100_000);
const seed = Number(option('--seed') ?? Date.now() % 2 ** 31);
/** One input taking longer than this is a hang in the making (a page would freeze), not noise. */
const BOUND_MS = Number(option('--bound-ms') ?? 1000);

interface Timing {
  cases: number;
  worstMs: number;
  worstInput: unknown;
  p99Ms: number;
  totalMs: number;
}

function runProperty(property: FuzzProperty<unknown>, runs: number): { timing: Timing; failure?: string } {
  const times: number[] = [];
  let worstMs = 0;
  let worstInput: unknown;
  const timed = (input: unknown): void => {
    const started = performance.now();
    try {
      property.check(input);
    } finally {
      const ms = performance.now() - started;
      times.push(ms);
      if (ms > worstMs) {
        worstMs = ms;
        worstInput = input;
      }
    }
  };
  const details = fc.check(fc.property(property.arbitrary, timed), { numRuns: runs, seed });
  times.sort((a, b) => a - b);
  const timing = {
    cases: times.length,
    worstMs,
    worstInput,
    p99Ms: times[Math.floor(times.length * 0.99)] ?? 0,
    totalMs: times.reduce((a, b) => a + b, 0),
  };
  if (!details.failed) return { timing };
  const counterexample = JSON.stringify(details.counterexample?.[0])?.slice(0, 400);
  return { timing, failure: `${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}\n  input: ${counterexample}` };
}

function preview(input: unknown): string {
  const text = typeof input === 'string' ? input : JSON.stringify(input) ?? String(input);
  const oneLine = text.replace(/\s+/g, ' ');
  return `${oneLine.slice(0, 60)}${oneLine.length > 60 ? '…' : ''} (${text.length} chars)`;
}

function main(): void {
  const weights = PROPERTIES.reduce((sum, p) => sum + p.weight, 0);
  console.log(`fuzzing ${totalRuns.toLocaleString('en')} cases, seed ${seed}\n`);
  console.log('| worst ms | p99 ms | cases | property | slowest input |');
  console.log('|---:|---:|---:|---|---|');
  const failures: string[] = [];
  let cases = 0;
  let worst = { ms: 0, name: '' };
  for (const property of PROPERTIES) {
    const runs = Math.max(1, Math.round((totalRuns * property.weight) / weights));
    const { timing, failure } = runProperty(property, runs);
    cases += timing.cases;
    if (timing.worstMs > worst.ms) worst = { ms: timing.worstMs, name: property.name };
    console.log(
      `| ${timing.worstMs.toFixed(2)} | ${timing.p99Ms.toFixed(3)} | ${timing.cases.toLocaleString('en')} | ${property.name} | ${preview(timing.worstInput)} |`,
    );
    if (failure) failures.push(`${property.name}: ${failure}`);
    if (timing.worstMs > BOUND_MS) failures.push(`${property.name}: one call took ${timing.worstMs.toFixed(0)} ms (bound ${BOUND_MS} ms)`);
  }
  console.log(`\n${cases.toLocaleString('en')} cases; worst single call ${worst.ms.toFixed(2)} ms (${worst.name}); seed ${seed}`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} broken:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

main();
