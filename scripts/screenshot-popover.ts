// The README's picture of the popover with its loss curve: the seed-shaped demo page in
// Chromium at twice the pixels, light (English) and dark (Japanese), each clipped to the
// popover, then set side by side on one page and written to docs/popover-curve.png.
//
//   npm run build && npx tsx scripts/screenshot-popover.ts
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtensionBrowser } from '../test/harness/browser';
import { startFixtureServer } from '../test/harness/server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LAYER = 'xent-lens-layer';
const SCALE = 2;

async function shoot(colorScheme: 'light' | 'dark', language: 'en' | 'ja', url: string, out: string): Promise<void> {
  const browser = await launchExtensionBrowser('chromium', { colorScheme, scale: SCALE });
  try {
    await browser.evaluateInBackground(
      (lang) => chrome.storage.sync.set({ settings: { schemaVersion: 1, base: 'e', decimals: 6, language: lang, badgesOffOn: [] } }),
      language,
    );
    const page = await browser.openPage(url);
    await page.setViewport(760, 1500);
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('button.xl-badge[data-verdict="wrong"]'), LAYER);
    await page.evaluate(() => document.querySelector('[data-xent-lens-verdict="wrong"]')!.scrollIntoView({ block: 'start' }));
    await page.click('button.xl-badge[data-verdict="wrong"]');
    await page.waitFor((layer) => document.querySelector(layer)?.shadowRoot?.querySelector('[data-part="curve"] circle'), LAYER);
    // Move the point once, as a reader would, so the picture shows a played-with state.
    await page.evaluate((layer) => (document.querySelector(layer)!.shadowRoot!.querySelector('[data-part="curve-handle"]') as SVGElement).focus(), LAYER);
    for (let i = 0; i < 5; i++) await page.press('ArrowLeft');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 400)));
    const box = await page.evaluate((layer) => {
      const popover = document.querySelector(layer)!.shadowRoot!.querySelector('[role="dialog"]') as HTMLElement;
      popover.style.maxHeight = 'none';
      const rect = popover.getBoundingClientRect();
      return { x: rect.left, y: rect.top, width: rect.width, height: Math.min(rect.height, innerHeight - rect.top) };
    }, LAYER);
    const pad = 10;
    await page.screenshot(out, { clip: { x: box.x - pad, y: Math.max(0, box.y - pad), width: box.width + 2 * pad, height: box.height + 2 * pad } });
    await page.close();
  } finally {
    await browser.close();
  }
}

const server = await startFixtureServer();
try {
  const dir = await mkdtemp(join(tmpdir(), 'xent-lens-shots-'));
  const light = join(dir, 'light.png');
  const dark = join(dir, 'dark.png');
  await shoot('light', 'en', server.url('/qualiteg-04.html'), light);
  await shoot('dark', 'ja', server.url('/qualiteg-04.html'), dark);
  const out = join(root, 'docs/popover-curve.png');
  // The two pictures side by side on a plain page, shot at the same scale.
  const browser = await launchExtensionBrowser('chromium', { scale: SCALE });
  try {
    const page = await browser.openPage(server.url('/hello.html'));
    const sources = await Promise.all([light, dark].map(async (file) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`));
    const size = await page.evaluate(async (images) => {
      document.body.replaceChildren();
      document.body.style.cssText = 'margin:0;padding:16px;display:flex;gap:16px;align-items:flex-start;background:#d9dee6;width:max-content';
      for (const src of images) {
        const img = document.createElement('img');
        img.src = src;
        await img.decode();
        img.style.width = `${img.naturalWidth / 2}px`;
        document.body.append(img);
      }
      const rect = document.body.getBoundingClientRect();
      return { width: rect.width, height: rect.height };
    }, sources);
    await page.setViewport(Math.ceil(size.width), Math.ceil(size.height));
    await page.screenshot(out, { clip: { x: 0, y: 0, width: Math.ceil(size.width), height: Math.ceil(size.height) } });
    await page.close();
  } finally {
    await browser.close();
  }
  console.log(`wrote ${out}`);
} finally {
  await server.close();
}
