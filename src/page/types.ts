// What `page/` finds: the contract between page/ (DOM -> TeX) and the rest.

/** Names of the registered math sources (one file each under page/sources/). */
export type SourceName =
  | 'raw'
  | 'katex'
  | 'zenn'
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

export interface MathSource {
  name: SourceName;
  /**
   * Finds the formulas of this source inside `root` (the whole document on the
   * first scan, an added subtree afterwards). Must not touch elements already
   * marked by the extension, and must be cheap when the page has none.
   */
  find(root: ParentNode): MathSite[];
}
