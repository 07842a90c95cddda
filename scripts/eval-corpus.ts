// npm run eval:corpus — scores the recogniser on ../shared/corpus/formulas.json
// (recall, precision, kind and role accuracy, a table per label, the misses) and
// the worked-example checker on worked_examples.json; then the same figures on the
// generalisation cases written in other authors' notation (src/tex/fixtures); then
// the held-out corpus (test/corpus/formulas): dev and the retired splits (holdout, fresh to
// fresh26) with their misses, test as figures only (fresh27, being gathered, figures only and only when named). Choose parts with `npm run eval:corpus -- --splits public,dev` (default: all).
import { binaryCrossEntropy, crossEntropy, crossEntropyBatch } from '../src/core';
import { acceptedKinds, loadFormulas, loadWorkedExamples, roleAgreement } from '../src/tex/corpus';
import type { CorpusWorkedExample } from '../src/tex/corpus';
import { loadGeneralisationFormulas, loadGeneralisationWorkedExamples, percent, scoreFormulas, scoreWorkedExamples } from '../src/tex/generalisation';
import { CATEGORIES, countHeldout, GATHERING_SPLITS, HELDOUT_SPLITS, isCrossEntropyKind, loadHeldoutSources, MEASURED_SPLITS, scoreHeldout } from '../src/tex/heldout';
import type { HeldoutSplit } from '../src/tex/heldout';
import { checkWorkedExample, recogniseFormula, statedFrom, verdictAt } from '../src/tex/index';
import { VERDICT_HALVES } from '../src/tex/verdict-corpus';
import { evalVerdicts, VERDICT_PARTS } from './eval-verdicts';

const PARTS = ['public', 'generalisation', ...HELDOUT_SPLITS, ...VERDICT_PARTS] as const;
type Part = (typeof PARTS)[number];
const chosen = chosenParts(process.argv.slice(2));
if (chosen.has('public')) evalPublic();
if (chosen.has('generalisation')) evalGeneralisation();
for (const split of HELDOUT_SPLITS) if (chosen.has(split)) evalHeldout(split);
for (const half of VERDICT_HALVES) if (chosen.has(`verdicts-${half}`)) evalVerdicts(half);

