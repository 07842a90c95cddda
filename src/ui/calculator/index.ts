// The calculator component: inputs named with the page's symbols, E on every keystroke,
// the formula with the numbers substituted, each term as a bar, the core's diagnostics
// beside the input they concern, and copy as text, PyTorch or NumPy. The popover on the
// page and the toolbar popup both mount it. See ../README.md for the contract.
import type { Diagnostic } from '../../core';
import { describeDiagnostic, unitOf } from '../../core';
import type { LogBase } from '../../core/types';
import type { FormulaKind } from '../../tex/types';
import { renderTex, substitutedTex } from '../formula';
import { formatNumber, t as msg, unitName, type Lang } from '../i18n';
import { attachKatexStyles } from '../katex-assets';
import type { SnippetInput } from '../snippet';
import { CALCULATOR_CSS } from '../styles';
import { describeListReading } from './cell-text';
import { binaryOnLogits, calculatorKindOf, computeFor, isFamilyKind, plusMinusOneLabels, type CalculatorResult, type Headline } from './compute';
import { createCopyBar } from './copy-bar';
import { buildExampleSection } from './example';
import { createExplore, plainText } from './explore';
import { layoutOf, plainSymbol, sampleInputsFor, type KindLayout } from './layout';
import { RowTable, type CellValue } from './rows';
import { createStackView } from './stack';
import type { CalculatorHandle, CalculatorOptions, CalculatorState } from './types';

export type { CalculatorHandle, CalculatorOptions, CalculatorState } from './types';

const BASES: readonly LogBase[] = ['e', '2', '10'];
/** The headline's name as text, with the page's symbols for the information family. */
function headlineName(headline: Headline, p: string, q: string): string {
  switch (headline) {
    case 'H':
      return `H(${p})`;
    case 'KL':
      return `D_KL(${p}‖${q})`;
    case 'JS':
      return `JS(${p}‖${q})`;
    case 'logL':
      return 'log L';
    default:
      return headline;
  }
}

/** Rows as the kind wants them: one row per sample for the multi-class batch, a single row otherwise. */
function normaliseInputs(kind: FormulaKind, t: number[] | number[][], y: number[] | number[][]): { t: number[][]; y: number[][] } {
  const asRows = (v: number[] | number[][]): number[][] => (v.length > 0 && Array.isArray(v[0]) ? (v as number[][]) : [v as number[]]);
  const rowsT = asRows(t);
  const rowsY = asRows(y);
  if (kind === 'ce_multiclass_batch') return { t: rowsT, y: rowsY };
  return { t: [rowsT.flat()], y: [rowsY.flat()] };
}

