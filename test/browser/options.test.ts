// The options page opened by URL: settings saved to storage.sync and used by the popup,
// an older stored shape migrated, badge-off sites, automatic sites, no axe violations.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';
import { runAxe } from './popup-axe';

type StoredSettings = { settings?: Record<string, unknown> };

describe.each(BROWSERS)('options page in %s', (name) => {
  const suite = useExtensionBrowser(name);
  const storedSettings = () => suite.browser.evaluateInBackground(() => chrome.storage.sync.get('settings') as Promise<StoredSettings>);

  it('saves the default base and decimals, and the popup starts with them', async () => {
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.clear());
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('#base-2'));
    await page.click('#base-2');
    await page.click('#decimals');
    await page.press('Control+A');
    await page.type('3');
    await page.press('Tab');
    await page.waitFor(() => document.querySelector('[data-part="status"]')?.textContent === 'Saved.');
    expect((await storedSettings()).settings).toMatchObject({ base: '2', decimals: 3, schemaVersion: 1 });

    const popup = await suite.browser.openExtensionPage('popup.html?t=1,0,0&y=0.5,0.25,0.25');
    // −log2 0.5 = 1 bit, shown with three decimals.
    await popup.waitFor(() => document.querySelector('[data-part="value"]')?.textContent === '1.000');
    await popup.close();
    await page.close();
  });

  it('switches the language of the options page and of the popup', async () => {
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('#language'));
    await page.evaluate(() => {
      const select = document.querySelector('#language') as HTMLSelectElement;
      select.value = 'ja';
      select.dispatchEvent(new Event('change'));
    });
    await page.waitFor(() => document.documentElement.lang === 'ja' && document.querySelector('h2')?.textContent === '計算機');
    const popup = await suite.browser.openExtensionPage('popup.html');
    await popup.waitFor(() => document.querySelector('label[for="kind"]')?.textContent === '数式');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('ja');
    await popup.close();
    await page.close();
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.clear());
  });

  it('migrates an older stored shape when it opens', async () => {
    // The unversioned shape: a numeric base, decimals as text, sites as one string.
    await suite.browser.evaluateInBackground(() =>
      chrome.storage.sync.set({ settings: { base: 10, decimals: '4', badgesOffOn: 'Quiet.example, other.example' } }),
    );
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => (document.querySelector('#base-10') as HTMLInputElement | null)?.checked === true);
    expect(await page.evaluate(() => (document.querySelector('#decimals') as HTMLInputElement).value)).toBe('4');
    const hosts = await page.evaluate(() => [...document.querySelectorAll('[data-part="badge-off-sites"] .site')].map((el) => el.textContent));
    expect(hosts).toEqual(['quiet.example', 'other.example']);
    // The first save writes the current schema back.
    await page.click('#base-e');
    await page.waitFor(() => document.querySelector('[data-part="status"]')?.textContent === 'Saved.');
    expect((await storedSettings()).settings).toEqual({
      schemaVersion: 1,
      base: 'e',
      decimals: 4,
      language: 'auto',
      badgesOffOn: ['quiet.example', 'other.example'],
      verdictsOnEveryLog: false,
    });
    await page.close();
  });

  it('adds and removes sites without badges', async () => {
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.clear());
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('#badge-host'));
    await page.click('#badge-host');
    await page.type('https://Docs.Example.org/guide');
    await page.press('Enter');
    await page.waitFor(() => document.querySelector('[data-part="badge-off-sites"] .site')?.textContent === 'docs.example.org');
    expect((await storedSettings()).settings?.badgesOffOn).toEqual(['docs.example.org']);
    await page.click('[data-part="badge-off-sites"] button');
    await page.waitFor(() => document.querySelector('[data-part="badge-off-sites"] .site') === null);
    expect((await storedSettings()).settings?.badgesOffOn).toEqual([]);
    await page.close();
  });

  it('hides the badges on a site listed without badges, and only there', async () => {
    const badges = () => document.querySelector('xent-lens-layer')?.shadowRoot?.querySelectorAll('button.xl-badge').length ?? 0;
    await suite.browser.evaluateInBackground(() => chrome.storage.sync.set({ settings: { schemaVersion: 1, badgesOffOn: ['127.0.0.1'] } }));
    const page = await suite.browser.openPage(suite.url('/qualiteg-04.html'));
    await page.waitFor(() => document.querySelector('[data-xent-lens-kind="ce_multiclass"]'));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await page.evaluate(badges)).toBe(0);

    await suite.browser.evaluateInBackground(() => chrome.storage.sync.clear());
    await page.goto(suite.url('/qualiteg-04.html'));
    await page.waitFor(badges);
    await page.close();
  });

  it('lists the built-in automatic sites and refuses what is not a web address', async () => {
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('[data-part="automatic-sites"]'));
    const sites = await page.evaluate(() => [...document.querySelectorAll('[data-part="automatic-sites"] .site')].map((el) => el.textContent));
    expect(sites).toEqual(expect.arrayContaining(['https://blog.qualiteg.com/*', 'http://127.0.0.1/*']));
    await page.click('#site');
    await page.type('chrome://settings');
    await page.press('Enter');
    await page.waitFor(() => /web address/.test(document.querySelector('[data-part="status"]')?.textContent ?? ''));
    await page.close();
  });

  it('has no accessibility violations (axe-core)', async () => {
    const page = await suite.browser.openExtensionPage('options.html');
    await page.waitFor(() => document.querySelector('[data-part="automatic-sites"]'));
    expect(await page.evaluate(runAxe)).toEqual([]);
    await page.close();
  });

  it('logged no error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
