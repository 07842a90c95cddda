// The input rows: one per class (or per sample), each with its input cells, an output
// (the term or the sample's loss), a bar and a note for diagnostics about that row.
// A batch's cells are vectors, one input per class: the rows make an N×K grid.
// Rows are made once and updated in place; a keystroke touches one cell.
import type { Diagnostic } from '../../core';
import { barWidth, createBar, setBarWidth, type Bar } from '../bars';
import { plainNumber, type Lang } from '../i18n';
import { readCellText, type CellReading } from './cell-text';
import { errorKey, groupNotes, parseErrorKey } from './row-notes';
import { createRowsHead, type RowsHead } from './rows-head';

export type CellValue = number | number[];

export interface ColumnSpec {
  key: 't' | 'y';
  /** TeX of the column's header: the page's symbol, e.g. t_{k}. */
  headerTex: string;
  /** Accessible name of the cell in row i (0-based). */
  cellLabel: (row: number) => string;
  /** Cells hold a list (one sample's K entries, one input each) rather than one number. */
  vector: boolean;
  /** Accessible name of entry k of a vector cell in row i (0-based). */
  entryLabel?: (row: number, k: number) => string;
  /** Targets: a cell also takes a class index in words ("class 2"). */
  target: boolean;
}

export interface RowTableOptions {
  columns: ColumnSpec[];
  lang: Lang;
  outputHeader: string;
  removeLabel: (row: number) => string;
  /** Width of a one-hot target built from a class index (single-sample forms: the rows). */
  classCount: () => number;
  /** Called after any change of the values (typing, pasting, adding or removing rows or classes). */
  onEdit: () => void;
  /** Called with each list a cell was given (pasted, or typed and committed), to say how it was read. */
  onListRead?: (reading: Extract<CellReading, { type: 'list' }>) => void;
}

interface Row {
  element: HTMLElement;
  index: HTMLElement;
  /** Per column: one input, or one per class for a vector cell (the N×K grid of a batch). */
  cells: HTMLInputElement[][];
  /** Per column: the element that holds the cell's inputs. */
  holders: HTMLElement[];
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

/** Ids that tie each row's inputs to its note (aria-describedby). */
let noteIds = 0;

export class RowTable {
  readonly element: HTMLElement;
  /** values[column][row]; null where a scalar cell is empty or unreadable, NaN in a vector's unreadable entry. */
  readonly values: (CellValue | null)[][];
  /** A parse problem per input, keyed by errorKey. */
  readonly cellErrors = new Map<string, string>();
  private readonly rows: Row[] = [];
  private readonly body: HTMLElement;
  private readonly head: RowsHead;
  private readonly doc: Document;
  private readonly hasVectors: boolean;
  /** Entries per vector cell (K of a batch's grid). */
  private width = 0;
  private largestOutput = 0;

  constructor(
    doc: Document,
    private readonly options: RowTableOptions,
  ) {
    this.doc = doc;
    this.hasVectors = options.columns.some((column) => column.vector);
    this.values = options.columns.map(() => []);
    this.element = doc.createElement('div');
    this.element.className = 'xl-rows';
    this.head = createRowsHead(doc, options.columns, options.outputHeader);
    this.body = doc.createElement('div');
    this.body.setAttribute('role', 'group');
    this.element.append(this.head.element, this.body);
    this.setWidth(0);
  }

  get length(): number {
    return this.rows.length;
  }

  /** K of a batch's grid: the entries of each vector cell. */
  get classCount(): number {
    return this.width;
  }

  /** Replaces all values (one array per column), adding or removing rows to fit. */
  setValues(columns: CellValue[][]): void {
    const n = Math.max(0, ...columns.map((c) => c.length));
    if (this.hasVectors) this.setWidth(Math.max(1, ...columns.flat().map((v) => (Array.isArray(v) ? v.length : 1))));
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
    this.options.columns.forEach((column, c) => this.setCell(c, r, column.vector ? Array<number>(this.width).fill(0) : 0));
    this.options.onEdit();
  }

  removeRow(r: number): void {
    if (this.rows.length <= 1) return;
    this.rows.splice(r, 1)[0]!.element.remove();
    for (const column of this.values) column.splice(r, 1);
    // The errors of the rows below move up with them.
    const errors = [...this.cellErrors];
    this.cellErrors.clear();
    for (const [key, text] of errors) {
      const { c, r: at, k } = parseErrorKey(key);
      if (at !== r) this.cellErrors.set(errorKey(c, at > r ? at - 1 : at, k), text);
    }
    for (let i = r; i < this.rows.length; i++) this.relabel(i);
    this.options.onEdit();
    this.rows[Math.min(r, this.rows.length - 1)]?.cells[0]?.[0]?.focus();
  }

