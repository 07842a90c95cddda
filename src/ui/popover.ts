// The popover a badge opens: the formula as the page wrote it, rendered with KaTeX, and
// the calculator prefilled from the page's worked example. It lives in the badge layer's
// open shadow root, is placed with @floating-ui/dom (flipping and shifting at the
// viewport's edges), closes on Esc or a click outside, and hands focus back to its badge.
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { LogBase } from '../core/types';
import type { FormulaAnalysis, FormulaKind, WorkedExampleCheck } from '../tex/types';
import { mountCalculator, type CalculatorHandle } from './calculator';
import { renderTex } from './formula';
import { t as msg, type Lang } from './i18n';
import { buildValueOffers, offersNear, removeSourceOutline, type ValueOffer } from './page-values-offer';
import { POPOVER_CSS } from './styles';

export interface PopoverContent {
  analysis: FormulaAnalysis;
  kind: FormulaKind;
  /** Inputs to start from: the page's worked example, when there is one. */
  prefill: WorkedExampleCheck | null;
  lang: Lang;
  base: LogBase;
  decimals: number;
  /** The formula's element on the page: the tables and sentence beside it may hold values to offer. */
  formula?: Element;
}

export interface OpenPopover {
  element: HTMLElement;
  calculator: CalculatorHandle;
  close(returnFocus: boolean): void;
}

let popoverIds = 0;

/** Kinds whose inputs are t and y per class: a worked example of one fits the others. */
const PER_CLASS = new Set<FormulaKind>(['ce_multiclass', 'ce_expectation', 'log_likelihood', 'likelihood_product']);

/** Whether a worked example's numbers can be typed into a formula of `kind`. */
/** The popover's own words in the reader's language: its file keeps its own table of them (the badges' is in the content script). */
export { loadMessages } from './i18n';

export function exampleFits(example: WorkedExampleCheck, kind: FormulaKind): boolean {
  if (example.t.length === 0 || example.y.length === 0) return false;
  if (example.kind === kind) return true;
  return (example.kind === null || PER_CLASS.has(example.kind)) && PER_CLASS.has(kind);
}

/** The worked example to prefill from: the formula's own, else the first on the page that fits. */
export function prefillFor(kind: FormulaKind, own: WorkedExampleCheck | null, pageExamples: readonly WorkedExampleCheck[]): WorkedExampleCheck | null {
  if (own && exampleFits(own, kind)) return own;
  return pageExamples.find((example) => exampleFits(example, kind)) ?? null;
}

export function openPopover(shadow: ShadowRoot, anchor: HTMLElement, content: PopoverContent, onClosed: () => void): OpenPopover {
  const doc = shadow.ownerDocument ?? document;
  const id = `xl-popover-${++popoverIds}`;
  const element = doc.createElement('div');
  element.className = 'xl-popover';
  element.id = id;
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-labelledby', `${id}-title`);
  element.tabIndex = -1;
  element.lang = content.lang;

  const style = doc.createElement('style');
  style.textContent = POPOVER_CSS;
  const head = doc.createElement('div');
  head.className = 'xl-popover-head';
  const title = doc.createElement('h2');
  title.className = 'xl-popover-title';
  title.id = `${id}-title`;
  title.textContent = msg(content.lang, 'popoverTitle');
  const closeButton = doc.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'xl-close';
  closeButton.textContent = '×';
  closeButton.setAttribute('aria-label', msg(content.lang, 'close'));
  closeButton.addEventListener('click', () => close(true));
  head.append(title, closeButton);

  const formulaHeading = doc.createElement('h3');
  formulaHeading.className = 'xl-popover-title';
  formulaHeading.textContent = msg(content.lang, 'formulaOnPage');
  const formula = doc.createElement('div');
  formula.className = 'xl-page-formula';
  formula.dataset.part = 'page-formula';
  // A wide formula scrolls sideways; keyboard users need to reach it to scroll it.
  formula.tabIndex = 0;
  formula.setAttribute('role', 'group');
  formula.setAttribute('aria-label', msg(content.lang, 'formulaOnPage'));
  renderTex(formula, content.analysis.tex, true);
  const notes = doc.createElement('ul');
  notes.className = 'xl-diagnostics';
  for (const d of content.analysis.recognition?.diagnostics ?? []) {
    const item = doc.createElement('li');
    item.textContent = content.lang === 'ja' ? d.ja : d.en;
    notes.append(item);
  }
  const calculatorRoot = doc.createElement('div');
  element.append(style, head, formulaHeading, formula, notes, calculatorRoot);
  shadow.append(element);

  const example = content.analysis.example;
  const calculator = mountCalculator(calculatorRoot, {
    kind: content.kind,
    roles: content.analysis.recognition?.roles,
    t: content.prefill?.t,
    y: content.prefill?.y,
    base: content.analysis.recognition?.roles.logBase ?? content.base,
    lang: content.lang,
    example,
    decimals: content.decimals,
  });

  const offers = buildValueOffers(doc, content.formula ? safeOffers(content.formula, content.analysis) : [], content.lang, shadow, () => calculator, content.kind);
  if (offers) element.insertBefore(offers, calculatorRoot);

  const stopFollowing = autoUpdate(anchor, element, () => {
    void computePosition(anchor, element, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight }) {
            element.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    }).then(({ x, y }) => {
      element.style.left = `${x}px`;
      element.style.top = `${y}px`;
    });
  });

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    const path = event.composedPath();
    if (!path.includes(element) && !path.includes(anchor)) close(false);
  };
  element.addEventListener('keydown', onKeydown);
  doc.addEventListener('pointerdown', onPointerDown, true);

  let open = true;
  function close(returnFocus: boolean): void {
    if (!open) return;
    open = false;
    stopFollowing();
    doc.removeEventListener('pointerdown', onPointerDown, true);
    calculator.destroy();
    removeSourceOutline(shadow);
    element.remove();
    anchor.setAttribute('aria-expanded', 'false');
    if (returnFocus) anchor.focus();
    onClosed();
  }

  anchor.setAttribute('aria-expanded', 'true');
  anchor.setAttribute('aria-controls', id);
  const firstInput = element.querySelector<HTMLInputElement>('.xl-row input');
  (firstInput ?? element).focus({ preventScroll: true });
  return { element, calculator, close };
}

/** The values beside the formula; a page whose DOM surprises the reader gets no offers, not an error. */
function safeOffers(formula: Element, analysis: FormulaAnalysis): ValueOffer[] {
  try {
    const roles = analysis.recognition?.roles;
    return offersNear(formula, { target: roles?.target, prediction: roles?.prediction });
  } catch {
    return [];
  }
}
