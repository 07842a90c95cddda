// Builds dist/chrome/ and dist/firefox/ from the one source manifest, and dist/cli.js.
//
//   node build.mjs            development build: also annotates http://127.0.0.1 and http://localhost
//   node build.mjs --release  store build: only the Qualiteg blog automatically, the rest on the reader's click
//   node build.mjs --watch    development build, rebuilt on every change
//   node build.mjs --minify   development build with the store build's minified code
//                             (npm run bench:page measures what a reader's page would parse)
//
// Each browser's manifest is derived here from manifest.json by a small, explicit
// function, so the two never drift apart.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const release = args.has('--release');
const watch = args.has('--watch');
const minify = release || args.has('--minify');

/** Origins the development build annotates automatically (the demo and the browser tests use them). */
export const DEV_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
export const FIREFOX_ID = 'cross-entropy-lens@xent-lens.dev';

/** Extension entry points: [source, output name, format]; entries built together share their chunks. */
const EXTENSION_ENTRIES = [
  ['src/content.ts', 'content', 'iife'], // isolated world, every page: a first look for math
  ['src/annotator-script.ts', 'annotator', 'iife'], // isolated world, at the first sign of math: the annotator and the badges (evaluated on the first marked formula); injected by the background, or imported
  ['src/ui/popover.ts', 'popover', 'esm'], // the popover with KaTeX and the calculator, loaded by the first badge opened
  ['src/mathml-tex.ts', 'mathml-tex', 'esm'], // MathML → TeX, loaded only for formulas shown as MathML alone
  ['src/page-bridge.ts', 'page-bridge', 'iife'], // MAIN world: MathJax 3/4 hand their TeX over
  ['src/background.ts', 'background', 'iife'],
  ['src/popup.ts', 'popup', 'iife'],
  ['src/options.ts', 'options', 'iife'],
];

/** Static pages: source → name in the extension root. */
const HTML_PAGES = [
  ['src/ui/popup/popup.html', 'popup.html'],
  ['src/ui/options/options.html', 'options.html'],
];

export function chromeManifest(source, { dev }) {
  const manifest = structuredClone(source);
  if (dev) addOrigins(manifest, DEV_ORIGINS);
  return manifest;
}

export function firefoxManifest(source, { dev }) {
  const manifest = chromeManifest(source, { dev });
  // Firefox runs MV3 backgrounds as event pages, not service workers.
  manifest.background = { scripts: [source.background.service_worker] };
  manifest.browser_specific_settings = {
    gecko: {
      id: FIREFOX_ID,
      // world: "MAIN" content scripts arrived in Firefox 128, the data collection
      // declaration in 140 (the ESR before 153): 140 is the oldest that reads both.
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    // Firefox for Android reads the data collection declaration from 142.
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}

function addOrigins(manifest, origins) {
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...origins])];
  for (const script of manifest.content_scripts ?? []) {
    script.matches = [...new Set([...script.matches, ...origins])];
  }
}

/**
 * What the analyses a build makes depend on: the version, the recogniser and core
 * sources, and KaTeX's parser. The background's cache of analyses is keyed by it, so
 * a new release (or any change to recognition) never serves an answer an older one made.
 */
export async function analysisVersion() {
  const hash = createHash('sha256');
  for (const dir of ['src/tex', 'src/core']) {
    const files = (await readdir(join(root, dir), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
    for (const file of files) hash.update(file).update(await readFile(join(root, dir, file)));
  }
  hash.update(JSON.parse(await readFile(join(root, 'node_modules/katex/package.json'), 'utf8')).version);
  const { version } = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  return `${version}+${hash.digest('hex').slice(0, 12)}`;
}

function esbuildOptions(target, outdir, versionOfAnalyses) {
  return EXTENSION_ENTRIES.map(([entry, name, format]) => ({
    entryPoints: Array.isArray(entry) ? Object.fromEntries(entry.map((file, i) => [name[i], join(root, file)])) : { [name]: join(root, entry) },
    outdir,
    bundle: true,
    format,
    // The ESM chunk loads its lazy parts (the popover) as further chunks.
    ...(format === 'esm' ? { splitting: true, chunkNames: 'chunks/[name]-[hash]' } : {}),
    minify,
    sourcemap: minify ? false : 'linked',
    target: target === 'firefox' ? ['firefox140'] : ['chrome120'],
    define: {
      __DEV__: JSON.stringify(!release),
      __BROWSER__: JSON.stringify(target),
      __ANALYSIS_VERSION__: JSON.stringify(versionOfAnalyses),
    },
    legalComments: 'none',
    logLevel: 'warning',
    // The content script and lens chunk run on other people's pages: no eval, no Function.
    supported: { 'dynamic-import': true },
  }));
}

const cliOptions = {
  entryPoints: { cli: join(root, 'src/cli.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  // What only some runs need (linkedom for HTML files) is a chunk of its own, loaded
  // when first imported: every run parses dist/cli.js, and parsing is most of a short run.
  splitting: true,
  chunkNames: 'cli-chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  banner: { js: '#!/usr/bin/env node' },
  define: { __DEV__: 'false', __BROWSER__: '"node"', __ANALYSIS_VERSION__: '"cli"' },
  logLevel: 'warning',
};

async function copyStatic(target, outdir) {
  await mkdir(join(outdir, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 128]) {
    await cp(join(root, `icons/icon-${size}.png`), join(outdir, `icons/icon-${size}.png`));
  }
  await cp(join(root, 'src/_locales'), join(outdir, '_locales'), { recursive: true });
  for (const [source, name] of HTML_PAGES) {
    if (existsSync(join(root, source))) await cp(join(root, source), join(outdir, name));
  }
  // KaTeX's stylesheet and fonts: the popover and popup render formulas with them.
  const katexDist = join(root, 'node_modules/katex/dist');
  await mkdir(join(outdir, 'katex/fonts'), { recursive: true });
  await cp(join(katexDist, 'katex.min.css'), join(outdir, 'katex/katex.min.css'));
  for (const font of await readdir(join(katexDist, 'fonts'))) {
    // woff2 is enough for every browser the extension supports.
    if (font.endsWith('.woff2')) await cp(join(katexDist, 'fonts', font), join(outdir, 'katex/fonts', font));
  }
  const source = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  const derive = target === 'firefox' ? firefoxManifest : chromeManifest;
  await writeFile(join(outdir, 'manifest.json'), JSON.stringify(derive(source, { dev: !release }), null, 2) + '\n');
}

async function buildAll() {
  const started = Date.now();
  const versionOfAnalyses = await analysisVersion();
  for (const target of ['chrome', 'firefox']) {
    const outdir = join(root, 'dist', target);
    await rm(outdir, { recursive: true, force: true });
    await Promise.all(esbuildOptions(target, outdir, versionOfAnalyses).map((options) => esbuild.build(options)));
    await copyStatic(target, outdir);
  }
  await rm(join(root, 'dist', 'cli-chunks'), { recursive: true, force: true });
  await esbuild.build(cliOptions);
  console.log(`built dist/chrome, dist/firefox, dist/cli.js (${release ? 'release' : minify ? 'development, minified' : 'development'}) in ${Date.now() - started} ms`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
  if (watch) {
    const { watch: watchFiles } = await import('node:fs');
    let timer;
    console.log('watching src/, manifest.json and icons/ …');
    for (const dir of ['src', 'icons']) {
      watchFiles(join(root, dir), { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => buildAll().catch((error) => console.error(error.message)), 150);
      });
    }
    watchFiles(join(root, 'manifest.json'), () => buildAll().catch((error) => console.error(error.message)));
  }
}
