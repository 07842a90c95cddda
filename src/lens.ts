// The badges beside the marked formulas, started by the annotator on the first
// recognised formula (bundled into annotator.js, evaluated only then: a module fetched at
// that moment arrives, on a page still loading, only after its load event).
// Recognition happened in the background; the popover (KaTeX, the calculator) is a
// further chunk the first badge click loads. It runs in the content script's world.
import type { Settings } from './extension/settings';
import type { MathSite } from './page/types';
import type { FormulaAnalysis, WorkedExampleCheck } from './tex/types';
import { removeBadgesOf, showBadge, type PageExamples } from './ui/badge';

export interface SiteWithAnalysis {
  site: MathSite;
  analysis: FormulaAnalysis;
}

/** Worked examples on the page, by the element that holds each. */
const examplesByElement = new Map<Element, WorkedExampleCheck>();

const pageExamples: PageExamples = {
  examples: () => [...examplesByElement].filter(([element]) => element.isConnected).map(([, example]) => example),
};

/**
 * Shows the badges of marked formulas; each popover can offer all the page's worked
 * examples. `readerSettings` came with the analyses (null: read them from storage).
 */
export function showBadges(items: readonly SiteWithAnalysis[], readerSettings: Settings | null = null): void {
  for (const { site, analysis } of items) if (analysis.example) examplesByElement.set(site.element, analysis.example);
  for (const { site, analysis } of items) {
    try {
      showBadge(site, analysis, pageExamples, readerSettings);
    } catch (error) {
      if (__DEV__) console.warn('xent-lens: badge failed', error);
    }
  }
}

/** The page no longer holds these formulas (re-rendered or removed). */
export function forgetSites(elements: Element[]): void {
  for (const element of elements) examplesByElement.delete(element);
  try {
    removeBadgesOf(elements);
  } catch (error) {
    if (__DEV__) console.warn('xent-lens: could not remove badges', error);
  }
}