  /** Sets K for the vector cells: new entries are 0, removed ones are dropped. */
  setClassCount(k: number): void {
    if (!this.hasVectors || k < 1 || k === this.width) return;
    this.setWidth(k);
    for (const [key] of [...this.cellErrors]) if (parseErrorKey(key).k >= k) this.cellErrors.delete(key);
    this.options.columns.forEach((column, c) => {
      if (!column.vector) return;
      this.rows.forEach((_, r) => {
        const current = this.values[c]![r];
        const vector = Array.isArray(current) ? current.slice(0, k) : [];
        while (vector.length < k) vector.push(0);
        this.setCell(c, r, vector);
      });
    });
    this.options.onEdit();
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
    const { byRow, rest } = groupNotes(diagnostics, this.cellErrors, this.rows.length, rowOf, this.options.lang);
    this.rows.forEach((row, r) => {
      const note = byRow.get(r);
      const key = note ? `${note.severity}|${note.text}` : '';
      if (key === row.noteKey) return;
      row.noteKey = key;
      row.note.textContent = note?.text ?? '';
      row.note.dataset.severity = note?.severity ?? '';
      row.cells.forEach((cell, c) => cell.forEach((input, k) => input.setAttribute('aria-invalid', String(this.cellErrors.has(errorKey(c, r, k)) || note?.severity === 'error'))));
    });
    return rest;
  }

  /** True when every cell holds a number (no empty or unreadable input). */
  complete(): boolean {
    if (this.cellErrors.size > 0) return false;
    return this.values.every((column) => column.every((v) => v !== null && (!Array.isArray(v) || v.every((x) => !Number.isNaN(x)))));
  }

  focusFirstInput(): void {
    this.rows[0]?.cells[0]?.[0]?.focus();
  }

  /** Writes a value into its cell's inputs (an unreadable entry keeps what was typed). */
  private setCell(c: number, r: number, value: CellValue | null): void {
    this.values[c]![r] = value;
    const inputs = this.rows[r]!.cells[c]!;
    if (this.options.columns[c]!.vector) {
      this.fitEntries(c, r);
      const vector = Array.isArray(value) ? value : [];
      inputs.forEach((input, k) => {
        if (Number.isNaN(vector[k])) return;
        const text = k < vector.length ? plainNumber(vector[k]!) : '';
        if (input.value !== text) input.value = text;
        this.cellErrors.delete(errorKey(c, r, k));
      });
      return;
    }
    const text = value === null ? '' : Array.isArray(value) ? value.map(plainNumber).join(', ') : plainNumber(value);
    if (inputs[0]!.value !== text) inputs[0]!.value = text;
    this.cellErrors.delete(errorKey(c, r));
  }

  /** K: the grid's column template, the class numbers in the head, each row's entries. */
  private setWidth(k: number): void {
    this.width = k;
    this.head.setClassCount(this.element, k);
    this.rows.forEach((_, r) => this.options.columns.forEach((column, c) => column.vector && this.fitEntries(c, r)));
  }

  /** Adds or removes a vector cell's inputs to match K. */
  private fitEntries(c: number, r: number): void {
    const row = this.rows[r]!;
    const inputs = row.cells[c]!;
    while (inputs.length > this.width) inputs.pop()!.remove();
    while (inputs.length < this.width) {
      const input = this.makeInput(row, c, inputs.length);
      inputs.push(input);
      row.holders[c]!.append(input);
      this.labelInput(row, r, c, inputs.length - 1);
    }
  }

