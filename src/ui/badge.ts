// The badge beside a recognised formula (placeholder until the popover lands).
import type { MathSite } from '../page/types';
import type { FormulaAnalysis, WorkedExampleCheck } from '../tex/types';

/** The worked examples found on the page so far; the popover prefills from them. */
export interface PageExamples {
  examples(): WorkedExampleCheck[];
}

export function showBadge(_site: MathSite, _analysis: FormulaAnalysis, _page: PageExamples): void {
  // Placeholder: the badge and popover are built in src/ui/.
}
