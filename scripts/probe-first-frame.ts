// Probe: bench-50's first visit in a fresh profile, with and without the extension,
// alternated: the render's time, the first frame after it, the last mark.
//   npx tsx scripts/probe-first-frame.ts [pairs]
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeBenchPages } from '../test/fixtures/pages/make-bench-pages.mjs';
import { OFFLINE_FLAGS } from '../test/harness/chromium';
import { findChromium } from '../test/harness/find-browser.mjs';
import { startFixtureServer } from '../test/harness/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = process.env.EXT_DIR ?? join(root, 'dist/chrome');
const pairs = Number(process.argv[2] ?? 3);
await writeBenchPages();
const server = await startFixtureServer();
async function visit(withExtension: boolean): Promise<string> {
  const profileDir = await mkdtemp(join(tmpdir(), 'xent-probe-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(), headless: true, viewport: { width: 1200, height: 900 },
    args: [...OFFLINE_FLAGS, ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  try {
    if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    if (process.env.DELAY) await new Promise((r) => setTimeout(r, Number(process.env.DELAY)));
    const page = await context.newPage();
    await page.goto(server.url('/bench-50.html'));
    await page.waitForFunction(() => (window as any).__shownAt !== undefined && (!(window as any).__withExt || (window as any).__marks >= 5), undefined, { timeout: 30000 });
    if (withExtension) await page.waitForFunction(() => (window as any).__marks >= 5, undefined, { timeout: 30000 });
    const w = await page.evaluate(() => ({ render: (window as any).__renderMs, shown: (window as any).__shownAt - (window as any).__renderedAt, last: (window as any).__lastMarkAt - (window as any).__renderedAt }));
    return `${withExtension ? 'with   ' : 'without'} render ${w.render.toFixed(0)} ms, first frame +${w.shown.toFixed(0)} ms, last mark +${Number.isFinite(w.last) ? w.last.toFixed(0) : '—'} ms (load ${loadavg()[0]!.toFixed(1)})`;
  } finally {
    await context.close();
    await rm(profileDir, { recursive: true, force: true });
  }
}
for (let i = 0; i < pairs; i++) {
  console.log(await visit(true));
  console.log(await visit(false));
}
await server.close();
