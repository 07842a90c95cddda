// The badge beside a display formula wider than its column: it stays clear of the
// formula's visible text (at the column edge, or under the scroll box when the column
// reaches the window's edge), and the page does not move.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const LAYER = 'xent-lens-layer';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Each wide formula's visible text box (its KaTeX output cut by what clips it) and its badge's box. */
function measure(page: TestPage) {
  return page.evaluate((layer) => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const badges = [...document.querySelector(layer)!.shadowRoot!.querySelectorAll<HTMLElement>('button.xl-badge')].filter((b) => !b.hidden);
    return ['scrolled', 'overflowing'].map((id) => {
      const holder = document.getElementById(id)!;
      const text = holder.querySelector('.katex-html')!.getBoundingClientRect();
      const clip = getComputedStyle(holder).overflowX === 'visible' ? null : holder.getBoundingClientRect();
      const visible = clip ? { ...box(text), left: Math.max(text.left, clip.left), right: Math.min(text.right, clip.right) } : box(text);
      const marked = holder.querySelector('[data-xent-lens-kind]')!.getBoundingClientRect();
      // The badge beside this formula: the one whose top is nearest the formula's.
      const badge = badges.map((b) => b.getBoundingClientRect()).sort((a, b) => Math.abs(a.top - marked.top) - Math.abs(b.top - marked.top))[0]!;
      return { visible, badge: box(badge), holder: box(holder.getBoundingClientRect()), window: document.documentElement.clientWidth };
    });
  }, LAYER);
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(BROWSERS)('badges beside wide display formulas in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it.each([
    ['a wide window (room at the column edge)', 1000],
    ['a narrow window (the column reaches the edge)', 360],
  ])('in %s the badges stay clear of the text and the page does not move', async (_label, width) => {
    const page = await suite.browser.openPage(suite.url('/intact-wide.html'));
    await page.setViewport(width, 800);
    await page.waitFor(() => document.querySelectorAll('[data-xent-lens-kind]').length === 2, undefined, 10_000);
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge:not([hidden])').length === 2, LAYER);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    for (const formula of await measure(page)) {
      expect(formula.visible.right - formula.visible.left, 'the formula is wider than what is seen of it, or than its column').toBeGreaterThan(0);
      expect(overlaps(formula.badge, formula.visible), JSON.stringify(formula)).toBe(false);
      expect(formula.badge.right).toBeLessThanOrEqual(formula.window);
      expect(formula.badge.left).toBeGreaterThanOrEqual(0);
    }
    // No layout shift: the page's text and extent are the same with the badges and without them.
    const layout = await page.evaluate((layer) => {
      const host = document.querySelector<HTMLElement>(layer)!;
      const read = () => JSON.stringify({
        text: ['after-scrolled', 'after-overflowing', 'scrolled', 'overflowing'].map((id) => document.getElementById(id)!.getBoundingClientRect()),
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      });
      const withBadges = read();
      host.style.display = 'none';
      const without = read();
      host.style.display = '';
      return { withBadges, without };
    }, LAYER);
    expect(layout.withBadges).toBe(layout.without);
    await page.close();
  });

  it('logged no extension error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
