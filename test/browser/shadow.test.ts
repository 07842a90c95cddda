// Formulas inside web components' open shadow roots are marked and their badges open
// the popover; a component defined late is followed; a closed root stays closed.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const LAYER = 'xent-lens-layer';

describe.each(BROWSERS)('web components in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('marks the formulas in open shadow roots, never in the closed one, and the popover opens', async () => {
    const page = await suite.browser.openPage(suite.url('/places-shadow.html'));
    await page.waitFor(() => (window as { fixtureRendered?: boolean }).fixtureRendered === true);
    await page.waitFor(() => document.getElementById('late')?.shadowRoot?.querySelector('[data-xent-lens-kind]'), undefined, 10_000);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((host) => {
        const root = host.shadowRoot ?? (host.id === 'sealed' ? (window as unknown as { sealedRoot: ShadowRoot }).sealedRoot : null);
        return {
          id: host.id,
          expect: host.dataset.expect,
          kinds: root ? [...root.querySelectorAll('[data-xent-lens-kind]')].map((element) => element.getAttribute('data-xent-lens-kind')) : null,
        };
      }),
    );
    expect(marks).toEqual([
      { id: 'binary', expect: 'ce_binary_batch', kinds: ['ce_binary_batch'] },
      { id: 'softmax', expect: '', kinds: [] },
      { id: 'late', expect: 'ce_multiclass', kinds: ['ce_multiclass'] },
      { id: 'sealed', expect: '', kinds: [] },
    ]);
    // The badge sits beside the formula inside the component, and opens the popover.
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge:not([hidden])').length === 2, LAYER);
    const beside = await page.evaluate((layer) => {
      const badge = document.querySelector(layer)!.shadowRoot!.querySelector<HTMLElement>('button.xl-badge[data-kind="ce_multiclass"]')!.getBoundingClientRect();
      const formula = document.getElementById('late')!.shadowRoot!.querySelector('[data-xent-lens-kind]')!.getBoundingClientRect();
      return Math.abs(badge.top - formula.top) < 2 && badge.left >= formula.right - 1;
    }, LAYER);
    expect(beside).toBe(true);
    await page.click('button.xl-badge[data-kind="ce_multiclass"]');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]')?.textContent, LAYER);
    await page.close();
  });

  it('logged no extension error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
