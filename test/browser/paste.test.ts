// Pasting into the calculator as European spreadsheets paste (decimal commas, numbers
// set apart by semicolons): read as three numbers, and the paste preview says so.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

describe.each(BROWSERS)('pasting in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('reads 0,33; 0,32; 0,35 as the seed’s three numbers: E = 1.108663', async () => {
    const page = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.2,0.3,0.5');
    await page.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.609438');
    const text = '0,33; 0,32; 0,35';
    const pasted = await page.evaluate((clip) => {
      const input = document.querySelector<HTMLInputElement>('.xl-row input[data-column="y"]')!;
      input.focus();
      input.select();
      const data = new DataTransfer();
      data.setData('text/plain', clip);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      input.dispatchEvent(event);
      // Firefox hands a script-made paste event an empty clipboard (its own protection).
      return event.clipboardData?.getData('text/plain') === clip;
    }, text);
    if (!pasted) {
      // What a paste ends in, by the keyboard: the text in the cell, then the cell left.
      await page.type(text);
      await page.press('Tab');
    }
    await page.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.108663');
    const shown = await page.evaluate(() => ({
      y: [...document.querySelectorAll<HTMLInputElement>('.xl-row input[data-column="y"]')].map((input) => input.value),
      reading: document.querySelector('[data-part="paste-reading"]')?.textContent ?? '',
    }));
    expect(shown.y).toEqual(['0.33', '0.32', '0.35']);
    expect(shown.reading).toMatch(/^(Read as 3 numbers, with decimal commas|コンマを小数点として読み、3 個の数にしました): 0\.33, 0\.32, 0\.35$/);
    await page.close();
  });

  it('logged no extension error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
