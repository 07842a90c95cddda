// The input rows: one per class (or per sample), each with its input cells, an output
// (the term or the sample's loss), a bar and a note for diagnostics about that row.
// Rows are made once and updated in place; a keystroke touches one cell.
import { describeDiagnostic, parseNumbers, parseTargets, type Diagnostic } from '../../core';
import { barWidth, createBar, setBarWidth, type Bar } from '../bars';
import { renderTex } from '../formula';
import { plainNumber, t as msg, type Lang } from '../i18n';

export type CellValue = number | number[];

export interface ColumnSpec {
  key: 't' | 'y';
  /** TeX of the column's header: the page's symbol, e.g. t_{k}. */
  headerTex: string;
  /** Accessible name of the cell in row i (0-based). */
  cellLabel: (row: number) => string;
  /** Cells hold a list (one sample's K entries) rather than one number. */
  vector: boolean;
  /** Targets: a cell also takes a class index in words ("class 2"). */
  target: boolean;
}

export interface RowTableOptions {
  columns: ColumnSpec[];
  lang: Lang;
  outputHeader: string;
  removeLabel: (row: number) => string;
  /** Width of a one-hot target built from a class index (the current K). */
  classCount: () => number;
  /** Called after any change of the values (typing, pasting, adding or removing rows). */
  onEdit: () => void;
}

interface Row {
  element: HTMLElement;
  index: HTMLElement;
  inputs: HTMLInputElement[];
  output: HTMLElement;
  bar: Bar;
  remove: HTMLButtonElement;
  note: HTMLElement;
  /** The note's text and severity as last written (to skip no-op writes). */
  noteKey: string;
  outputText: string;
  /** The output value last written (null: none). */
  outputValue: number | null;
}

function cellText(value: CellValue | null): string {
  if (value === null) return '';
  return Array.isArray(value) ? value.map(plainNumber).join(', ') : plainNumber(value);
}

/** Ids that tie each row's inputs to its note (aria-describedby). */
let noteIds = 0;

export class RowTable {
  readonly element: HTMLElement;
  /** values[column][row]; null where the cell is empty or unreadable. */
  readonly values: (CellValue | null)[][];
  /** A parse problem per cell, keyed `${column}:${row}`. */
  readonly cellErrors = new Map<string, string>();
  private readonly rows: Row[] = [];
  private readonly body: HTMLElement;
  private readonly doc: Document;
  private largestOutput = 0;

  constructor(
    doc: Document,
    private readonly options: RowTableOptions,
  ) {
    this.doc = doc;
    this.values = options.columns.map(() => []);
    this.element = doc.createElement('div');
    this.element.className = 'xl-rows';
    const columns = ['2.2rem', ...options.columns.map((c) => (c.vector ? 'minmax(6rem, 2fr)' : 'minmax(4rem, 1fr)')), '5.5rem', 'minmax(3rem, 1.2fr)', '1.8rem'];
    this.element.style.setProperty('--xl-columns', columns.join(' '));
    const head = doc.createElement('div');
    head.className = 'xl-rows-head';
    head.setAttribute('aria-hidden', 'true');
    head.append(doc.createElement('span'));
    for (const column of options.columns) {
      const label = doc.createElement('span');
      label.className = 'xl-symbol';
      renderTex(label, column.headerTex);
      head.append(label);
    }
    const outputHead = doc.createElement('span');
    outputHead.className = 'xl-out';
    outputHead.textContent = options.outputHeader;
    head.append(outputHead, doc.createElement('span'), doc.createElement('span'));
    this.body = doc.createElement('div');
    this.body.setAttribute('role', 'group');
    this.element.append(head, this.body);
  }

  get length(): number {
    return this.rows.length;
  }

  /** Replaces all values (one array per column), adding or removing rows to fit. */
  setValues(columns: CellValue[][]): void {
    const n = Math.max(0, ...columns.map((c) => c.length));
    while (this.rows.length < n) this.appendRow();
    while (this.rows.length > n) this.dropLastRow();
    this.cellErrors.clear();
    columns.forEach((column, c) => {
      for (let r = 0; r < n; r++) this.setCell(c, r, column[r] ?? null);
    });
  }

