// Playing with the numbers: the loss curve for the true class (or the current term), the
// "keep Σy = 1" switch, scrubbing a number input by dragging it sideways or with ↑/↓, and,
// beside E, the gradient with respect to the logits and the perplexity. Which class the
// curve follows: the target's one-hot class, or for soft targets the class last focused.
import { logitForProbability, rescaleOthers, scrubStep, scrubValue, type ScrubRange } from '../../core/explore';
import type { LogBase } from '../../core/types';
import type { FormulaKind, Roles } from '../../tex/types';
import { indexedSymbol, renderTex } from '../formula';
import { formatNumber, t as msg, type Lang } from '../i18n';
import { binaryOnLogits, plusMinusOneLabels, type CalculatorResult } from './compute';
import { createLossCurve, type CurveBranch, type CurveModel } from './curve';

export interface Inputs {
  t: number[][];
  y: number[][];
}

/** A cell of the table: row r (class or sample), entry k of a batch's vector (0 otherwise). */
export interface CellAt {
  column: 't' | 'y';
  r: number;
  k: number;
}

export interface ExploreOptions {
  kind: () => FormulaKind;
  base: () => LogBase;
  roles: Roles;
  lang: Lang;
  decimals: number;
  /** The headline's TeX as the page names the loss (E, L, J(θ)…). */
  lossTex: () => string;
  /** Writes new inputs into the table and recomputes. */
  apply(inputs: Inputs): void;
}

const SOFTMAX_KINDS = new Set<FormulaKind>(['ce_multiclass', 'ce_expectation', 'ce_from_logits']);

/** Where in (t, y) the curve's prediction sits, and what curve it moves on. */
interface Focus {
  sample: number;
  cls: number;
  /** The target weight of the curve: t of the class (multi-class) or of the sample (binary). */
  target: number;
  binary: boolean;
}

function argmax(v: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[best]!) best = i;
  return best;
}

/** The cell an input stands for, read from its place in the table. */
function cellOf(input: Element): CellAt | null {
  const column = input.getAttribute('data-column');
  const row = input.closest('.xl-row');
  if ((column !== 't' && column !== 'y') || !row?.parentElement) return null;
  const r = [...row.parentElement.children].indexOf(row);
  const holder = input.parentElement?.classList.contains('xl-vector') ? input.parentElement : null;
  const k = holder ? [...holder.children].indexOf(input) : 0;
  return { column, r, k };
}

