// The popup's information-family modes (entropy, KL, JS) with the normalise toggle and
// the per-term table, and the stacked bar H(t, y) = H(t) + KL(t‖y) under any cross-entropy,
// in English and Japanese, with no accessibility violations. SCREENSHOT=1 also writes
// docs/popup-family.png and docs/popup-family-ja.png (the README shows them).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import { runAxe } from './popup-axe';

const POPUP_WIDTH = 400;

async function waitForHeadline(page: TestPage, expected: string): Promise<void> {
  await page.waitFor((value) => document.querySelector('[data-part="value"]')?.textContent === value, expected);
}

/** The stacked bar as the reader sees it: shape, caption, legend lines and segment widths. */
function readStack(page: TestPage) {
  return page.evaluate(() => {
    const figure = document.querySelector('[data-part="stack"]') as HTMLElement | null;
    const track = figure?.querySelector('.xl-stack-track');
    return {
      hidden: !figure || figure.hidden,
      shape: figure?.dataset.shape ?? '',
      caption: figure?.querySelector('figcaption')?.textContent ?? '',
      label: track?.getAttribute('aria-label') ?? '',
      legend: [...(figure?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? ''),
      widths: [...(track?.querySelectorAll<HTMLElement>('.xl-stack-share') ?? [])].map((s) => s.getBoundingClientRect().width / track!.clientWidth),
    };
  });
}

async function typeInto(page: TestPage, selector: string, text: string): Promise<void> {
  // One string argument: Firefox's automation channel hands arrays over as wrappers.
  await page.evaluate((request) => {
    const { sel, value } = JSON.parse(request) as { sel: string; value: string };
    const input = document.querySelector(sel) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, JSON.stringify({ sel: selector, value: text }));
}

async function chooseKind(page: TestPage, kind: string): Promise<void> {
  await page.evaluate((value) => {
    const select = document.querySelector('#kind') as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }, kind);
}

describe.each(BROWSERS)('popup information family in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('shows cross-entropy as entropy plus KL in a stacked bar', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=0.7,0.2,0.1&y=0.33,0.32,0.35');
    await waitForHeadline(page, '1.108933');
    const stack = await readStack(page);
    expect(stack.hidden).toBe(false);
    expect(stack.shape).toBe('cross-entropy');
    expect(stack.legend[0]).toContain('H(t) = 0.801819');
    expect(stack.legend[1]).toContain('KL(t‖y) = 0.307114');
    expect(stack.legend[2]).toBe('H(t, y) = 1.108933');
    expect(stack.label).toBe('H(t, y) = 1.108933 = H(t) = 0.801819 + KL(t‖y) = 0.307114');
    // The segments are the shares of E: 0.801819 / 1.108933 and the rest.
    expect(stack.widths[0]).toBeCloseTo(0.801819 / 1.108933, 2);
    expect(stack.widths[0]! + stack.widths[1]!).toBeCloseTo(1, 2);
    // A one-hot target has no entropy: all of E is KL.
    const seed = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await waitForHeadline(seed, '1.108663');
    const oneHot = await readStack(seed);
    expect(oneHot.legend[0]).toContain('H(t) = 0.000000');
    expect(oneHot.widths[1]).toBeCloseTo(1, 2);
    await page.close();
    await seed.close();
  });

  it('computes KL(p‖q) with its per-term table and the gap between H(p, q) and H(p)', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?kind=kl_divergence&t=0.5,0.3,0.2&y=0.4,0.4,0.2');
    await waitForHeadline(page, '0.025267');
    const view = await page.evaluate(() => ({
      label: document.querySelector('.xl-result')?.textContent ?? '',
      terms: [...document.querySelectorAll('.xl-row .xl-out')].map((cell) => cell.textContent),
      normalize: !(document.querySelector('[data-part="normalize"]')?.closest('label') as HTMLElement).hidden,
    }));
    expect(view.label).toContain('D_KL(p‖q) = 0.025267');
    // p_k ln(p_k/q_k): 0.5 ln 1.25, 0.3 ln 0.75 (negative), 0.
    expect(view.terms).toEqual(['0.111572', '−0.086305', '0.000000']);
    expect(view.normalize).toBe(true);
    const stack = await readStack(page);
    expect(stack.legend.slice(0, 3)).toEqual([
      expect.stringContaining('H(p) = 1.029653'),
      expect.stringContaining('KL(p‖q) = 0.025267'),
      'H(p, q) = 1.054920',
    ]);
    expect(await page.evaluate(runAxe)).toEqual([]);
    await page.close();
  });

  it('normalises counts when asked and says so on screen', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?kind=entropy&t=2,2,4&base=2');
    // As given, counts are no distribution: −Σ c log c is what the formula says of them.
    await waitForHeadline(page, '−12.000000');
    const note = () => page.evaluate(() => {
      const el = document.querySelector('[data-part="normalized"]') as HTMLElement;
      return el.hidden ? null : el.textContent;
    });
    expect(await note()).toBeNull();
    await page.evaluate(() => (document.querySelector('[data-part="normalize"]') as HTMLInputElement).click());
    await waitForHeadline(page, '1.500000');
    expect(await note()).toBe('Normalised: p ÷ 8.000000.');
    const stack = await readStack(page);
    expect(stack.shape).toBe('entropy');
    // H(p) = 1.5 bits of at most log2 3 = 1.584963.
    expect(stack.legend).toEqual([expect.stringContaining('H(p) = 1.500000'), 'largest possible: 1.584963']);
    expect(stack.widths[0]).toBeCloseTo(1.5 / Math.log2(3), 2);
    expect(await page.evaluate(() => [...document.querySelectorAll('.xl-row .xl-out')].map((cell) => cell.textContent))).toEqual(['0.500000', '0.500000', '0.500000']);
    expect(await page.evaluate(runAxe)).toEqual([]);
    await page.close();
  });

  it('switches to JS from the menu: symmetric halves, at most log 2', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?kind=kl_divergence&t=1,0&y=0,1&base=2');
    await waitForHeadline(page, '∞');
    await chooseKind(page, 'js_divergence');
    await waitForHeadline(page, '1.000000');
    const stack = await readStack(page);
    expect(stack.shape).toBe('js');
    expect(stack.legend).toEqual([
      expect.stringContaining('½KL(p‖m) = 0.500000'),
      expect.stringContaining('½KL(q‖m) = 0.500000'),
      'JS(p‖q) = 1.000000',
      'largest possible: 1.000000',
    ]);
    await typeInto(page, 'input[data-column="y"]', '1');
    await typeInto(page, '.xl-row:nth-child(2) input[data-column="y"]', '0');
    await waitForHeadline(page, '0.000000');
    expect(await page.evaluate(runAxe)).toEqual([]);
    await page.close();
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});

