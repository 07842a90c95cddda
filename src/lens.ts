// The heavy chunk, loaded by the content script on the first formula that may be
// a cross-entropy (await import(chrome.runtime.getURL('lens.js'))): the TeX
// recogniser, the marks and the badges. It runs in the content script's world.
import { markSite } from './page/marks';
import type { MathSite } from './page/types';
import { analyseFormula } from './tex/index';
import type { FormulaAnalysis, FormulaKind, Verdict, WorkedExampleCheck } from './tex/types';
import { removeBadgesOf, showBadge, type PageExamples } from './ui/badge';

export interface SiteAnnotation {
  element: Element;
  kind: FormulaKind | null;
  verdict: Verdict | null;
}

export interface AnnotationSummary {
  /** The sites that got marks (recognised formulas and worked examples), in the order given. */
  annotated: SiteAnnotation[];
}

/** Worked examples on the page, by the element that holds each. */
const examplesByElement = new Map<Element, WorkedExampleCheck>();

const pageExamples: PageExamples = {
  examples: () => [...examplesByElement].filter(([element]) => element.isConnected).map(([, example]) => example),
};

/** Recognises each site's TeX, marks the recognised ones and shows their badges. */
export function annotateSites(sites: MathSite[]): AnnotationSummary {
  // Analyse everything first, so each badge's popover can offer all the page's examples.
  const analysed: Array<{ site: MathSite; analysis: FormulaAnalysis }> = [];
  for (const site of sites) {
    const analysis = analyseSafely(site.tex);
    if (!analysis || (!analysis.recognition && !analysis.example)) continue;
    if (analysis.example) examplesByElement.set(site.element, analysis.example);
    analysed.push({ site, analysis });
  }
  const annotated: SiteAnnotation[] = [];
  for (const { site, analysis } of analysed) {
    const kind = analysis.recognition?.kind ?? analysis.example?.kind ?? null;
    const verdict = analysis.example?.verdict ?? null;
    markSite(site.element, kind, verdict);
    annotated.push({ element: site.element, kind, verdict });
    try {
      showBadge(site, analysis, pageExamples);
    } catch (error) {
      if (__DEV__) console.warn('xent-lens: badge failed', error);
    }
  }
  return { annotated };
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

/**
 * Analyses already made, by TeX: a page that re-renders (MathJax re-typesets, a
 * single-page app swapping views, math removed and re-added) hands the same TeX over
 * again, and parsing it again costs as much as the first time. Bounded, oldest out first.
 */
const analysisByTex = new Map<string, FormulaAnalysis>();
const ANALYSED_MAX = 500;

function analyseSafely(tex: string): FormulaAnalysis | null {
  const known = analysisByTex.get(tex);
  if (known) return known;
  try {
    const analysis = analyseFormula(tex);
    if (analysisByTex.size >= ANALYSED_MAX) analysisByTex.delete(analysisByTex.keys().next().value!);
    analysisByTex.set(tex, analysis);
    return analysis;
  } catch (error) {
    // A recogniser bug must not break the page or the other formulas.
    if (__DEV__) console.warn('xent-lens: could not analyse', tex, error);
    return null;
  }
}
