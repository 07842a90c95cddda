// The verdict corpus section of `npm run eval:corpus` (parts verdicts-dev, verdicts-test, verdicts-holdout):
// how often the worked-example verdict agrees with a careful reader, and how many
// right pages it calls wrong.
import { loadVerdictSources, MEASURED_VERDICT_HALVES, scoreVerdicts, VERDICT_HALVES, type VerdictHalf } from '../src/tex/verdict-corpus';

export const VERDICT_PARTS = VERDICT_HALVES.map((half) => `verdicts-${half}` as const);

export function evalVerdicts(half: VerdictHalf): void {
  const sources = loadVerdictSources(half);
  const score = scoreVerdicts(sources);
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
  console.log(`\nVerdict corpus, ${half} half (${score.judged} worked examples from ${sources.length} sources, test/corpus/verdicts/${half})`);
  console.log(`  verdict     ${pct(score.agreed, score.judged)}   (${score.agreed}/${score.judged}; right, wrong or no verdict as a careful reader says; target 100 %)`);
  console.log(`  exact       ${pct(score.exact, score.judged)}   (correct and rounding told apart)`);
  console.log(`  false wrong ${score.falseWrong}   (target 0)`);
  // The measured halves (test, holdout) print figures only: their items stay unread by whoever tunes the checker.
  if (MEASURED_VERDICT_HALVES.includes(half)) console.log(`  misses      ${score.misses.length}`);
  else console.log(score.misses.length ? `  misses:\n    ${score.misses.join('\n    ')}` : '  no misses');
}
