// Recognition runs in the background (Chrome's service worker, Firefox's event page),
// which the browser stops whenever it idles. A page that changes after that still gets
// its new formula marked: the content script's message wakes the background, and a
// message sent while it restarts is sent again. The analyses made before the stop are
// in storage.session, under the build's analysis version.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import { expectedFormulasMarked } from '../harness/page-steps';

const MARKED = '[data-xent-lens-kind], [data-xent-lens-verdict]';

describe.each(BROWSERS)('background lifetimes in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('marks a formula added after the background was stopped', async () => {
    const page = await suite.browser.openPage(suite.url('/sources-raw.html'));
    await page.waitFor(() => document.querySelector('[data-expect="ce_multiclass"] [data-xent-lens-kind]'));
    const stored = (await suite.browser.evaluateInBackground(async () => {
      const { analyses } = await chrome.storage.session.get('analyses');
      return analyses as { version: string; keys: string[] } | undefined;
    })) ?? { version: '', keys: [] };
    expect(stored.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{12}$/);
    expect(stored.keys).toContain('E = - \\sum_k t_k\\log{y_k}');

    await suite.browser.stopBackground();
    const before = await page.evaluate((selector) => document.querySelectorAll(selector).length, MARKED);
    // A formula this page has not shown yet, so its answer must come from the background.
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.id = 'added';
      paragraph.textContent = '$$J(\\theta) = -\\sum_{c=1}^{C} q_c \\log p_\\theta(c)$$';
      document.getElementById('article')!.append(paragraph);
    });
    await page.waitFor(() => document.querySelector('#added [data-xent-lens-kind="ce_multiclass"]'));
    expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, MARKED)).toBe(before + 1);
    expect(extensionErrors(suite.browser)).toEqual([]);
    await page.close();
  });

  it('loses no formula when the background is stopped while a page is being annotated', async () => {
    const page = await suite.browser.openPage(suite.url('/sources-katex.html'));
    // Stopped at once, while the page's first batch is on its way or being answered.
    await suite.browser.stopBackground();
    await expectedFormulasMarked(page);
    await page.close();
  });
});
