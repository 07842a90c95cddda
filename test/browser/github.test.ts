// GitHub's Markdown math in the built extension: the TeX is read from math-renderer
// before GitHub's MathJax replaces it, the marks survive that late render (which
// leaves no global MathJax), and a formula rendered before it was read is read back
// from its MathML.
import { describe, expect, it } from 'vitest';
import type { TestPage } from '../harness/browser';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

const LAYER = 'xent-lens-layer';

/** Each fixture formula's expected kind beside the marks inside it. */
function marks(page: TestPage) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-expect]')].map((container) => ({
      expect: container.dataset.expect ?? '',
      marks: [...container.querySelectorAll('[data-xent-lens-kind]')].map((element) => ({
        tag: element.tagName.toLowerCase(),
        kind: element.getAttribute('data-xent-lens-kind'),
        rendered: element.querySelector('mjx-container') !== null,
      })),
    })),
  );
}

describe.each(BROWSERS)('GitHub math in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('marks the two cross-entropy formulas before and after the late render, never the softmax', async () => {
    const page = await suite.browser.openPage(suite.url('/sources-github.html'));
    await page.waitFor(() => document.querySelectorAll('math-renderer[data-xent-lens-kind]').length === 2, undefined, 10_000);
    const before = await marks(page);
    expect(await page.evaluate(() => (window as { fixtureRendered?: boolean }).fixtureRendered)).toBeUndefined();
    expect(before.map((formula) => formula.marks.map((mark) => [mark.tag, mark.kind, mark.rendered]))).toEqual([
      [['math-renderer', 'ce_multiclass', false]],
      [],
      [['math-renderer', 'ce_binary_batch', false]],
    ]);

    await page.waitFor(() => (window as { fixtureRendered?: boolean }).fixtureRendered === true, undefined, 20_000);
    await page.waitFor(() => document.querySelectorAll('math-renderer[data-xent-lens-kind] mjx-container').length === 2, undefined, 10_000);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)));
    expect(await page.evaluate(() => 'MathJax' in window), 'the page keeps no global MathJax, as on GitHub').toBe(false);
    const after = await marks(page);
    expect(after.map((formula) => formula.marks.map((mark) => [mark.tag, mark.kind, mark.rendered]))).toEqual([
      [['math-renderer', 'ce_multiclass', true]],
      [],
      [['math-renderer', 'ce_binary_batch', true]],
    ]);
    expect(await page.evaluate(() => document.querySelector('pre [data-xent-lens-kind], pre[data-xent-lens-kind]'))).toBeNull();
    // Two badges, placed beside the rendered formulas, and the popover opens from one.
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelectorAll('button.xl-badge:not([hidden])').length === 2, LAYER);
    await page.click('button.xl-badge[data-kind="ce_multiclass"]');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[role="dialog"] [data-part="value"]'), LAYER);
    await page.close();
  });

  it('reads a formula rendered before it was seen from its MathML', async () => {
    const page = await suite.browser.openPage(suite.url('/sources-github.html'));
    await page.waitFor(() => (window as { fixtureRendered?: boolean }).fixtureRendered === true, undefined, 20_000);
    await page.waitFor(() => document.querySelectorAll('math-renderer[data-xent-lens-kind] mjx-container').length === 2, undefined, 10_000);
    // A new math-renderer arrives already rendered (as when the reader clicks the toolbar
    // button on a finished page): only MathJax's output is there, no TeX.
    // Inserted once the rendered original is there to copy (the late render can still be replacing it).
    await page.waitFor(() => {
      if (document.getElementById('late-copy')) return true;
      const rendered = document.querySelector('math-renderer[data-xent-lens-kind="ce_multiclass"] mjx-container');
      if (!rendered) return false;
      const container = document.createElement('div');
      container.dataset.expect = 'ce_multiclass';
      const copy = document.createElement('math-renderer');
      copy.className = 'js-display-math';
      copy.id = 'late-copy';
      copy.append(rendered.cloneNode(true));
      container.append(copy);
      document.getElementById('article')!.append(container);
      return true;
    }, undefined, 10_000);
    await page.waitFor(() => document.querySelector('#late-copy[data-xent-lens-kind="ce_multiclass"]'), undefined, 10_000);
    const tex = await page.evaluate(() => document.getElementById('late-copy')!.getAttribute('data-xent-lens-tex'));
    expect(tex).toMatch(/t_\{k\}.*log.*y_\{k\}/);
    await page.close();
  });

  it('logged no extension error', () => {
    expect(extensionErrors(suite.browser)).toEqual([]);
  });
});
