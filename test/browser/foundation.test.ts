// The extension loads, its content script runs on a page, its popup opens, and its
// background starts without an error.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

describe.each(BROWSERS)('foundation in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('marks the cross-entropy formulas of the seed-shaped page', async () => {
    const page = await suite.browser.openPage(suite.url('/qualiteg-04.html'));
    await page.waitFor(() => document.querySelector('[data-xent-lens-kind="ce_multiclass"]'));
    const kinds = await page.evaluate(() =>
      [...document.querySelectorAll('[data-xent-lens-kind]')].map((el) => el.getAttribute('data-xent-lens-kind')),
    );
    expect(kinds).toContain('ce_multiclass');
    expect(kinds).toContain('likelihood_product');
    await page.close();
  });

  it('opens the popup at its extension URL', async () => {
    const page = await suite.browser.openExtensionPage('popup.html');
    expect(page.url()).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/popup\.html$/);
    expect(await page.evaluate(() => document.title)).toContain('Cross-Entropy Lens');
    await page.close();
  });

  it('has a running background that logged no error', async () => {
    const version = await suite.browser.evaluateInBackground(() => chrome.runtime.getManifest().version);
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
