// The log base a worked example is judged in comes from the page around it: the same
// TeX is right in an article that said its logs are base 2, and wrong (read as ln,
// 2.772589) in one that said nothing.
import { describe, expect, it } from 'vitest';
import { BROWSERS, extensionErrors, useExtensionBrowser } from '../harness/suite';

describe.each(BROWSERS)('the base from the page in %s', (name) => {
  const suite = useExtensionBrowser(name);

  it('judges the same example by what its own article says about the base', async () => {
    const page = await suite.browser.openPage(suite.url('/verdict-context.html'));
    await page.waitFor(() => document.querySelectorAll('[data-xent-lens-verdict]').length === 2, undefined, 15_000);
    const verdicts = await page.evaluate(() =>
      ['example-bits', 'example-nats'].map((id) => document.getElementById(id)!.querySelector('[data-xent-lens-verdict]')!.getAttribute('data-xent-lens-verdict')),
    );
    expect(verdicts).toEqual(['correct', 'wrong']);
    expect(extensionErrors(suite.browser)).toEqual([]);
    await page.close();
  });
});
