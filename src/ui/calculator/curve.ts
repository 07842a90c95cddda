// The loss curve: the loss against the prediction for the true class, drawn as SVG in
// the page's log base, with the current point on it. The point is a slider: drag it
// (or anywhere on the plot), or focus it and press the arrow keys, and the prediction
// follows. Lines take their colours from the palette, so dark mode and zoom stay crisp.
// Every number comes from the core (curvePoints, lossAt, axisTicks, scrubValue).
import { axisTicks, curveDomain, curvePoints, lossAt, roundSignificant, scrubStep, scrubValue } from '../../core/explore';
import type { LogBase } from '../../core/types';
import { renderTex } from '../formula';
import { formatNumber, plainNumber, t as msg, type Lang } from '../i18n';

const SVG = 'http://www.w3.org/2000/svg';
/** The plot's own coordinates: the SVG scales them to its box, so it stays sharp at any zoom. */
const WIDTH = 280;
const HEIGHT = 150;
const PAD = { left: 30, right: 10, top: 10, bottom: 22 };
const SAMPLES = 160;

/** One curve: −[a·log y + b·log(1 − y)] (see lossAt). */
export interface CurveBranch {
  a: number;
  b: number;
  /** A short label drawn at the curve's end (e.g. t = 1), or '' for none. */
  label: string;
}

export interface CurveModel {
  base: LogBase;
  /** Drawn in order; the last is the one the point moves on. */
  branches: CurveBranch[];
  /** The prediction the point stands at. */
  y: number;
  /** TeX of the axes: the page's prediction symbol (x) and its name for the loss (y). */
  xTex: string;
  yTex: string;
  /** Plain-text names of the same, for the slider's words. */
  xText: string;
  yText: string;
}

export interface LossCurve {
  element: HTMLElement;
  update(model: CurveModel | null): void;
}