describe.each(BROWSERS)('popup information family in Japanese in %s', (name) => {
  const suite = useExtensionBrowser(name, { locale: 'ja' });

  it('speaks Japanese in the modes and the bar, and fits the popup', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?kind=kl_divergence&t=0.5,0.3,0.2&y=0.2,0.3,0.5');
    await page.setViewport(POPUP_WIDTH, 900);
    await waitForHeadline(page, '0.274887');
    const stack = await readStack(page);
    expect(stack.caption).toBe('交差エントロピー ＝ エントロピー ＋ KLダイバージェンス');
    expect(stack.legend[0]).toContain('どんな予測でもこれより小さくならない');
    const kinds = await page.evaluate(() => [...document.querySelectorAll('#kind option')].map((o) => o.textContent));
    expect(kinds).toEqual(expect.arrayContaining(['エントロピー H(p)', 'KLダイバージェンス D(p‖q)', 'JSダイバージェンス']));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await page.evaluate(runAxe)).toEqual([]);
    if (process.env.SCREENSHOT === '1' && name === 'chromium') {
      await page.setViewport(POPUP_WIDTH, await page.evaluate(() => Math.ceil(document.querySelector('.calculator')!.getBoundingClientRect().bottom + 12)));
      await page.screenshot(resolve('docs/popup-family-ja.png'));
    }
    await page.close();
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});

describe.runIf(process.env.SCREENSHOT === '1' && BROWSERS.includes('chromium'))('popup information family screenshot', () => {
  const suite = useExtensionBrowser('chromium');

  it('writes docs/popup-family.png', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?kind=kl_divergence&t=0.5,0.3,0.2&y=0.2,0.3,0.5');
    await page.setViewport(POPUP_WIDTH, 900);
    // 0.5 ln 2.5 + 0.2 ln 0.4
    await waitForHeadline(page, '0.274887');
    await page.setViewport(POPUP_WIDTH, await page.evaluate(() => Math.ceil(document.querySelector('.calculator')!.getBoundingClientRect().bottom + 12)));
    await page.screenshot(resolve('docs/popup-family.png'));
  });
});