export function mountCalculator(root: HTMLElement | ShadowRoot, options: CalculatorOptions): CalculatorHandle {
  const doc = root.ownerDocument ?? document;
  const lang: Lang = options.lang;
  const decimals = options.decimals ?? 6;
  const roles = options.roles ?? {};
  const reduction = roles.reduction ?? 'mean';
  // Binary cross-entropy on a logit opens the binary calculator with logits for y.
  let kind = calculatorKindOf(options.kind, roles);
  const fromLogits = () => binaryOnLogits(kind, roles);
  // The margin form log(1 + e^{−y x}): its targets are labels −1 and +1.
  const plusMinusOne = () => plusMinusOneLabels(kind, roles);
  let base: LogBase = options.base ?? roles.logBase ?? 'e';
  let layout: KindLayout = layoutOf(kind, roles, lang);
  let normalize = false;
  let lastState: CalculatorState = { kind, base, t: [], y: [], value: null, error: null };
  let lastSubstitution = '';
  let lastHeadlineLabel = '';

  const style = doc.createElement('style');
  style.textContent = CALCULATOR_CSS;
  root.prepend(style);
  const detachKatex = attachKatexStyles(root);

  const container = doc.createElement('div');
  container.className = 'xl-calc';
  container.lang = lang;
  if (options.example) container.append(buildExampleSection(doc, options.example, lang, decimals));

  // Toolbar: log base (with its unit), the number of rows, a button to add one.
  const toolbar = doc.createElement('div');
  toolbar.className = 'xl-toolbar';
  const baseLabel = doc.createElement('label');
  baseLabel.textContent = `${msg(lang, 'base')} `;
  const baseSelect = doc.createElement('select');
  baseSelect.dataset.part = 'base';
  for (const b of BASES) {
    const option = doc.createElement('option');
    option.value = b;
    option.textContent = `${b} (${unitName(unitOf(b), lang)})`;
    baseSelect.append(option);
  }
  baseSelect.value = base;
  baseSelect.addEventListener('change', () => setBase(baseSelect.value as LogBase));
  baseLabel.append(baseSelect);
  const countText = doc.createElement('span');
  countText.dataset.part = 'count';
  const addButton = doc.createElement('button');
  addButton.type = 'button';
  addButton.addEventListener('click', () => table.addRow());
  // A batch's grid also grows and shrinks by classes (K).
  const classButtons = doc.createElement('span');
  classButtons.className = 'xl-class-buttons';
  const classButton = (label: string, step: number) => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', () => table.setClassCount(table.classCount + step));
    return button;
  };
  classButtons.append(classButton(`− ${msg(lang, 'removeLastClass')}`, -1), classButton(`+ ${msg(lang, 'addClass')}`, 1));
  // Entropy, KL and JS take counts too: the toggle divides them by their sums first.
  const normalizeLabel = doc.createElement('label');
  normalizeLabel.className = 'xl-toggle';
  const normalizeBox = doc.createElement('input');
  normalizeBox.type = 'checkbox';
  normalizeBox.dataset.part = 'normalize';
  normalizeBox.addEventListener('change', () => {
    normalize = normalizeBox.checked;
    update();
  });
  normalizeLabel.append(normalizeBox, ` ${msg(lang, 'normalize')}`);
  toolbar.append(baseLabel, countText, addButton, classButtons, normalizeLabel);

  const tableSlot = doc.createElement('div');
  const hint = doc.createElement('p');
  hint.className = 'xl-status';
  hint.dataset.part = 'paste-reading';
  hint.setAttribute('role', 'status');
  hint.textContent = msg(lang, 'pasteHint');

  const resultLine = doc.createElement('p');
  resultLine.className = 'xl-result';
  const headlineLabel = doc.createElement('span');
  const headline = doc.createElement('output');
  headline.dataset.part = 'value';
  headline.setAttribute('aria-live', 'polite');
  const secondary = doc.createElement('span');
  secondary.className = 'xl-secondary';
  secondary.dataset.part = 'secondary';
  resultLine.append(headlineLabel, headline, secondary);
  const normalizedNote = doc.createElement('p');
  normalizedNote.className = 'xl-status';
  normalizedNote.dataset.part = 'normalized';
  normalizedNote.setAttribute('role', 'status');
  normalizedNote.hidden = true;
  const stack = createStackView(doc, lang);
  const details = doc.createElement('p');
  details.className = 'xl-status';
  details.dataset.part = 'details';
  details.hidden = true;

  const substitutionHeading = doc.createElement('h3');
  substitutionHeading.textContent = msg(lang, 'substituted');
  const substitution = doc.createElement('div');
  substitution.className = 'xl-substituted';
  substitution.dataset.part = 'substituted';
  substitution.tabIndex = 0;
  substitution.setAttribute('role', 'group');
  substitution.setAttribute('aria-label', msg(lang, 'substituted'));
  const diagnosticsList = doc.createElement('ul');
  diagnosticsList.className = 'xl-diagnostics';
  diagnosticsList.dataset.part = 'diagnostics';

  const copyBar = createCopyBar(doc, lang, {
    input: () => snippetInput(),
    headline: () => ({ name: headlineText(), value: headline.textContent ?? '', unit: unitOfHeadline() }),
  });

  const explore = createExplore(doc, {
    kind: () => kind,
    base: () => base,
    roles,
    lang,
    decimals,
    lossTex: () => lossTex(),
    apply: (next) => fillTable(next.t, next.y),
  });
  explore.attachScrubbing(tableSlot);

  container.append(toolbar, tableSlot, hint, resultLine, normalizedNote, details, stack.element, explore.element, substitutionHeading, substitution, diagnosticsList, copyBar);
  root.append(container);

  let table = buildTable();
  let lastResult: CalculatorResult = computeFor(kind, base, [[]], [[]]);
  const initial = options.t && options.y ? normaliseInputs(kind, options.t, options.y) : sampleInputsFor(kind, roles);
  fillTable(initial.t, initial.y);

  function buildTable(): RowTable {
    const next = new RowTable(doc, {
      columns: layout.columns,
      lang,
      outputHeader: msg(lang, layout.output === 'softmax' ? 'softmax' : layout.output === 'sample' ? 'perSample' : 'contribution'),
      removeLabel: (r) => `${msg(lang, layout.rowsAre === 'class' ? 'removeClass' : 'removeSample')} ${r + 1}`,
      classCount: () => classCount(),
      onEdit: () => update(),
      onListRead: (reading) => {
        hint.textContent = describeListReading(reading, lang);
      },
    });
    tableSlot.replaceChildren(next.element);
    addButton.textContent = `+ ${msg(lang, layout.rowsAre === 'class' ? 'addClass' : 'addSample')}`;
    addButton.hidden = layout.fixedRows;
    classButtons.hidden = !layout.columns.some((column) => column.vector);
    normalizeLabel.hidden = !isFamilyKind(kind);
    return next;
  }

  function classCount(): number {
    return kind === 'ce_multiclass_batch' ? table.classCount : table.length;
  }

  function fillTable(t: number[][], y: number[][]): void {
    const columns: CellValue[][] = (layout.columns[0]!.vector ? [t, y] : [t[0] ?? [], y[0] ?? []]).slice(0, layout.columns.length);
    table.setValues(columns);
    update();
  }

  /** The inputs as rows, or null while a cell is empty or unreadable. */
  function currentInputs(): { t: number[][]; y: number[][] } | null {
    const [tColumn, given] = table.values;
    // Entropy has one column: the same values stand in for the second, which it never reads.
    const yColumn = layout.columns.length === 1 ? tColumn : given;
    if (!tColumn || !yColumn || !table.complete()) return null;
    if (layout.columns[0]!.vector) return { t: tColumn as number[][], y: yColumn as number[][] };
    return { t: [tColumn as number[]], y: [yColumn as number[]] };
  }

  function rowOf(d: Diagnostic): number | undefined {
    if (kind === 'ce_multiclass_batch') return d.row;
    return d.index ?? d.row;
  }

  /** The headline's TeX: the page's own name for the loss (L, J(θ), ℓ…) where it writes one. */
  function lossTex(): string {
    return roles.lossName ?? 'E';
  }

  function unitOfHeadline(): string {
    return lastResult.headline === 'L' ? '' : unitName(unitOf(base), lang);
  }

  function snippetInput(): SnippetInput {
    return { kind, base, t: lastState.t, y: lastState.y, reduction, value: lastState.value, normalize: isFamilyKind(kind) && normalize, fromLogits: fromLogits(), plusMinusOne: plusMinusOne() };
  }

  /** The page's symbols as plain text: the target or first distribution, the prediction or second one. */
  function symbols(): { p: string; q: string } {
    const family = isFamilyKind(kind);
    return { p: plainSymbol(roles.target ?? (family ? 'p' : 't')), q: plainSymbol(roles.prediction ?? (family ? 'q' : 'y')) };
  }

  function headlineText(): string {
    const { p, q } = symbols();
    return headlineName(lastResult.headline, p, q);
  }

  function update(): void {
    const mark = typeof performance !== 'undefined' && typeof performance.mark === 'function';
    if (mark) performance.mark('xent-lens:update-start');
    const inputs = currentInputs();
    const result = inputs ? computeFor(kind, base, inputs.t, inputs.y, reduction, normalize, fromLogits(), plusMinusOne() ? 'plusMinusOne' : 'zeroOne') : computeFor(kind, base, [[]], [[]]);
    lastResult = result;
    const fmt = (x: number) => formatNumber(x, lang, decimals);
    // The label changes only with the kind or the symbols: KaTeX renders it once, not on every keystroke.
    const label = result.headline === 'E' && roles.lossName ? `tex:${roles.lossName} =` : `${headlineText()} = `;
    if (label !== lastHeadlineLabel) {
      lastHeadlineLabel = label;
      if (label.startsWith('tex:')) renderTex(headlineLabel, label.slice(4));
      else headlineLabel.textContent = label;
    }
    headline.textContent = result.value === null ? '—' : fmt(result.value);
    const unit = unitOfHeadline();
    const extras: string[] = [];
    if (unit && result.value !== null) extras.push(unit);
    if (kind === 'log_likelihood' || kind === 'likelihood_product') {
      if (result.E !== null && result.headline !== 'E') extras.push(`E = ${fmt(result.E)}`);
      if (result.L !== null && result.headline !== 'L') extras.push(`L = ${fmt(result.L)}`);
      if (result.logL !== null && result.headline !== 'logL') extras.push(`log L = ${fmt(result.logL)}`);
    }
    if (result.perplexity !== null && result.headline === 'E') extras.push(`${msg(lang, 'perplexity')} ${base}^${plainText(lossTex())} = ${fmt(result.perplexity)}`);
    secondary.textContent = extras.join(' · ');
    const names = symbols();
    const { p, q } = names;
    const divided = result.normalizedBy ? [[p, result.normalizedBy.t], [q, result.normalizedBy.y]] as const : [];
    const dividedText = divided.flatMap(([symbol, sum]) => (sum === null ? [] : [msg(lang, 'dividedBy', symbol, fmt(sum))]));
    normalizedNote.hidden = dividedText.length === 0;
    normalizedNote.textContent = dividedText.length === 0 ? '' : msg(lang, 'normalizedBy', dividedText.join(', '));
    // The popup shows the decomposition for every form; the popover for the information family.
    stack.update(options.details || isFamilyKind(kind) ? result.stack : null, names, fmt);
    details.hidden = !options.details || isFamilyKind(kind) || result.entropy === null || result.kl === null || result.L === null;
    if (!details.hidden) {
      details.replaceChildren(
        `L = ${fmt(result.L!)} · log L = ${fmt(result.logL!)}`,
        doc.createElement('br'),
        `E = H(t) + KL(t‖y) = ${fmt(result.entropy!)} + ${fmt(result.kl!)}`,
      );
    }

    explore.update(inputs, result);
    const outputs = layout.output === 'softmax' ? result.softmax : layout.output === 'sample' ? result.perSample : result.terms;
    table.setOutputs(outputs, fmt);
    const n = table.length;

    const diagnostics = result.error ? [result.error, ...result.warnings] : result.warnings;
    const general = table.setNotes(inputs ? diagnostics : [], rowOf);
    diagnosticsList.replaceChildren(
      ...general.map((d) => {
        const item = doc.createElement('li');
        item.dataset.severity = d.severity;
        item.textContent = describeDiagnostic(d, lang);
        return item;
      }),
    );
    const rowCount = `${layout.rowsAre === 'class' ? (roles.classBound ?? 'K') : (roles.sampleBound ?? 'N')} = ${n}`;
    countText.textContent = classButtons.hidden ? rowCount : `${rowCount} · ${roles.classBound ?? 'K'} = ${table.classCount}`;

    const t = inputs?.t ?? [];
    const y = inputs?.y ?? [];
    const targetRow = t[0] ?? [];
    const tex = inputs
      ? substitutedTex({
          kind,
          base,
          t,
          y,
          value: result.value,
          decimals,
          perSample: result.perSample ?? undefined,
          reduction,
          targetClass: targetRow.indexOf(Math.max(...targetRow)),
          fromLogits: fromLogits(),
          plusMinusOne: plusMinusOne(),
          symbols: names,
          mixture: result.mixture ?? undefined,
          used: result.used ?? undefined,
          lossName: result.headline === 'E' ? roles.lossName : undefined,
        })
      : '';
    if (tex !== lastSubstitution) {
      lastSubstitution = tex;
      if (tex) renderTex(substitution, tex, true);
      else substitution.replaceChildren();
    }
    const error = result.error ? describeDiagnostic(result.error, lang) : inputs ? null : msg(lang, 'notANumber');
    lastState = { kind, base, t, y, value: result.value, error };
    options.onChange?.(lastState);
    if (mark) {
      try {
        performance.measure('xent-lens:update', 'xent-lens:update-start');
      } catch {
        // A page that replaced performance.measure gets no figures.
      }
    }
  }

  function setBase(next: LogBase): void {
    base = next;
    baseSelect.value = next;
    update();
  }

  return {
    setKind(next) {
      const current = currentInputs();
      kind = calculatorKindOf(next, roles);
      layout = layoutOf(kind, roles, lang);
      table = buildTable();
      const seed = current ? normaliseInputs(kind, current.t, current.y) : sampleInputsFor(kind, roles);
      fillTable(seed.t, seed.y);
    },
    setInputs(t, y) {
      const rows = normaliseInputs(kind, t, y);
      fillTable(rows.t, rows.y);
    },
    setBase,
    state: () => lastState,
    destroy() {
      container.remove();
      style.remove();
      detachKatex();
    },
  };
}
