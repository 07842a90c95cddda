// npm run fuzz:notation: cross-entropy formulas and their near misses written in
// styles drawn at random (src/tex/variations), each checked against the kind a
// reader would give it. Prints the failure rate per form, the choices most often
// found in failures, and examples; exits 1 when any case fails.
//
//   npm run fuzz:notation                     20,000 cases, a random seed
//   npm run fuzz:notation -- --runs 2000      fewer
//   npm run fuzz:notation -- --seed 42        reproduce a run
//   npm run fuzz:notation -- --examples 40    print more failing formulas
import fc from 'fast-check';
import { VARIATION_FORMS, variationArbitrary, variationFailure } from '../src/tex/variations';
import type { Variation } from '../src/tex/variations';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const runs = Number(option('--runs') ?? 20_000);
const seed = Number(option('--seed') ?? Date.now() % 2 ** 31);
const exampleCount = Number(option('--examples') ?? 25);

interface Tally {
  cases: number;
  failures: number;
}

function bump(map: Map<string, Tally>, key: string, failed: boolean): void {
  const tally = map.get(key) ?? { cases: 0, failures: 0 };
  tally.cases += 1;
  tally.failures += failed ? 1 : 0;
  map.set(key, tally);
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);

function main(): void {
  const byForm = new Map<string, Tally>();
  const byChoice = new Map<string, Tally>();
  const examples: { variation: Variation; failure: string }[] = [];
  let failures = 0;
  const samples = fc.sample(variationArbitrary(), { numRuns: runs, seed });
  for (const variation of samples) {
    const failure = variationFailure(variation);
    bump(byForm, variation.form.name, failure !== null);
    for (const choice of variation.choices) bump(byChoice, choice, failure !== null);
    if (failure) {
      failures += 1;
      if (examples.length < exampleCount) examples.push({ variation, failure });
    }
  }
  console.log(`notation variations: ${runs.toLocaleString('en')} cases over ${VARIATION_FORMS.length} forms, seed ${seed}`);
  console.log(`failures: ${failures.toLocaleString('en')} (${pct(failures, runs)})\n`);
  console.log('| failed | cases | form |\n|---:|---:|---|');
  for (const [name, t] of [...byForm].sort((a, b) => b[1].failures / b[1].cases - a[1].failures / a[1].cases)) {
    console.log(`| ${pct(t.failures, t.cases)} | ${t.cases} | ${name} |`);
  }
  // A choice whose failure rate stands far above the overall rate is the likely cause.
  const overall = failures / Math.max(1, runs);
  const suspects = [...byChoice].filter(([, t]) => t.cases >= 20 && t.failures / t.cases > Math.max(2 * overall, 0.02)).sort((a, b) => b[1].failures / b[1].cases - a[1].failures / a[1].cases);
  if (suspects.length > 0) {
    console.log('\n| failed | cases | choice (failing well above the overall rate) |\n|---:|---:|---|');
    for (const [name, t] of suspects.slice(0, 40)) console.log(`| ${pct(t.failures, t.cases)} | ${t.cases} | ${name} |`);
  }
  if (examples.length > 0) {
    console.log('\nexamples:');
    for (const { variation, failure } of examples) console.log(`- [${variation.form.name}] ${failure}\n    ${variation.tex}`);
  }
  if (failures > 0) process.exitCode = 1;
}

main();
