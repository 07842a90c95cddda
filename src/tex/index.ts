// tex/: from a TeX string to what it says — a recognised cross-entropy formula
// (kind and roles) and, for an equation chain with numbers, a verdict on it.
// No DOM here. The prefilter lives in ./prefilter so the content script can
// bundle it without the parser.
import { recogniseTex } from './recognise';
import type { FormulaAnalysis, Recognition, WorkedExampleCheck } from './types';

export type * from './types';
export { FORMULA_KINDS } from './types';
export { mightBeCrossEntropy } from './prefilter';

/** The kind and roles of a cross-entropy formula, or null when it is not one. */
export function recogniseFormula(tex: string): Recognition | null {
  return recogniseTex(tex);
}

/** The verdict on a worked example (numbers substituted, value stated), or null. */
export function checkWorkedExample(tex: string): WorkedExampleCheck | null {
  void tex;
  return null;
}

/** Both of the above, for one formula. */
export function analyseFormula(tex: string): FormulaAnalysis {
  return { tex, recognition: recogniseFormula(tex), example: checkWorkedExample(tex) };
}