function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, name: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** `onMove(y)` is called as the reader drags or steps the point, at most once a frame. */
export function createLossCurve(doc: Document, lang: Lang, decimals: number, onMove: (y: number) => void): LossCurve {
  const element = doc.createElement('figure');
  element.className = 'xl-curve';
  element.dataset.part = 'curve';
  const yAxisLabel = doc.createElement('span');
  yAxisLabel.className = 'xl-curve-y';
  yAxisLabel.setAttribute('aria-hidden', 'true');
  const svg = svgElement(doc, 'svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group' });
  const xAxisLabel = doc.createElement('span');
  xAxisLabel.className = 'xl-curve-x';
  xAxisLabel.setAttribute('aria-hidden', 'true');
  const caption = doc.createElement('figcaption');
  caption.dataset.part = 'curve-point';
  element.append(yAxisLabel, svg, xAxisLabel, caption);

  const clipId = `xl-curve-clip-${Math.random().toString(36).slice(2)}`;
  const clip = svgElement(doc, 'clipPath', { id: clipId });
  clip.append(svgElement(doc, 'rect', { x: PAD.left, y: PAD.top - 4, width: WIDTH - PAD.left - PAD.right, height: HEIGHT - PAD.top - PAD.bottom + 4 }));
  const grid = svgElement(doc, 'g', { class: 'xl-curve-grid' });
  const branches = svgElement(doc, 'g', { 'clip-path': `url(#${clipId})` });
  const guides = svgElement(doc, 'g', { class: 'xl-curve-guide' });
  const point = svgElement(doc, 'circle', { r: 5, class: 'xl-curve-point', tabindex: 0, role: 'slider', 'data-part': 'curve-handle' });
  svg.append(svgElement(doc, 'defs'), grid, branches, guides, point);
  svg.firstChild!.appendChild(clip);

  let model: CurveModel | null = null;
  let drawnKey = '';
  let yMax = 1;
  const toX = (y: number) => PAD.left + y * (WIDTH - PAD.left - PAD.right);
  const toY = (loss: number) => HEIGHT - PAD.bottom - (Math.min(loss, yMax) / yMax) * (HEIGHT - PAD.top - PAD.bottom);
  const fmt = (x: number) => formatNumber(x, lang, decimals);

  function drawStatic(current: CurveModel): void {
    // The vertical scale: up to the loss at y = 0.01 (past it the curve leaves the top edge).
    yMax = lossAt(1, 0, current.base, 0.01);
    const ticks = axisTicks(yMax, 4);
    const lines: SVGElement[] = [];
    for (const tick of ticks) {
      const y = toY(tick);
      lines.push(svgElement(doc, 'line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: tick === 0 ? 'xl-curve-axis' : '' }));
      const label = svgElement(doc, 'text', { x: PAD.left - 4, y: y + 3.5, 'text-anchor': 'end' });
      label.textContent = String(tick);
      lines.push(label);
    }
    for (const x of [0, 0.5, 1]) {
      const label = svgElement(doc, 'text', { x: toX(x), y: HEIGHT - PAD.bottom + 13, 'text-anchor': x === 0 ? 'start' : x === 1 ? 'end' : 'middle' });
      label.textContent = String(x);
      lines.push(label);
    }
    lines.push(svgElement(doc, 'line', { x1: PAD.left, x2: PAD.left, y1: PAD.top, y2: HEIGHT - PAD.bottom, class: 'xl-curve-axis' }));
    grid.replaceChildren(...lines);
    const paths: SVGElement[] = [];
    current.branches.forEach((branch, i) => {
      const points = curvePoints(branch.a, branch.b, current.base, SAMPLES);
      const d = points.map(([y, loss], j) => `${j === 0 ? 'M' : 'L'}${toX(y).toFixed(2)} ${toY(loss).toFixed(2)}`).join(' ');
      const current_ = i === current.branches.length - 1;
      paths.push(svgElement(doc, 'path', { d, class: current_ ? 'xl-curve-line xl-curve-current' : 'xl-curve-line' }));
      if (branch.label) {
        // Label where the branch is low: its right end for t = 1, its left end for t = 0.
        const at = branch.b > 0 && branch.a === 0 ? 0.04 : 0.96;
        const label = svgElement(doc, 'text', { x: toX(at), y: toY(lossAt(branch.a, branch.b, current.base, at)) - 6, 'text-anchor': at < 0.5 ? 'start' : 'end', class: 'xl-curve-branch' });
        label.textContent = branch.label;
        paths.push(label);
      }
    });
    branches.replaceChildren(...paths);
    renderTex(xAxisLabel, current.xTex);
    renderTex(yAxisLabel, current.yTex);
    svg.setAttribute('aria-label', msg(lang, 'curveName', current.yText, current.xText));
  }

  function drawPoint(current: CurveModel): void {
    const last = current.branches[current.branches.length - 1]!;
    const loss = lossAt(last.a, last.b, current.base, current.y);
    const x = toX(current.y);
    const y = toY(Number.isFinite(loss) ? loss : yMax);
    point.setAttribute('cx', x.toFixed(2));
    point.setAttribute('cy', y.toFixed(2));
    // Beyond the top edge the point stays on it, hollow: the loss keeps growing off the plot.
    point.classList.toggle('xl-curve-off', !(loss <= yMax));
    guides.replaceChildren(
      svgElement(doc, 'line', { x1: x, x2: x, y1: y, y2: HEIGHT - PAD.bottom }),
      svgElement(doc, 'line', { x1: PAD.left, x2: x, y1: y, y2: y }),
    );
    const { lo, hi } = curveDomain(last.a, last.b);
    point.setAttribute('aria-valuemin', String(lo));
    point.setAttribute('aria-valuemax', String(hi));
    point.setAttribute('aria-valuenow', String(current.y));
    // The prediction as the reader would type it; the loss at the calculator's places.
    const words = msg(lang, 'curvePoint', current.xText, plainNumber(roundSignificant(current.y, 6)), current.yText, fmt(loss));
    point.setAttribute('aria-valuetext', words);
    point.setAttribute('aria-label', msg(lang, 'curveHandle', current.xText));
    caption.textContent = words;
  }

  let pending: number | null = null;
  let frame = 0;
  const view = doc.defaultView;
  function move(y: number): void {
    pending = y;
    if (frame || !view) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      if (pending !== null) onMove(pending);
      pending = null;
    });
  }

  function domain(): { lo: number; hi: number } {
    const last = model?.branches[model.branches.length - 1];
    return last ? curveDomain(last.a, last.b) : { lo: 0, hi: 1 };
  }

  function yAtPointer(event: PointerEvent): number {
    const box = svg.getBoundingClientRect();
    const scale = box.width / WIDTH;
    const x = (event.clientX - box.left) / scale;
    const raw = (x - PAD.left) / (WIDTH - PAD.left - PAD.right);
    const { lo, hi } = domain();
    // A pixel is about 0.004 of the axis: three decimals is all a drag can mean.
    return scrubValue(raw, 0, 0.001, { min: lo, max: hi });
  }

  svg.addEventListener('pointerdown', (event) => {
    if (!model || event.button !== 0) return;
    event.preventDefault();
    svg.setPointerCapture?.(event.pointerId);
    point.focus({ preventScroll: true });
    element.classList.add('xl-dragging');
    move(yAtPointer(event));
  });
  svg.addEventListener('pointermove', (event) => {
    if (!model || !svg.hasPointerCapture?.(event.pointerId)) return;
    move(yAtPointer(event));
  });
  const release = (event: PointerEvent) => {
    svg.releasePointerCapture?.(event.pointerId);
    element.classList.remove('xl-dragging');
  };
  svg.addEventListener('pointerup', release);
  svg.addEventListener('pointercancel', release);

  point.addEventListener('keydown', (event) => {
    if (!model) return;
    const { lo, hi } = domain();
    const step = scrubStep(0.01, { shift: event.shiftKey, alt: event.altKey });
    const steps = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 10, PageDown: -10 }[event.key];
    let next: number | null = null;
    if (steps !== undefined) next = scrubValue(model.y, steps, step, { min: lo, max: hi });
    else if (event.key === 'Home') next = lo;
    else if (event.key === 'End') next = hi;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    onMove(next);
  });

  return {
    element,
    update(next) {
      model = next;
      element.hidden = next === null;
      if (!next) return;
      const key = `${next.base}|${next.xTex}|${next.yTex}|${next.branches.map((b) => `${b.a},${b.b},${b.label}`).join(';')}`;
      if (key !== drawnKey) {
        drawnKey = key;
        drawStatic(next);
      }
      drawPoint(next);
    },
  };
}