  addRow(): void {
    this.appendRow();
    const r = this.rows.length - 1;
    this.options.columns.forEach((column, c) => this.setCell(c, r, column.vector ? Array<number>(this.options.classCount()).fill(0) : 0));
    this.options.onEdit();
  }

  removeRow(r: number): void {
    if (this.rows.length <= 1) return;
    const [row] = this.rows.splice(r, 1);
    row!.element.remove();
    for (const column of this.values) column.splice(r, 1);
    this.cellErrors.clear();
    this.values.forEach((column, c) => column.forEach((v, i) => v === null && this.cellErrors.set(`${c}:${i}`, msg(this.options.lang, 'notANumber'))));
    for (let i = r; i < this.rows.length; i++) this.relabel(i);
    this.options.onEdit();
    this.rows[Math.min(r, this.rows.length - 1)]?.inputs[0]?.focus();
  }

  /**
   * Writes each row's output and bar. Only values that changed since the last call are
   * formatted and written, so a keystroke at K = 1000 touches a handful of rows.
   */
  setOutputs(values: ArrayLike<number> | null, format: (x: number) => string): void {
    const n = this.rows.length;
    let largest = 0;
    if (values) for (let r = 0; r < n; r++) if (Number.isFinite(values[r]!) && values[r]! > largest) largest = values[r]!;
    const rescaled = largest !== this.largestOutput;
    this.largestOutput = largest;
    for (let r = 0; r < n; r++) {
      const row = this.rows[r]!;
      const v = values && r < values.length ? values[r]! : null;
      if (Object.is(v, row.outputValue) && !rescaled) continue;
      if (!Object.is(v, row.outputValue)) {
        row.outputValue = v;
        const text = v === null ? '' : format(v);
        if (text !== row.outputText) {
          row.output.textContent = text;
          row.outputText = text;
        }
      }
      setBarWidth(row.bar, barWidth(v, largest));
    }
  }

  /** Shows each diagnostic beside the row it concerns; returns those that concern no row. */
  setNotes(diagnostics: readonly Diagnostic[], rowOf: (d: Diagnostic) => number | undefined): Diagnostic[] {
    const byRow = new Map<number, { text: string; severity: string }>();
    const rest: Diagnostic[] = [];
    for (const d of diagnostics) {
      const r = rowOf(d);
      if (r === undefined || r >= this.rows.length) {
        rest.push(d);
        continue;
      }
      const previous = byRow.get(r);
      const text = describeDiagnostic(d, this.options.lang);
      byRow.set(r, { text: previous ? `${previous.text} ${text}` : text, severity: previous?.severity === 'error' ? 'error' : d.severity });
    }
    for (const [key, text] of this.cellErrors) {
      const r = Number(key.split(':')[1]);
      const previous = byRow.get(r);
      byRow.set(r, { text: previous ? `${previous.text} ${text}` : text, severity: 'error' });
    }
    this.rows.forEach((row, r) => {
      const note = byRow.get(r);
      const key = note ? `${note.severity}|${note.text}` : '';
      if (key === row.noteKey) return;
      row.noteKey = key;
      row.note.textContent = note?.text ?? '';
      row.note.dataset.severity = note?.severity ?? '';
      row.inputs.forEach((input) => input.setAttribute('aria-invalid', String(note?.severity === 'error')));
    });
    return rest;
  }

  focusFirstInput(): void {
    this.rows[0]?.inputs[0]?.focus();
  }

  private setCell(c: number, r: number, value: CellValue | null): void {
    this.values[c]![r] = value;
    const input = this.rows[r]!.inputs[c]!;
    const text = cellText(value);
    if (input.value !== text) input.value = text;
    this.cellErrors.delete(`${c}:${r}`);
  }

