// The toolbar popup opened by URL: prefill from the query string, each paste format,
// kinds, history kept across a browser restart, and no accessibility violations.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import type { TestPage } from '../harness/browser';
import { runAxe } from './popup-axe';

/** The headline number the calculator shows. */
const headline = (page: TestPage) => page.evaluate(() => document.querySelector('[data-part="value"]')?.textContent ?? '');

async function waitForHeadline(page: TestPage, expected: string): Promise<void> {
  await page.waitFor((value) => document.querySelector('[data-part="value"]')?.textContent === value, expected);
}

describe.each(BROWSERS)('popup in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('opens prefilled from the query string and shows E = 1.108663 for the seed', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await waitForHeadline(page, '1.108663');
    expect(await page.evaluate(() => (document.querySelector('#kind') as HTMLSelectElement).value)).toBe('ce_multiclass');
    // A one-hot t has no entropy: all of E is KL(t‖y).
    expect(await page.evaluate(() => document.querySelector('[data-part="details"]')?.textContent)).toBe(
      'L = 0.330000 · log L = −1.108663E = H(t) + KL(t‖y) = 0.000000 + 1.108663',
    );
    await page.close();
  });

  it('takes the base and kind from the link', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35&base=10&kind=ce_multiclass');
    // log10(0.33) = −0.481486…: the number the seed page printed, here with its sign right.
    await waitForHeadline(page, '0.481486');
    const binary = await suite.browser.openExtensionPage('popup.html?kind=ce_binary&t=1&y=0.9');
    await waitForHeadline(binary, '0.105361');
    await page.close();
    await binary.close();
  });

  it.each([
    ['NumPy', 'array([0.33, 0.32, 0.35])'],
    ['PyTorch', 'tensor([0.3300, 0.3200, 0.3500], dtype=torch.float64)'],
    ['brackets and spaces', '[0.33 0.32 0.35]'],
    ['percentages', '33%, 32%, 35%'],
    ['full-width Japanese', '０.３３、０.３２、０.３５'],
    ['spreadsheet column', '0.33\n0.32\n0.35'],
  ])('reads y pasted as %s', async (_format, y) => {
    const page = await suite.browser.openExtensionPage(`popup.html?t=0&y=${encodeURIComponent(y)}`);
    await waitForHeadline(page, '1.108663');
    await page.close();
  });

  it('reads a class index for t', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=class%202&y=0.33,0.32,0.35');
    await waitForHeadline(page, '1.049822');
    await page.close();
  });

  it('says so when a link cannot be read, and shows an example instead', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,banana');
    await page.waitFor(() => !(document.querySelector('[data-part="notice"]') as HTMLElement | null)?.hidden);
    expect(await headline(page)).not.toBe('—');
    await page.close();
  });

  it('switches kind from the menu and recomputes', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await waitForHeadline(page, '1.108663');
    await page.evaluate(() => {
      const select = document.querySelector('#kind') as HTMLSelectElement;
      select.value = 'ce_from_logits';
      select.dispatchEvent(new Event('change'));
    });
    // The same numbers read as logits z: −log softmax(z)_0 = log Σ e^z − z_0.
    await waitForHeadline(page, '1.102024');
    await page.close();
  });

  it('shows a batch as an N×K grid: typing one entry updates that sample and the mean', async () => {
    const t = encodeURIComponent('[[1,0,0],[0,1,0]]');
    const y = encodeURIComponent('[[0.7,0.2,0.1],[0.1,0.8,0.1]]');
    const page = await suite.browser.openExtensionPage(`popup.html?kind=ce_multiclass_batch&t=${t}&y=${y}`);
    // (−ln 0.7 − ln 0.8) / 2
    await waitForHeadline(page, '0.289909');
    expect(await page.evaluate(() => document.querySelectorAll('.xl-row input[data-column="y"]').length)).toBe(6);
    const entry = '.xl-row:nth-child(2) input[aria-label^="y 2,2"]';
    await page.click(entry);
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).select(), entry);
    await page.type('0.5');
    // (−ln 0.7 − ln 0.5) / 2
    await waitForHeadline(page, '0.524911');
    expect(await page.evaluate(() => document.querySelectorAll('.xl-row .xl-out')[1]?.textContent)).toBe('0.693147');
    await page.click('.xl-class-buttons button:last-child');
    await page.waitFor(() => document.querySelectorAll('.xl-row input[data-column="t"]').length === 8);
    expect(await headline(page)).toBe('0.524911');
    expect(await page.evaluate(runAxe)).toEqual([]);
    // Saved to the history before the page closes (the next test starts from an empty one).
    await page.waitFor(() => document.querySelector('.history-entry')?.textContent?.includes('0.524911'), undefined, 10_000);
    await page.close();
  });

  it('keeps the history across a browser restart, restores an entry, and clears it', async () => {
    await suite.browser.evaluateInBackground(() => chrome.storage.local.clear());
    const page = await suite.browser.openExtensionPage('popup.html?t=0,1&y=0.2,0.8&base=2');
    await waitForHeadline(page, '0.321928');
    await page.waitFor(() => document.querySelectorAll('.history-entry').length === 1);
    await page.close();

    await suite.browser.restart();
    const again = await suite.browser.openExtensionPage('popup.html');
    await again.waitFor(() => document.querySelectorAll('.history-entry').length === 1);
    expect(await again.evaluate(() => document.querySelector('.history-entry')?.textContent)).toContain('0.321928');
    await again.click('.history-entry');
    await waitForHeadline(again, '0.321928');
    expect(await again.evaluate(() => (document.querySelector('[data-part="base"]') as HTMLSelectElement).value)).toBe('2');

    await again.click('[data-part="clear-history"]');
    await again.waitFor(() => document.querySelectorAll('.history-entry').length === 0);
    const stored = await suite.browser.evaluateInBackground(() => chrome.storage.local.get('history'));
    expect(stored).toEqual({});
    await again.close();
  });

  it('works from the keyboard alone, with a visible focus ring', async () => {
    await suite.browser.evaluateInBackground(() => chrome.storage.local.clear());
    const link = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await link.waitFor(() => document.querySelector('.history-entry'));
    await link.close();

    const page = await suite.browser.openExtensionPage('popup.html');
    await page.waitFor(() => document.querySelector('.history-entry'));
    expect(await headline(page)).not.toBe('1.108663');
    const reached: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { part: el.dataset.part ?? el.className ?? el.tagName, outline: getComputedStyle(el).outlineStyle, entry: el.classList.contains('history-entry') };
      });
      reached.push(focused.part);
      expect(focused.outline, `focus ring on ${focused.part}`).not.toBe('none');
      if (focused.entry) break;
    }
    expect(reached).toEqual(expect.arrayContaining(['open-options', 'kind', 'base', 'copy-result', 'history-entry']));
    await page.press('Enter');
    await waitForHeadline(page, '1.108663');
    await page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.33,0.32,0.35');
    await waitForHeadline(page, '1.108663');
    expect(await page.evaluate(runAxe)).toEqual([]);
    await page.close();
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
