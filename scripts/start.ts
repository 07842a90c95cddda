// npm start: serve the demo pages on 127.0.0.1 and open them in a browser with the
// freshly built extension loaded (npm start runs the build first).
//
//   npm start                       a window when there is a display, headless otherwise
//   npm start -- --headless         headless: screenshot of the annotated demo page, and a report
//   npm start -- --browser firefox  the same in Firefox
//   npm start -- --page /zenn.html  another demo page
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtensionBrowser, type BrowserName } from '../test/harness/browser';
import { startFixtureServer } from '../test/harness/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const browserName = (option('--browser') ?? 'chromium') as BrowserName;
const pagePath = option('--page') ?? '/qualiteg-04.html';
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

interface Found {
  kind: string;
  verdict: string | null;
  source: string;
}

async function main(): Promise<void> {
  if (browserName !== 'chromium' && browserName !== 'firefox') throw new Error(`--browser takes chromium or firefox, not "${browserName}"`);
  const server = await startFixtureServer(Number(process.env.PORT ?? 0));
  const url = server.url(pagePath);
  console.log(`demo pages served at ${server.origin}/ (index: ${server.url('/')})`);
  let browser;
  try {
    browser = await launchExtensionBrowser(browserName, { headless, locale: process.env.LANG?.startsWith('ja') ? 'ja' : 'en-US' });
  } catch (error) {
    await server.close();
    throw error;
  }
  const page = await browser.openPage(url);
  // The content script marks formulas once the page's KaTeX has rendered them.
  await page
    .waitFor(() => document.querySelectorAll('[data-xent-lens-kind]').length > 0, undefined, 20_000)
    .catch(() => undefined);
  await new Promise((done) => setTimeout(done, 800)); // let badges settle before the picture
  const found = await page.evaluate(() =>
    [...document.querySelectorAll('[data-xent-lens-kind]')].map((element) => ({
      kind: element.getAttribute('data-xent-lens-kind') ?? '',
      verdict: element.getAttribute('data-xent-lens-verdict'),
      source: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
    })),
  );
  report(url, found);

  if (!headless) {
    console.log(`\n${browserName} is open with the extension loaded. Close the window or press Ctrl+C to stop.`);
    await new Promise<void>((done) => process.once('SIGINT', () => done()));
  } else {
    const screenshot = join(root, '.artifacts', `demo-${browserName}.png`);
    await mkdir(dirname(screenshot), { recursive: true });
    await page.screenshot(screenshot, { fullPage: true });
    console.log(`\nscreenshot of the annotated demo page: ${screenshot}`);
  }
  await browser.close();
  await server.close();
}

function report(url: string, found: Found[]): void {
  console.log(`\n${url}: ${found.length} cross-entropy formula(s) marked`);
  for (const { kind, verdict } of found) {
    console.log(`  - ${kind}${verdict ? `  worked example: ${verdict}` : ''}`);
  }
  if (found.length === 0) console.log('  (none: is the extension built? run npm run build)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