  private appendRow(): void {
    const doc = this.doc;
    const r = this.rows.length;
    const element = doc.createElement('div');
    element.className = 'xl-row';
    const index = doc.createElement('span');
    index.className = 'xl-index';
    index.setAttribute('aria-hidden', 'true');
    element.append(index);
    const inputs = this.options.columns.map((column, c) => {
      const input = doc.createElement('input');
      input.type = 'text';
      input.inputMode = 'decimal';
      input.autocomplete = 'off';
      input.spellcheck = false;
      input.dataset.column = column.key;
      input.addEventListener('input', () => this.onCellInput(c, this.rows.indexOf(row), false));
      input.addEventListener('change', () => this.onCellInput(c, this.rows.indexOf(row), true));
      input.addEventListener('paste', (event) => {
        const text = event.clipboardData?.getData('text/plain');
        if (text === undefined || text === '') return;
        event.preventDefault();
        input.value = text;
        this.onCellInput(c, this.rows.indexOf(row), true);
      });
      element.append(input);
      return input;
    });
    const output = doc.createElement('span');
    output.className = 'xl-out';
    const bar = createBar(doc);
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'xl-remove';
    remove.textContent = '−';
    remove.addEventListener('click', () => this.removeRow(this.rows.indexOf(row)));
    const note = doc.createElement('p');
    note.className = 'xl-note';
    note.setAttribute('aria-live', 'polite');
    element.append(output, bar.element, remove, note);
    const row: Row = { element, index, inputs, output, bar, remove, note, noteKey: '', outputText: '', outputValue: null };
    this.rows.push(row);
    for (const column of this.values) column.push(null);
    this.body.append(element);
    this.relabel(r);
  }

  private dropLastRow(): void {
    this.rows.pop()!.element.remove();
    for (const column of this.values) column.pop();
  }

  private relabel(r: number): void {
    const row = this.rows[r]!;
    row.index.textContent = String(r + 1);
    row.remove.setAttribute('aria-label', this.options.removeLabel(r));
    row.remove.title = this.options.removeLabel(r);
    this.options.columns.forEach((column, c) => row.inputs[c]!.setAttribute('aria-label', column.cellLabel(r)));
    if (!row.note.id) {
      row.note.id = `xl-note-${++noteIds}`;
      row.inputs.forEach((input) => input.setAttribute('aria-describedby', row.note.id));
    }
  }

  /**
   * Reads one cell. One number sets the cell; a list (pasted, or typed and committed)
   * fills this row and the following ones; a class index in words fills the target
   * column one-hot. A typed list is left alone until it is committed.
   */
  private onCellInput(c: number, r: number, committed: boolean): void {
    if (r < 0) return;
    const column = this.options.columns[c]!;
    const text = this.rows[r]!.inputs[c]!.value;
    const key = `${c}:${r}`;
    const k = this.options.classCount();
    const words = column.target && /[A-Za-z\u3040-\u30ff\u4e00-\u9fff]/.test(text) && !/^\s*[-+]?(inf|nan)/i.test(text);
    const parsed = words ? parseTargets(text, k) : parseNumbers(text);
    if (!parsed.ok) {
      this.values[c]![r] = null;
      this.cellErrors.set(key, text.trim() === '' ? msg(this.options.lang, 'notANumber') : describeDiagnostic(parsed.error, this.options.lang));
      this.options.onEdit();
      return;
    }
    this.cellErrors.delete(key);
    if (column.vector) {
      const rows = parsed.rows.length > 1 ? parsed.rows : [parsed.values];
      if (rows.length > 1 && !committed) return;
      this.spread(c, r, rows, rows.length > 1);
    } else if (parsed.classIndex !== undefined && !column.vector) {
      this.spread(c, 0, parsed.values, true);
    } else if (parsed.values.length === 1) {
      this.values[c]![r] = parsed.values[0]!;
    } else {
      if (!committed) return;
      this.spread(c, r, parsed.values, true);
    }
    this.options.onEdit();
  }

  private spread(c: number, from: number, values: readonly CellValue[], rewrite: boolean): void {
    while (this.rows.length < from + values.length) {
      this.appendRow();
      this.options.columns.forEach((column, i) => {
        if (i !== c) this.setCell(i, this.rows.length - 1, column.vector ? Array<number>(this.options.classCount()).fill(0) : 0);
      });
    }
    values.forEach((value, i) => {
      if (rewrite) this.setCell(c, from + i, value);
      else this.values[c]![from + i] = value;
    });
  }
}