function chosenParts(args: string[]): Set<Part> {
  const at = args.findIndex((arg) => arg === '--splits' || arg.startsWith('--splits='));
  // A split still being gathered runs only when named.
  if (at < 0) return new Set(PARTS.filter((part) => !(GATHERING_SPLITS as readonly string[]).includes(part)));
  const value = args[at]?.includes('=') ? args[at]?.split('=')[1] : args[at + 1];
  const names = (value ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (unknown.length || !names.length) {
    console.error(`--splits takes a comma-separated list of ${PARTS.join(', ')} (got "${value ?? ''}")`);
    process.exit(2);
  }
  return new Set(names as Part[]);
}

function evalPublic(): void {
  const formulas = loadFormulas();
  let truePositive = 0;
  let falseNegative = 0;
  let falsePositive = 0;
  let trueNegative = 0;
  let kindRight = 0;
  let kindJudged = 0;
  let rolesChecked = 0;
  let rolesAgreed = 0;
  const perLabel = new Map<string, { n: number; right: number }>();
  const misses: string[] = [];

  for (const item of formulas) {
    const recognition = recogniseFormula(item.tex);
    const kind = recognition?.kind ?? null;
    // Only the cross-entropy kinds are a cross-entropy badge; entropy, KL and JS are scored by label.
    const badge = isCrossEntropyKind(kind) ? kind : null;
    const accepted = acceptedKinds(item.label);
    const positive = accepted !== 'any' && !accepted.includes(null);
    const right = accepted === 'any' || accepted.includes(kind);
    const row = perLabel.get(item.label) ?? { n: 0, right: 0 };
    row.n += 1;
    row.right += right ? 1 : 0;
    perLabel.set(item.label, row);
    if (accepted !== 'any') {
      if (positive && badge) truePositive += 1;
      if (positive && !badge) falseNegative += 1;
      if (!positive && badge) falsePositive += 1;
      if (!positive && !badge) trueNegative += 1;
      if (positive && badge) {
        kindJudged += 1;
        if (right) kindRight += 1;
      }
    }
    if (!right) misses.push(`${item.id} ${item.label} → ${kind ?? 'null'}   ${item.tex.replace(/\s+/g, ' ').slice(0, 90)}`);
    if (positive && badge && right) {
      const agreement = roleAgreement(recognition?.roles ?? {}, item.variables, item.tex);
      rolesChecked += agreement.checked;
      rolesAgreed += agreement.agreed;
      for (const miss of agreement.misses) misses.push(`${item.id} role ${miss}`);
    }
}

const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
console.log('Formulas (' + formulas.length + ')');
console.log(`  recall     ${pct(truePositive, truePositive + falseNegative)}   (target ≥ 98 %)`);
console.log(`  precision  ${pct(truePositive, truePositive + falsePositive)}   (target ≥ 99 %)`);
console.log(`  kind       ${pct(kindRight, kindJudged)}   (target ≥ 95 %, of recognised positives)`);
console.log(`  roles      ${pct(rolesAgreed, rolesChecked)}   (${rolesAgreed}/${rolesChecked} variables named by the corpus)`);
console.log(`  negatives  ${trueNegative} rejected, ${falsePositive} badged`);
console.log('\n  label                        n   right');
for (const [label, row] of [...perLabel].sort()) console.log(`  ${label.padEnd(26)} ${String(row.n).padStart(3)}   ${pct(row.right, row.n)}`);
console.log(misses.length ? `\n  misses:\n    ${misses.join('\n    ')}` : '\n  no misses');

// Worked examples: the documented verdict is "correct" for every stated value in
// the public set. Read from the text where it is TeX; otherwise judge the stated
// value against the core's value for the item's own t and y.
const examples = loadWorkedExamples();
let judged = 0;
let agreed = 0;
let fromText = 0;
const exampleMisses: string[] = [];
for (const item of examples) {
  if (item.stated === null) continue;
  judged += 1;
  const expected = /correct/.test(item.verdict) ? 'correct' : 'wrong';
  const check = checkWorkedExample(item.text_or_tex);
  let verdict: string | null = null;
  if (check && Math.abs(check.stated.value - item.stated) < 1e-12) {
    fromText += 1;
    verdict = check.verdict === 'wrong' ? 'wrong' : 'correct';
  } else {
    const stated = statedFrom(String(item.stated));
    const computed = coreValue(item);
    if (stated && computed !== null) verdict = verdictAt(computed, stated) === 'wrong' ? 'wrong' : 'correct';
  }
  if (verdict === expected) agreed += 1;
  else exampleMisses.push(`${item.id} expected ${expected}, got ${verdict ?? 'nothing'}   ${item.text_or_tex.slice(0, 70)}`);
}
console.log(`\nWorked examples: ${agreed}/${judged} get the documented verdict (${fromText} read from their text, the rest from their t and y)`);
if (exampleMisses.length) console.log(`  misses:\n    ${exampleMisses.join('\n    ')}`);

}

function evalGeneralisation(): void {
  const general = scoreFormulas(loadGeneralisationFormulas());
  const generalExamples = scoreWorkedExamples(loadGeneralisationWorkedExamples());
  console.log('\nGeneralisation cases (other authors’ notation, src/tex/fixtures)');
  console.log(`  recall     ${percent(general.truePositive, general.truePositive + general.falseNegative)}`);
  console.log(`  precision  ${percent(general.truePositive, general.truePositive + general.falsePositive)}`);
  console.log(`  kind       ${percent(general.kindRight, general.kindJudged)}`);
  console.log(`  roles      ${percent(general.rolesAgreed, general.rolesChecked)}`);
  console.log(`  negatives  ${general.trueNegative} rejected, ${general.falsePositive} badged`);
  console.log(`  worked     verdict ${percent(generalExamples.verdictRight, generalExamples.judged)}, explanation ${percent(generalExamples.explanationRight, generalExamples.judged)}, t and y ${percent(generalExamples.extractionRight, generalExamples.extractionJudged)} (${generalExamples.judged} chains)`);
  const generalMisses = [...general.misses, ...general.roleMisses.map((m) => `role ${m}`), ...generalExamples.misses];
  console.log(generalMisses.length ? `  misses:\n    ${generalMisses.join('\n    ')}` : '  no misses');
}

/** A held-out split: its size, the four figures, a table per label and per category; misses unless it is measured. */
function evalHeldout(split: HeldoutSplit): void {
  const sources = loadHeldoutSources(split);
  const counts = countHeldout(sources);
  const score = scoreHeldout(sources.flatMap((source) => source.formulas));
  console.log(`\nHeld-out ${split} split (test/corpus/formulas/${split})`);
  console.log(`  ${counts.sources} pages from ${counts.sites} sources, languages ${counts.languages.join(' ') || '—'}; ${counts.formulas} formulas: ${counts.positives} positive, ${counts.negatives} negative, ${counts.either} either`);
  console.log(`  recall     ${percent(score.truePositive, score.truePositive + score.falseNegative)}   (target ≥ 98 %)`);
  console.log(`  precision  ${percent(score.truePositive, score.truePositive + score.falsePositive)}   (target ≥ 99 %)`);
  console.log(`  kind       ${percent(score.kindRight, score.kindJudged)}   (target ≥ 95 %, of recognised positives)`);
  console.log(`  roles      ${percent(score.rolesAgreed, score.rolesChecked)}   (${score.rolesAgreed}/${score.rolesChecked} variables named by the corpus)`);
  console.log(`  negatives  ${score.trueNegative} rejected, ${score.falsePositive} badged`);
  console.log('\n  label                        n   right');
  for (const [label, row] of [...score.perLabel].sort()) console.log(`  ${label.padEnd(26)} ${String(row.n).padStart(4)}   ${percent(row.right, row.n)}`);
  console.log('\n  category     n   recall    precision  (positives, negatives, negatives badged)');
  for (const category of CATEGORIES) {
    const row = score.perCategory.get(category);
    if (!row) {
      console.log(`  ${String(category).padStart(8)}     0   —         —`);
      continue;
    }
    const recall = percent(row.truePositive, row.truePositive + row.falseNegative);
    const precision = percent(row.truePositive, row.truePositive + row.falsePositive);
    const positives = row.truePositive + row.falseNegative;
    const negatives = row.trueNegative + row.falsePositive;
    console.log(`  ${String(category).padStart(8)} ${String(row.n).padStart(5)}   ${recall.padEnd(9)} ${precision.padEnd(10)} (${positives}, ${negatives}, ${row.falsePositive})`);
  }
  // The measured split (test) is never read: its figures only.
  if (!MEASURED_SPLITS.includes(split)) console.log(score.misses.length ? `\n  misses:\n    ${score.misses.join('\n    ')}` : '\n  no misses');
}

function coreValue(item: CorpusWorkedExample): number | null {
  const t = item.t;
  const y = item.y;
  const delta = /delta=1e-7/.test(item.text_or_tex) ? 1e-7 : 0;
  if (Array.isArray(y) && Array.isArray(t) && Array.isArray(t[0])) {
    const result = crossEntropyBatch(t as number[][], y as number[][], { reduction: 'mean' });
    return result.ok && typeof result.value.value === 'number' ? result.value.value : null;
  }
  if (Array.isArray(y) && Array.isArray(t)) {
    const shifted = (y as number[]).map((v) => v + delta);
    const result = crossEntropy(t as number[], shifted);
    return result.ok ? result.value.E : null;
  }
  if (y && typeof y === 'object' && Array.isArray((y as { logits?: unknown }).logits) && Array.isArray(t)) {
    const result = binaryCrossEntropy(t as number[], (y as { logits: number[] }).logits, { fromLogits: true, reduction: 'mean' });
    return result.ok && typeof result.value.value === 'number' ? result.value.value : null;
  }
  return null;
}
