// tex/: from a TeX string to what it says — a recognised cross-entropy formula
// (kind and roles) and, for an equation chain with numbers, a verdict on it.
// No DOM here. The prefilter lives in ./prefilter so the content script can
// bundle it without the parser.
import { readingsOf } from './read';
import { recogniseReading, recogniseTex } from './recognise';
import type { ExampleContext } from './base-context';
import { checkReading, checkWorkedExampleTex, resolveContext, retryWithBracketsClosed } from './worked-example';
import { lossNameOf } from './loss-name';
import type { FormulaAnalysis, Recognition, WorkedExampleCheck } from './types';

export type * from './types';
export { FORMULA_KINDS } from './types';
export { mightBeCrossEntropy } from './prefilter';

/** The kind and roles of a cross-entropy formula, or null when it is not one. */
export function recogniseFormula(tex: string): Recognition | null {
  return recogniseTex(tex);
}

/** The verdict on a worked example (numbers substituted, value stated), or null. */
export function checkWorkedExample(tex: string, context?: ExampleContext): WorkedExampleCheck | null {
  return checkWorkedExampleTex(tex, context);
}

/** The recognition with the page's name for the loss, where the formula writes one. */
function withLossName(recognition: Recognition | null, tex: string): Recognition | null {
  const lossName = recognition && !recognition.roles.lossName ? lossNameOf(tex) : undefined;
  return lossName ? { ...recognition!, roles: { ...recognition!.roles, lossName } } : recognition;
}

/** Both of the above, for one formula. */
export function analyseFormula(tex: string, context?: ExampleContext): FormulaAnalysis {
  try {
    let recognition: Recognition | null = null;
    let example: WorkedExampleCheck | null = null;
    const resolved = resolveContext(tex, context);
    for (const reading of readingsOf(tex)) {
      recognition ??= recogniseReading(reading);
      example ??= checkReading(reading, resolved);
      if (recognition && example) break;
    }
    return { tex, recognition: withLossName(recognition, tex), example: retryWithBracketsClosed(tex, example, resolved) };
  } catch {
    return { tex, recognition: null, example: null };
  }
}

export { verdictAt, statedFrom, explainWrong, contextKey } from './worked-example';
export type { BaseHint, ExampleContext } from './base-context';
export { baseStatement, baseFromPreceding, unitBase } from './base-context';
