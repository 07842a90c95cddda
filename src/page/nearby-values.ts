// What the page prints beside a formula that a reader may want in the calculator: the
// tables in the formula's section (after the previous heading, before the next) and
// the sentence just before it. DOM in, text out; src/core/page-values.ts reads the
// numbers. Rendered math is read as its TeX, so "y₁ が 0.33" is not "y1y_{1} が 0.330.33".

export interface NearbyTable {
  type: 'table';
  element: HTMLTableElement;
  /** Cell texts, row by row (the head's rows first). */
  rows: string[][];
  /** Words that say which table: its caption, else its first row. */
  label: string;
}

export interface NearbySentence {
  type: 'sentence';
  element: Element;
  text: string;
}

export type NearbyValues = NearbyTable | NearbySentence;

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Renderers' output beside which the TeX is kept: read the TeX, skip the drawing. */
const DRAWN = '.katex-html, .MathJax, .MathJax_Display, .MathJax_Preview, mjx-container, .mwe-math-fallback-image-inline, .mwe-math-fallback-image-display';
const MAX_TABLES = 4;
const MAX_ROWS = 200;

/** Text of `node` with rendered math replaced by its TeX. */
export function textWithTex(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  if (!(node instanceof Element)) return '';
  if (node.matches('annotation[encoding="application/x-tex"]')) return ` ${node.textContent ?? ''} `;
  if (node.matches('script[type^="math/tex"]')) return ` ${node.textContent ?? ''} `;
  if (node.matches(`${DRAWN}, script, style, template`)) return '';
  if (node.matches('math') && node.querySelector('annotation[encoding="application/x-tex"]')) {
    return textWithTex(node.querySelector('annotation[encoding="application/x-tex"]')!);
  }
  let text = '';
  for (const child of node.childNodes) text += textWithTex(child);
  return text;
}

function before(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The tables between the heading before `formula` and the heading after it, nearest first. */
function tablesInSection(formula: Element): HTMLTableElement[] {
  const earlier: HTMLTableElement[] = [];
  const after: HTMLTableElement[] = [];
  // One query, in document order: a heading before the formula starts its section anew,
  // the first heading after it ends the section.
  for (const element of formula.ownerDocument.querySelectorAll(`${HEADINGS}, table`)) {
    if (element.contains(formula)) continue;
    const heading = element.matches(HEADINGS);
    if (before(element, formula)) {
      if (heading) earlier.length = 0;
      else earlier.push(element as HTMLTableElement);
    } else if (heading) {
      break;
    } else {
      after.push(element as HTMLTableElement);
    }
  }
  return [...after, ...earlier.reverse()].slice(0, MAX_TABLES);
}

function tableRows(table: HTMLTableElement): string[][] {
  return [...table.rows].slice(0, MAX_ROWS).map((row) => [...row.cells].map((cell) => textWithTex(cell).replace(/\s+/g, ' ').trim()));
}

/** The block that holds the formula (its paragraph or list item). */
function blockOf(formula: Element): Element {
  return formula.closest('p, li, dd, td, th, blockquote, figure, div') ?? formula;
}

/** Paragraphs looked back through for a sentence with numbers (a short lead-in may sit between). */
const PARAGRAPHS_BACK = 3;

/** The last sentence with numbers before the formula: in its own paragraph, else in the few before it. */
function sentenceBefore(formula: Element): NearbySentence | null {
  const block = blockOf(formula);
  const candidates: Array<{ element: Element; text: string }> = [];
  if (block !== formula && block.contains(formula)) {
    const range = formula.ownerDocument.createRange();
    range.setStart(block, 0);
    range.setEndBefore(formula);
    candidates.push({ element: block, text: textWithTex(range.cloneContents()) });
  }
  let previous = block.previousElementSibling;
  for (let i = 0; previous && i < PARAGRAPHS_BACK; previous = previous.previousElementSibling) {
    if (previous.matches('script, style, template')) continue;
    if (previous.matches(`${HEADINGS}, table`)) break;
    candidates.push({ element: previous, text: textWithTex(previous) });
    i++;
  }
  for (const { element, text } of candidates) {
    const sentences = text
      .replace(/\s+/g, ' ')
      .split(/(?<=[。！？!?])\s*|(?<=\.)\s+(?=[A-Z])/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => /\d/.test(sentence));
    const last = sentences.at(-1);
    if (last) return { type: 'sentence', element, text: last.slice(0, 400) };
  }
  return null;
}

/** The tables and the sentence near a formula that may hold its values. Never throws. */
export function findNearbyValues(formula: Element): NearbyValues[] {
  try {
    const found: NearbyValues[] = tablesInSection(formula).map((table) => {
      const rows = tableRows(table);
      const caption = table.caption ? textWithTex(table.caption).trim() : '';
      return { type: 'table', element: table, rows, label: caption || (rows[0] ?? []).join(' | ') };
    });
    const sentence = sentenceBefore(formula);
    if (sentence) found.push(sentence);
    return found;
  } catch {
    return [];
  }
}
