// Probe: bench-50's first visit in a fresh profile, and with WOKEN=1 visits after the service
// worker was stopped (WAKES=n of them): the development build's background cost() (its start,
// when it was ready, the batch's analyses and time) and the page's own times from the render's
// start (the annotator's get-ready and start, the render's end, the first frame after it, the
// batch asked and answered, the last mark).
//
//   npx tsx scripts/probe-first-batch.ts [browsers]    EXT_DIR=<built extension> PAGE=/bench-1000.html
//   NOWAIT=1: the first visit does not wait for the worker's first evaluation (as bench:page's first visit)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeBenchPages } from '../test/fixtures/pages/make-bench-pages.mjs';
import { OFFLINE_FLAGS } from '../test/harness/chromium';
import { findChromium } from '../test/harness/find-browser.mjs';
import { startFixtureServer } from '../test/harness/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = process.env.EXT_DIR ?? join(root, 'dist/chrome');
const runs = Number(process.argv[2] ?? 3);
await writeBenchPages();
const PAGE = process.env.PAGE ?? '/bench-50.html';
/** Times relative to the render's start: the annotator's ask and start, the render's end, the first frame, the scan's ask, the answer, the last mark. */
function readPage(): Record<string, number> {
  const w = window as any;
  const renderStart = w.__renderedAt - w.__renderMs;
  const out: Record<string, number> = { renderEnd: Math.round(w.__renderMs), shown: Math.round(w.__shownAt - renderStart), last: Math.round(w.__lastMarkAt - renderStart) };
  for (const name of ['load', 'start', 'asked', 'answered']) out[name] = Math.round((performance.getEntriesByName(name === 'load' || name === 'start' ? `xent-lens:annotator-${name}` : `xent-lens:${name}`)[0]?.startTime ?? NaN) - renderStart);
  return out;
}
const server = await startFixtureServer();
for (let i = 0; i < runs; i++) {
  const profileDir = await mkdtemp(join(tmpdir(), 'xent-probe-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(), headless: true, viewport: { width: 1200, height: 900 },
    args: [...OFFLINE_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const cost = () => worker.evaluate(() => (globalThis as any).xentLens.cost());
  const before = process.env.NOWAIT ? null : await cost();
  const page = await context.newPage();
  await page.goto(server.url(PAGE));
  await page.waitForFunction(() => (window as any).__marks >= 5, undefined, { timeout: 30000 });
  await page.waitForTimeout(1000);
  const after = await cost();
  const w = await page.evaluate(readPage);
  console.log(JSON.stringify({ before, after, page: Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v as number)])) }));
  for (let wake = 0; process.env.WOKEN && wake < Number(process.env.WAKES ?? 1); wake++) {
    // Stop the service worker as Chrome does when it idles, then let the page wake it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.waitForTimeout(500);
    const p2 = await context.newPage();
    await p2.goto(server.url(PAGE));
    await p2.waitForFunction(() => (window as any).__marks >= 5, undefined, { timeout: 30000 });
    await p2.waitForTimeout(1000);
    const w2 = await p2.evaluate(readPage);
    console.log('woken', JSON.stringify({ after: await cost().catch(() => null), page: w2 }));
    await p2.close();
  }
  await context.close();
  await rm(profileDir, { recursive: true, force: true });
}
await server.close();
