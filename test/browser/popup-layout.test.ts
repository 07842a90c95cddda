// The popup's layout at its real width, in English and Japanese, light and dark: nothing
// spills sideways, and text does not fall back to tofu. SCREENSHOT=1 also writes
// docs/popup.png (the README shows it).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const SEED = 'popup.html?t=1,0,0&y=0.33,0.32,0.35';
const POPUP_WIDTH = 400;

const cases = BROWSERS.flatMap((name) =>
  (['en-US', 'ja'] as const).flatMap((locale) => (['light', 'dark'] as const).map((colorScheme) => ({ name, locale, colorScheme }))),
);

describe.each(cases)('popup layout in $name, $locale, $colorScheme', ({ name, locale, colorScheme }) => {
  const suite = useExtensionBrowser(name, { locale, colorScheme });
  let shots: string | undefined;
  afterAll(async () => {
    if (shots) await rm(shots, { recursive: true, force: true });
  });

  it('fits the popup width with nothing spilling sideways', async () => {
    const page = await suite.browser.openExtensionPage(SEED);
    await page.setViewport(POPUP_WIDTH, 720);
    await page.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.108663');
    const layout = await page.evaluate(() => {
      const body = document.body.getBoundingClientRect();
      const spilling = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          // A scroll container's own content may be wider; its box may not.
          const insideScroller = el.parentElement?.closest('.xl-substituted, .xl-rows, .history-list, .xl-page-formula');
          return box.width > 0 && !insideScroller && (box.left < -0.5 || box.right > document.documentElement.clientWidth + 0.5);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return {
        bodyWidth: body.width,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        spilling,
        lang: document.documentElement.lang,
        scheme: getComputedStyle(document.body).backgroundColor,
      };
    });
    expect(layout.bodyWidth).toBeGreaterThanOrEqual(380);
    expect(layout.bodyWidth).toBeLessThanOrEqual(420);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.spilling).toEqual([]);
    expect(layout.lang).toBe(locale === 'ja' ? 'ja' : 'en');
    // Dark mode follows prefers-color-scheme: a dark background, not white.
    expect(layout.scheme === 'rgb(255, 255, 255)').toBe(colorScheme === 'light');

    // The link's calculation goes into the history once the reader pauses.
    await page.waitFor(() => document.querySelector('.history-entry'));
    await page.setViewport(POPUP_WIDTH, await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom)));
    shots ??= await mkdtemp(join(tmpdir(), 'xent-lens-popup-'));
    const writeDocs = process.env.SCREENSHOT === '1' && name === 'chromium' && locale === 'en-US' && colorScheme === 'light';
    await page.screenshot(writeDocs ? resolve('docs/popup.png') : join(shots, `popup-${locale}-${colorScheme}.png`), { fullPage: true });
    await page.close();
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
