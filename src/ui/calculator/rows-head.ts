// The head of the input rows: the page's symbols over their columns, the classes'
// numbers over a batch's grid, and the grid's column template, which follows K.
import { renderTex } from '../formula';
import type { ColumnSpec } from './rows';

export interface RowsHead {
  element: HTMLElement;
  /** Sets K: the class numbers and the column template of `table`. */
  setClassCount(table: HTMLElement, k: number): void;
}

export function createRowsHead(doc: Document, columns: readonly ColumnSpec[], outputHeader: string): RowsHead {
  const element = doc.createElement('div');
  element.className = 'xl-rows-head';
  element.setAttribute('aria-hidden', 'true');
  element.append(doc.createElement('span'));
  const classNumbers: HTMLElement[] = [];
  for (const column of columns) {
    const cell = doc.createElement('span');
    const label = doc.createElement('span');
    label.className = 'xl-symbol';
    renderTex(label, column.headerTex);
    cell.append(label);
    if (column.vector) {
      cell.className = 'xl-vector-head';
      const numbers = doc.createElement('span');
      numbers.className = 'xl-vector xl-class-numbers';
      classNumbers.push(numbers);
      cell.append(numbers);
    }
    element.append(cell);
  }
  const output = doc.createElement('span');
  output.className = 'xl-out';
  output.textContent = outputHeader;
  element.append(output, doc.createElement('span'), doc.createElement('span'));

  return {
    element,
    setClassCount(table, k) {
      const entries = Math.max(1, k);
      // A vector column is as wide as its K inputs; the rest keep their widths.
      const tracks = columns.map((column) => (column.vector ? `minmax(${(2.9 * entries).toFixed(1)}rem, ${entries}fr)` : 'minmax(4rem, 1fr)'));
      table.style.setProperty('--xl-columns', ['2.2rem', ...tracks, '5.5rem', 'minmax(3rem, 1.2fr)', '1.8rem'].join(' '));
      table.style.setProperty('--xl-k', String(entries));
      for (const numbers of classNumbers) {
        numbers.replaceChildren(...Array.from({ length: k }, (_, i) => Object.assign(doc.createElement('span'), { textContent: String(i + 1) })));
      }
    },
  };
}