export function createExplore(doc: Document, options: ExploreOptions) {
  const { lang, roles } = options;
  const element = doc.createElement('section');
  element.className = 'xl-explore';
  const keepLabel = doc.createElement('label');
  keepLabel.className = 'xl-keep-sum';
  const keep = doc.createElement('input');
  keep.type = 'checkbox';
  keep.checked = true;
  keep.dataset.part = 'keep-sum';
  keepLabel.append(keep, ` ${msg(lang, 'keepSum')}`);
  const gradient = doc.createElement('p');
  gradient.className = 'xl-status xl-gradient';
  gradient.dataset.part = 'gradient';
  const curve = createLossCurve(doc, lang, options.decimals, (y) => movePrediction(y));
  element.append(curve.element, keepLabel, gradient);

  let inputs: Inputs | null = null;
  let result: CalculatorResult | null = null;
  let focused: CellAt | null = null;
  let focus: Focus | null = null;

  function focusFor(kind: FormulaKind, current: Inputs): Focus | null {
    const binary = kind === 'ce_binary' || kind === 'ce_binary_batch';
    if (binary) {
      const sample = focused && focused.r < (current.y[0]?.length ?? 0) ? focused.r : 0;
      const target = current.t[0]?.[sample];
      return target === undefined ? null : { sample, cls: 0, target, binary };
    }
    const batch = kind === 'ce_multiclass_batch';
    const sample = batch && focused ? Math.min(focused.r, current.t.length - 1) : 0;
    const t = current.t[sample] ?? [];
    if (t.length === 0) return null;
    const oneHot = t.every((v) => v === 0 || v === 1) && t.filter((v) => v === 1).length === 1;
    const focusedClass = focused ? (batch ? focused.k : focused.r) : -1;
    const cls = oneHot || focusedClass < 0 || focusedClass >= t.length ? argmax(t) : focusedClass;
    return { sample, cls, target: t[cls]!, binary };
  }

  /** The prediction the curve's x is: y, or softmax(z) for logits. */
  function predictionOf(kind: FormulaKind, current: Inputs, f: Focus): number | undefined {
    if (f.binary) return current.y[0]?.[f.sample];
    if (kind === 'ce_from_logits') return result?.softmax?.[f.cls] ?? undefined;
    return current.y[f.sample]?.[f.cls];
  }

  /** The binary kinds with logits x in the y column (the formula is on the logit). */
  const onLogits = (kind: FormulaKind) => binaryOnLogits(kind, roles);

  function modelFor(kind: FormulaKind, current: Inputs): CurveModel | null {
    // The curve runs over a probability; a logit column has none to place on it.
    if (onLogits(kind)) return null;
    const f = focusFor(kind, current);
    if (!f) return null;
    focus = f;
    const y = predictionOf(kind, current, f);
    if (y === undefined || !(y >= 0 && y <= 1) || !(f.target >= 0 && f.target <= 1)) return null;
    const symbol = roles.prediction ?? 'y';
    const branches: CurveBranch[] = [];
    let xTex: string;
    if (f.binary) {
      const t = roles.target ?? 't';
      const plainT = t.replace(/[{}\\]/g, '');
      if (f.target !== 1) branches.push({ a: 1, b: 0, label: `${plainT} = 1` });
      if (f.target !== 0) branches.push({ a: 0, b: 1, label: `${plainT} = 0` });
      branches.push({ a: f.target, b: 1 - f.target, label: f.target === 0 || f.target === 1 ? `${plainT} = ${f.target}` : `${plainT} = ${formatNumber(f.target, lang, 2)}` });
      xTex = kind === 'ce_binary' ? symbol : indexedSymbol(symbol, f.sample + 1);
    } else {
      branches.push({ a: f.target, b: 0, label: '' });
      const index = kind === 'ce_multiclass_batch' ? `${f.sample + 1},${f.cls + 1}` : f.cls + 1;
      xTex = kind === 'ce_from_logits' ? `\\mathrm{softmax}(z)_{${f.cls + 1}}` : indexedSymbol(symbol, index);
    }
    const likelihood = kind === 'log_likelihood' || kind === 'likelihood_product';
    const yTex = likelihood ? '-\\log L' : f.binary || f.target === 1 || kind === 'ce_multiclass_batch' ? options.lossTex() : `-${indexedSymbol(roles.target ?? 't', f.cls + 1)}\\log ${xTex}`;
    return { base: options.base(), branches, y, xTex, yTex, xText: plainText(xTex), yText: plainText(yTex) };
  }

  function movePrediction(value: number): void {
    const kind = options.kind();
    if (!inputs || !focus) return;
    options.apply(withPrediction(kind, inputs, focus, value));
  }

  /** The inputs with the focused prediction set to `value`, the others rescaled when Σy = 1 is kept. */
  function withPrediction(kind: FormulaKind, current: Inputs, f: Focus, value: number): Inputs {
    const t = current.t;
    if (f.binary) return { t, y: [current.y[0]!.map((v, i) => (i === f.sample ? value : v))] };
    if (kind === 'ce_from_logits') return { t, y: [logitForProbability(current.y[0]!, f.cls, value)] };
    const row = current.y[f.sample]!;
    const next = keep.checked ? rescaleOthers(row, f.cls, value) : row.map((v, i) => (i === f.cls ? value : v));
    return { t, y: current.y.map((r, i) => (i === f.sample ? next : r)) };
  }

  /** What a cell may hold while it is scrubbed: probabilities in [0, 1], logits within ±1000, labels in [−1, 1]. */
  function rangeOf(kind: FormulaKind, cell: CellAt): ScrubRange {
    if (cell.column === 't' && plusMinusOneLabels(kind, roles)) return { min: -1, max: 1 };
    return (kind === 'ce_from_logits' || onLogits(kind)) && cell.column === 'y' ? { min: -1000, max: 1000 } : { min: 0, max: 1 };
  }

  /** The inputs with one cell scrubbed by `steps` steps; a prediction keeps Σy = 1 when asked. */
  function scrubbed(cell: CellAt, steps: number, step: number, from: Inputs = inputs!): Inputs | null {
    const kind = options.kind();
    const rowsAreEntries = kind !== 'ce_multiclass_batch';
    const sample = rowsAreEntries ? 0 : cell.r;
    const entry = rowsAreEntries ? cell.r : cell.k;
    const source = cell.column === 't' ? from.t : from.y;
    const value = source[sample]?.[entry];
    if (value === undefined || !Number.isFinite(value)) return null;
    const next = scrubValue(value, steps, step, rangeOf(kind, cell));
    const probabilities = cell.column === 'y' && kind !== 'ce_from_logits' && kind !== 'ce_binary' && kind !== 'ce_binary_batch';
    const row = source[sample]!;
    const updated = probabilities && keep.checked ? rescaleOthers(row, entry, next) : row.map((v, i) => (i === entry ? next : v));
    const rows = source.map((r, i) => (i === sample ? updated : r));
    return cell.column === 't' ? { t: rows, y: from.y } : { t: from.t, y: rows };
  }

  function stepFor(kind: FormulaKind, cell: CellAt, modifiers: { shift: boolean; alt: boolean }): number {
    return scrubStep((kind === 'ce_from_logits' || onLogits(kind)) && cell.column === 'y' ? 0.1 : 0.01, modifiers);
  }

  /** ↑/↓ on a focused number input, and dragging it sideways, scrub it. */
  function attachScrubbing(table: HTMLElement): void {
    table.addEventListener('focusin', (event) => {
      const cell = event.target instanceof Element ? cellOf(event.target) : null;
      if (cell) {
        focused = cell;
        if (inputs && result) update(inputs, result);
      }
    });
    table.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      const cell = event.target instanceof Element ? cellOf(event.target) : null;
      if (!cell || !inputs) return;
      const next = scrubbed(cell, event.key === 'ArrowUp' ? 1 : -1, stepFor(options.kind(), cell, { shift: event.shiftKey, alt: event.altKey }));
      if (!next) return;
      event.preventDefault();
      options.apply(next);
    });
    let drag: { cell: CellAt; x: number; start: Inputs; scrubbing: boolean; id: number; input: HTMLElement } | null = null;
    table.addEventListener('pointerdown', (event) => {
      const target = event.target instanceof HTMLInputElement ? event.target : null;
      const cell = target ? cellOf(target) : null;
      if (!target || !cell || !inputs || event.button !== 0) return;
      // A copy: the table's own arrays change under a drag, and each step counts from the start.
      const start = { t: inputs.t.map((row) => row.slice()), y: inputs.y.map((row) => row.slice()) };
      drag = { cell, x: event.clientX, start, scrubbing: false, id: event.pointerId, input: target };
    });
    table.addEventListener('pointermove', (event) => {
      if (!drag || event.pointerId !== drag.id) return;
      const dx = event.clientX - drag.x;
      // A few pixels of slack: a click still places the caret; a sideways drag scrubs.
      if (!drag.scrubbing && Math.abs(dx) < 4) return;
      if (!drag.scrubbing) {
        drag.scrubbing = true;
        drag.input.setPointerCapture?.(drag.id);
        drag.input.classList.add('xl-scrubbing');
        drag.input.focus({ preventScroll: true });
      }
      event.preventDefault();
      // Four pixels a step: 25 steps (0.25 of a probability) across 100 pixels.
      const next = scrubbed(drag.cell, Math.round(dx / 4), stepFor(options.kind(), drag.cell, { shift: event.shiftKey, alt: event.altKey }), drag.start);
      if (next) scheduleApply(next);
    });
    const end = () => {
      if (!drag) return;
      drag.input.classList.remove('xl-scrubbing');
      drag.input.releasePointerCapture?.(drag.id);
      drag = null;
    };
    table.addEventListener('pointerup', end);
    table.addEventListener('pointercancel', end);
  }

  let pending: Inputs | null = null;
  let frame = 0;
  function scheduleApply(next: Inputs): void {
    pending = next;
    const view = doc.defaultView;
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (pending) options.apply(pending);
      pending = null;
    });
  }

  const gradientTex = doc.createElement('span');
  const gradientValues = doc.createElement('span');
  gradientValues.dataset.part = 'gradient-values';
  const why = doc.createElement('span');
  why.className = 'xl-why';
  why.textContent = msg(lang, 'gradientWhy');
  gradient.append(gradientTex, gradientValues, doc.createElement('br'), why);
  let lastGradientTex = '';

  /** ∂E/∂z_k = y_k − t_k in the page's symbols, and its value per class. */
  function updateGradient(kind: FormulaKind, current: CalculatorResult): void {
    gradient.hidden = !SOFTMAX_KINDS.has(kind) || !current.gradLogits;
    if (gradient.hidden || !current.gradLogits) return;
    const k = roles.classIndex ?? 'k';
    const prediction = kind === 'ce_from_logits' ? `\\mathrm{softmax}(z)_{${k}}` : indexedSymbol(roles.prediction ?? 'y', k);
    const tex = `\\partial ${options.lossTex()} / \\partial z_{${k}} = ${prediction} - ${indexedSymbol(roles.target ?? 't', k)}`;
    if (tex !== lastGradientTex) {
      lastGradientTex = tex;
      renderTex(gradientTex, tex);
    }
    const fmt = (x: number) => formatNumber(x, lang, Math.min(options.decimals, 3));
    const values = current.gradLogits;
    const shown = values.length > 12 ? [...values.slice(0, 8).map(fmt), '…', ...values.slice(-2).map(fmt)] : values.map(fmt);
    gradientValues.textContent = ` = (${shown.join(', ')})`;
  }

  function update(current: Inputs | null, computed: CalculatorResult): void {
    inputs = current;
    result = computed;
    const kind = options.kind();
    curve.update(current ? modelFor(kind, current) : null);
    keepLabel.hidden = kind === 'ce_binary' || kind === 'ce_binary_batch' || kind === 'ce_from_logits';
    updateGradient(kind, computed);
  }

  return { element, update, attachScrubbing };
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** TeX of a symbol as plain text for words and labels: y_{1} → y1, \hat{y} → ŷ. */
export function plainText(tex: string): string {
  return tex
    .replace(/\\hat\{?(\w)\}?/g, '$1\u0302')
    .replace(/\\mathrm\{softmax\}/g, 'softmax')
    .replace(/\\(?:mathbf|boldsymbol|bm|mathrm|mathcal|operatorname|text)\b/g, '')
    .replace(/\\log\b/g, 'log')
    .replace(/\\theta\b/g, 'θ')
    .replace(/\\ell\b/g, 'ℓ')
    .replace(/\\[A-Za-z]+/g, '')
    .replace(/[{}]/g, '')
    .replace(/_\{?([0-9]+(?:,[0-9]+)*)\}?/g, (_, digits: string) => digits.replace(/[0-9]/g, (d) => SUBSCRIPT_DIGITS[Number(d)]!))
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}