  private makeInput(row: Row, c: number, k: number): HTMLInputElement {
    const input = this.doc.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.autocomplete = 'off';
    input.spellcheck = false;
    input.dataset.column = this.options.columns[c]!.key;
    const at = () => this.rows.indexOf(row);
    input.addEventListener('input', () => this.onCellInput(c, at(), k, false));
    input.addEventListener('change', () => this.onCellInput(c, at(), k, true));
    input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain');
      if (text === undefined || text === '') return;
      event.preventDefault();
      input.value = text;
      this.onCellInput(c, at(), k, true);
    });
    if (row.note.id) input.setAttribute('aria-describedby', row.note.id);
    return input;
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
    const output = doc.createElement('span');
    output.className = 'xl-out';
    const bar = createBar(doc);
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'xl-remove';
    remove.textContent = '−';
    const note = doc.createElement('p');
    note.className = 'xl-note';
    note.setAttribute('aria-live', 'polite');
    note.id = `xl-note-${++noteIds}`;
    const row: Row = { element, index, cells: [], holders: [], output, bar, remove, note, noteKey: '', outputText: '', outputValue: null };
    this.options.columns.forEach((column, c) => {
      if (column.vector) {
        const holder = doc.createElement('div');
        holder.className = 'xl-vector';
        holder.setAttribute('role', 'group');
        row.holders.push(holder);
        row.cells.push([]);
        element.append(holder);
      } else {
        const input = this.makeInput(row, c, 0);
        row.holders.push(input);
        row.cells.push([input]);
        element.append(input);
      }
    });
    remove.addEventListener('click', () => this.removeRow(this.rows.indexOf(row)));
    element.append(output, bar.element, remove, note);
    this.rows.push(row);
    for (const column of this.values) column.push(null);
    this.body.append(element);
    this.options.columns.forEach((column, c) => column.vector && this.fitEntries(c, r));
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
    this.options.columns.forEach((column, c) => {
      if (column.vector) row.holders[c]!.setAttribute('aria-label', column.cellLabel(r));
      row.cells[c]!.forEach((_, k) => this.labelInput(row, r, c, k));
    });
  }

  private labelInput(row: Row, r: number, c: number, k: number): void {
    const column = this.options.columns[c]!;
    const label = column.vector && column.entryLabel ? column.entryLabel(r, k) : column.cellLabel(r);
    row.cells[c]![k]!.setAttribute('aria-label', label);
  }

  /**
   * Reads one input. One number sets the entry; a list (pasted, or typed and committed)
   * fills this row and the following ones (a batch's rows of K); a class index in words
   * fills the target one-hot. A typed list is left alone until it is committed.
   */
  private onCellInput(c: number, r: number, k: number, committed: boolean): void {
    if (r < 0) return;
    const column = this.options.columns[c]!;
    const key = errorKey(c, r, k);
    const reading = readCellText(this.rows[r]!.cells[c]![k]!.value, column.target, column.vector ? this.width : this.options.classCount(), this.options.lang);
    if (reading.type === 'error') {
      this.setUnreadable(c, r, k);
      this.cellErrors.set(key, reading.message);
      this.options.onEdit();
      return;
    }
    this.cellErrors.delete(key);
    if (reading.type === 'number') {
      if (column.vector) {
        const vector = this.vectorAt(c, r);
        vector[k] = reading.value;
        this.values[c]![r] = vector;
      } else {
        this.values[c]![r] = reading.value;
      }
    } else if (reading.type === 'one-hot') {
      // A sample's target in a batch; the whole column of a single sample.
      if (column.vector) this.spread(c, r, [reading.values]);
      else this.spread(c, 0, reading.values);
    } else {
      if (!committed) return;
      this.options.onListRead?.(reading);
      if (column.vector) {
        const widest = Math.max(...reading.rows.map((row) => row.length));
        if (widest > this.width) this.setClassCount(widest);
        this.spread(c, r, reading.rows.map((row) => [...row, ...Array<number>(Math.max(0, this.width - row.length)).fill(0)]));
      } else {
        this.spread(c, r, reading.values);
      }
    }
    this.options.onEdit();
  }

  private vectorAt(c: number, r: number): number[] {
    const current = this.values[c]![r];
    return Array.isArray(current) ? [...current] : Array<number>(this.width).fill(Number.NaN);
  }

  private setUnreadable(c: number, r: number, k: number): void {
    if (!this.options.columns[c]!.vector) {
      this.values[c]![r] = null;
      return;
    }
    const vector = this.vectorAt(c, r);
    vector[k] = Number.NaN;
    this.values[c]![r] = vector;
  }

  /** Writes `values` into column c from row `from` on, adding rows as needed. */
  private spread(c: number, from: number, values: readonly CellValue[]): void {
    while (this.rows.length < from + values.length) {
      this.appendRow();
      this.options.columns.forEach((column, i) => {
        if (i !== c) this.setCell(i, this.rows.length - 1, column.vector ? Array<number>(this.width).fill(0) : 0);
      });
    }
    values.forEach((value, i) => this.setCell(c, from + i, value));
  }
}
