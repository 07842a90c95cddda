// Where the page's main thread goes between the render's end and the first frame after it,
// on bench-50's first visit (fresh profile), with and without the extension: a Chrome trace
// of the page's renderer, its top-level tasks summed by what they were.
//
//   npx tsx scripts/trace-first-visit.ts [--runs N] [--without] [--dump DIR]
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { writeBenchPages } from '../test/fixtures/pages/make-bench-pages.mjs';
import { OFFLINE_FLAGS } from '../test/harness/chromium';
import { findChromium } from '../test/harness/find-browser.mjs';
import { startFixtureServer } from '../test/harness/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, 'dist/chrome');
const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 1;
const dumpDir = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : undefined;
const page = args.includes('--page') ? args[args.indexOf('--page') + 1]! : '/bench-50.html';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, any> }

async function traceOnce(withExtension: boolean, n: number): Promise<void> {
  const profileDir = await mkdtemp(join(tmpdir(), 'xent-trace-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...OFFLINE_FLAGS, ...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  if (withExtension) context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const browserSession = await context.browser()?.newBrowserCDPSession?.().catch(() => null);
  const tab = await context.newPage();
  const cdp = browserSession ?? (await context.newCDPSession(tab));
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.on('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading', 'blink', 'extensions'],
    },
    transferMode: 'ReportEvents',
  });
  await tab.goto(server.url(page), { timeout: 120_000 });
  await tab.waitForFunction(() => (window as any).__shownAt !== undefined, undefined, { timeout: 60_000 });
  await tab.waitForTimeout(1500);
  const info = await tab.evaluate(() => ({ renderedAt: (window as any).__renderedAt, shownAt: (window as any).__shownAt, renderMs: (window as any).__renderMs, lastMark: (window as any).__lastMarkAt, marks: (window as any).__marks, origin: performance.timeOrigin }));
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  await rm(profileDir, { recursive: true, force: true });
  if (dumpDir) {
    await mkdir(dumpDir, { recursive: true });
    await writeFile(join(dumpDir, `${withExtension ? 'with' : 'without'}-${n}.json`), JSON.stringify({ traceEvents: events }));
  }

  // The page's renderer main thread: the one that ran bench-50's navigationStart / the render script.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const renderScript = events.find((e) => e.name === 'EvaluateScript' && e.ph === 'X' && (e.dur ?? 0) > 50_000 && mains.some((m) => m.pid === e.pid && m.tid === e.tid))
    ?? events.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.ph === 'X' && mains.some((m) => m.pid === e.pid && m.tid === e.tid)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  if (!renderScript) {
    console.log('no render script found');
    return;
  }
  const { pid, tid } = renderScript;
  // Convert: page clock (ms since timeOrigin) ≈ trace ts via the render's end.
  const renderEndTs = renderScript.ts + (renderScript.dur ?? 0);
  const shownTs = renderEndTs + (info.shownAt - info.renderedAt) * 1000;
  const tasks = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= renderEndTs - 1 && e.ts < shownTs);
  const top = tasks.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = top.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  // Summed by name (first level under the tasks and some known leaves).
  const byName = new Map<string, number>();
  for (const e of tasks) {
    if (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') continue;
    let key = e.name;
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '';
    if (url) key += ` ${String(url).split('/').slice(-1)[0]}`;
    if (e.name === 'FunctionCall') key += ` ${e.args?.data?.functionName ?? ''}`;
    byName.set(key, (byName.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log(`\n${withExtension ? 'WITH' : 'WITHOUT'} run ${n}: render ${info.renderMs.toFixed(1)} ms; first frame after +${(info.shownAt - info.renderedAt).toFixed(1)} ms; last mark +${((info.lastMark ?? NaN) - info.renderedAt).toFixed(1)} ms (${info.marks} marks); main thread busy in tasks ${busy.toFixed(1)} ms of that window`);
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 28)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  // Before the render too: what ran on the thread from navigation to the render's start.
  const before = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts < renderScript.ts && e.ts > renderScript.ts - 3_000_000 && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask');
  const beforeBy = new Map<string, number>();
  for (const e of before) {
    let key = e.name;
    const url = e.args?.data?.url ?? e.args?.data?.scriptName ?? e.args?.fileName ?? '';
    if (url) key += ` ${String(url).split('/').slice(-1)[0]}`;
    beforeBy.set(key, (beforeBy.get(key) ?? 0) + (e.dur ?? 0) / 1000);
  }
  console.log('  before the render:');
  for (const [k, v] of [...beforeBy].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}

await writeBenchPages();
const server = await startFixtureServer();
try {
  for (let i = 0; i < runs; i++) {
    await traceOnce(true, i);
    if (args.includes('--without')) await traceOnce(false, i);
  }
} finally {
  await server.close();
}
