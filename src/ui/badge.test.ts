// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MathSite } from '../page/types';
import type { FormulaAnalysis, WorkedExampleCheck } from '../tex/types';
import { EAGER_BADGES, LAYER_TAG, removeBadges, showBadge, usePopoverLoader } from './badge';

usePopoverLoader(() => import('./popover'));

/** Formulas the test puts beyond a screen's height of the viewport; every other one is near. */
const far = new Set<Element>();

/** An IntersectionObserver the test drives: it reports each formula once observed, then as the test moves it. */
class TestIntersectionObserver {
  static last: TestIntersectionObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    TestIntersectionObserver.last = this;
  }
  observe(target: Element): void {
    this.observed.add(target);
    queueMicrotask(() => this.report(target));
  }
  unobserve(target: Element): void {
    this.observed.delete(target);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** Tells the extension where `target` is now (near unless in `far`). */
  report(target: Element): void {
    if (!this.observed.has(target)) return;
    const entry = { target, isIntersecting: !far.has(target) } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}
vi.stubGlobal('IntersectionObserver', TestIntersectionObserver);

const example: WorkedExampleCheck = {
  kind: 'ce_multiclass',
  t: [1, 0, 0],
  y: [0.33, 0.32, 0.35],
  base: 'e',
  stated: { value: -0.481486, text: '-0.481486', decimals: 6 },
  computed: 1.1086626245216111,
  verdict: 'wrong',
  explanation: { code: 'sign_and_base', en: 'base 10 and the minus dropped', ja: '底10でマイナスが落ちています' },
};

function site(tex: string): MathSite {
  const element = document.createElement('span');
  element.textContent = tex;
  document.body.append(element);
  return { element, tex, display: true, source: 'raw' };
}

const formula: FormulaAnalysis = {
  tex: 'E = - \\sum_{k=1}^{K} t_{k} \\log y_{k}',
  recognition: { kind: 'ce_multiclass', roles: { target: 't', prediction: 'y', classIndex: 'k', classBound: 'K' }, diagnostics: [] },
  example: null,
};

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The popover is a chunk loaded on the first click: wait for the dialog rather than expect it at once. */
async function dialogAppears(): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const dialog = shadow().querySelector<HTMLElement>('[role="dialog"]');
    if (!dialog) throw new Error('no popover yet');
    return dialog;
  }, { timeout: 15_000 });
}

function shadow(): ShadowRoot {
  const hosts = document.documentElement.querySelectorAll(LAYER_TAG);
  expect(hosts).toHaveLength(1);
  return hosts[0]!.shadowRoot!;
}

afterEach(() => {
  far.clear();
  removeBadges();
  document.body.replaceChildren();
});

describe('showBadge', () => {
  it('puts every badge in one open shadow root outside the formulas, in document order', async () => {
    const first = site('a');
    const second = site('b');
    showBadge(second, { ...formula, example }, { examples: () => [] });
    showBadge(first, formula, { examples: () => [] });
    showBadge(first, formula, { examples: () => [] });
    await settle();
    const badges = [...shadow().querySelectorAll('button.xl-badge')];
    expect(badges).toHaveLength(2);
    expect(badges.map((b) => b.textContent)).toEqual(['E', '✗']);
    expect(badges[1]!.getAttribute('aria-label')).toMatch(/wrong/);
    expect(first.element.children).toHaveLength(0);
  });

  it('opens a popover prefilled from the page example, and Esc closes it and returns focus', async () => {
    showBadge(site('x'), formula, { examples: () => [example] });
    await settle();
    const badge = shadow().querySelector<HTMLButtonElement>('button.xl-badge')!;
    badge.click();
    const dialog = await dialogAppears();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(shadow().activeElement?.getAttribute('data-column')).toBe('t');
    const y = [...dialog.querySelectorAll<HTMLInputElement>('input[data-column="y"]')].map((i) => i.value);
    expect(y).toEqual(['0.33', '0.32', '0.35']);
    expect(dialog.querySelector('[data-part="value"]')!.textContent).toBe('1.108663');
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
    expect(shadow().activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on a click outside', async () => {
    showBadge(site('x'), formula, { examples: () => [] });
    await settle();
    shadow().querySelector<HTMLButtonElement>('button.xl-badge')!.click();
    await dialogAppears();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(shadow().querySelector('[role="dialog"]')).toBeNull();
  });

  /** Two formulas with badges to show, a plain one near and a worked example beyond a screen's height. */
  async function twoFormulas(): Promise<{ near: MathSite; later: MathSite }> {
    const near = site('a');
    const later = site('b');
    far.add(later.element);
    showBadge(near, formula, { examples: () => [] });
    showBadge(later, { ...formula, example }, { examples: () => [] });
    await settle();
    return { near, later };
  }

  /**
   * A page past its eager badges (EAGER_BADGES formulas, all far: made at once all the same), then two
   * formulas, the second beyond a screen's height: of those two only the first gets its badge at once.
   */
  async function nearAndFar(): Promise<{ near: MathSite; later: MathSite; buttons: () => Element[] }> {
    for (let i = 0; i < EAGER_BADGES; i++) {
      const early = site(`e${i}`);
      far.add(early.element);
      showBadge(early, formula, { examples: () => [] });
    }
    const { near, later } = await twoFormulas();
    const buttons = () => [...shadow().querySelectorAll('button.xl-badge')].slice(EAGER_BADGES);
    expect(shadow().querySelectorAll('button.xl-badge')).toHaveLength(EAGER_BADGES + 1);
    expect(buttons().map((b) => b.textContent)).toEqual(['E']);
    return { near, later, buttons };
  }

  it('makes a badge only once its formula comes near the viewport, and keeps it when it goes far again', async () => {
    const { near, later } = await nearAndFar();
    // The reader scrolls: the second formula comes near and gets its badge, after the first in document order.
    far.delete(later.element);
    TestIntersectionObserver.last!.report(later.element);
    await settle();
    expect([...shadow().querySelectorAll('button.xl-badge')].slice(EAGER_BADGES).map((b) => b.textContent)).toEqual(['E', '✗']);
    // Made once: the formula is no longer watched for nearness, and going far keeps its badge.
    expect(TestIntersectionObserver.last!.observed.size).toBe(0);
    far.add(near.element);
    await settle();
    expect(shadow().querySelectorAll('button.xl-badge')).toHaveLength(EAGER_BADGES + 2);
  });

  it('makes the badges of a page with few formulas at once, near or far, so a screen reader lists them all', async () => {
    await twoFormulas();
    expect([...shadow().querySelectorAll('button.xl-badge')].map((b) => b.textContent)).toEqual(['E', '✗']);
    expect(TestIntersectionObserver.last?.observed.size ?? 0).toBe(0);
  });

  it('makes the far badges too once keyboard focus comes into the layer, in document order', async () => {
    const { buttons } = await nearAndFar();
    (buttons()[0] as HTMLButtonElement).focus();
    await settle();
    // Tab from the first badge reaches the second, though its formula has not come near.
    expect(buttons().map((b) => b.textContent)).toEqual(['E', '✗']);
    expect(TestIntersectionObserver.last!.observed.size).toBe(0);
  });

  it('never throws into the page', async () => {
    const broken = { element: null, tex: '', display: false, source: 'raw' } as unknown as MathSite;
    expect(() => showBadge(broken, formula, { examples: () => [] })).not.toThrow();
    await settle();
  });
});
