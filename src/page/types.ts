// What `page/` finds: the contract between page/ (DOM -> TeX) and the rest.

/** Names of the registered math sources (one file each under page/sources/). */
export type SourceName =
  | 'raw'
  | 'katex'
  | 'zenn'
  | 'github'
  | 'mathjax2'
  | 'mathjax3'
  | 'mathjax4'
  | 'mathml'
  | 'wikipedia';

export interface MathSite {
  /** The page element that holds the formula and receives the data-xent-lens-* marks. */
  element: Element;
  /** The TeX as the page has it (wrappers such as {\displaystyle …} already stripped). */
  tex: string;
  display: boolean;
  source: SourceName;
}

/** What a source may ask of the scan it runs in. */
export interface ScanContext {
  /**
   * True for an element that already holds a formula (found earlier, or by a
   * source that ran before in this scan). Sources that walk the tree skip such
   * subtrees; the scanner drops any site inside one.
   */
  isClaimed(element: Element): boolean;
  /** Every formula found so far (earlier scans, then this one's). */
  claimed(): Iterable<MathSite>;
}

export interface MathSource {
  name: SourceName;
  /**
   * A CSS selector every element this source reads matches or sits inside. The
   * scanner asks the root for each source's selector and skips the sources that have
   * one when nothing matches. Sources that read text (raw TeX) have none.
   */
  selector?: string;
  /**
   * A shorter selector that says as much when the root is a whole document (MathJax 2:
   * its scripts, without which no frame can be read, while an added subtree may hold a
   * frame alone). Each selector a page lacks costs a walk of all its elements.
   */
  documentSelector?: string;
  /**
   * Finds the formulas of this source inside `root` (the whole document on the
   * first scan, an added subtree afterwards), none inside another of its own. Must
   * not touch elements already marked by the extension, and must be cheap when the
   * page has none.
   */
  find(root: ParentNode, context?: ScanContext): MathSite[];
}
