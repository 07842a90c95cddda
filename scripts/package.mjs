// @ts-check
// Store packages from the release build (run `node build.mjs --release` first;
// `npm run package` does both):
//
//   dist/xent-lens-chrome-<version>.zip    the Chrome Web Store upload
//   dist/xent-lens-firefox-<version>.zip   made by `web-ext build`, after `web-ext lint` passes
//   dist/xent-lens-source-<version>.zip    the tracked source files and BUILD.md, for AMO review
//
// It refuses a development build (one that annotates 127.0.0.1), and fails on any
// `web-ext lint` error or on a warning that docs/security.md does not explain.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const webExt = join(root, 'node_modules/.bin/web-ext');

/**
 * `web-ext lint` warnings that are understood and accepted, with the reason; each is
 * also explained in docs/security.md. Anything else fails the package.
 * @type {Record<string, string>}
 */
export const ACCEPTED_LINT_WARNINGS = {
  // data_collection_permissions (no data collected) is what AMO asks every new add-on to
  // declare; Firefox before 140 (Android before 142) ignores the key, and the extension
  // still supports Firefox 128 ESR, where world: "MAIN" scripts arrived.
  KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION: 'data_collection_permissions is ignored by Firefox 128–139',
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: 'data_collection_permissions is ignored by Firefox for Android 128–141',
};

/** @param {string} message */
function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

/** @param {string} dir */
async function readManifest(dir) {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) fail(`${relative(root, file)} is missing: run \`node build.mjs --release\` first`);
  return JSON.parse(await readFile(file, 'utf8'));
}

/** A release build names no local origin and ships no source maps. @param {string} dir */
async function assertRelease(dir) {
  const manifest = await readManifest(dir);
  const origins = JSON.stringify([manifest.host_permissions, manifest.content_scripts]);
  if (/127\.0\.0\.1|localhost/.test(origins)) fail(`${relative(root, dir)} is a development build: run \`node build.mjs --release\` first`);
  const maps = (await listFiles(dir)).filter((file) => file.endsWith('.map'));
  if (maps.length > 0) fail(`${relative(root, dir)} holds source maps (${maps[0]}): not a release build`);
  return manifest;
}

/** Every file under `dir`, as sorted paths relative to it with '/' separators. @param {string} dir */
async function listFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const parent = entry.parentPath;
    out.push(relative(dir, join(parent, entry.name)).split(sep).join('/'));
  }
  return out.sort();
}

// --- a small, dependency-free zip writer (deflate, fixed timestamps: the same input gives the same bytes)

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} data */
function crc32(data) {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00, the zip epoch: stores reject nothing about it and builds stay reproducible.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * @param {{ name: string, data: Buffer }[]} entries
 * @returns {Buffer}
 */
function zip(entries) {
  /** @type {Buffer[]} */
  const locals = [];
  /** @type {Buffer[]} */
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // rw-r--r-- regular file
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** @param {string} dir @param {string[]} files */
async function readEntries(dir, files) {
  return Promise.all(files.map(async (name) => ({ name, data: await readFile(join(dir, name)) })));
}

/** @param {string} file @param {Buffer} bytes */
async function writeArtifact(file, bytes) {
  await writeFile(file, bytes);
  console.log(`  ${relative(root, file)}  ${(bytes.length / 1024).toFixed(1)} KB`);
}

// --- the three packages

/** @param {string} version */
async function packageChrome(version) {
  const dir = join(dist, 'chrome');
  const file = join(dist, `xent-lens-chrome-${version}.zip`);
  await writeArtifact(file, zip(await readEntries(dir, await listFiles(dir))));
}

/** Runs `web-ext lint` and fails on errors and on warnings nobody has explained. */
function lintFirefox() {
  const dir = join(dist, 'firefox');
  let output;
  try {
    output = execFileSync(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  } catch (error) {
    // web-ext exits non-zero on lint errors; its JSON is still on stdout.
    output = /** @type {{ stdout?: string }} */ (error).stdout ?? '';
  }
  /** @type {{ summary: { errors: number, warnings: number, notices: number }, errors: { code: string, message: string }[], warnings: { code: string, message: string, description?: string }[] }} */
  const report = JSON.parse(output.slice(output.indexOf('{')));
  const { errors, warnings, notices } = report.summary;
  console.log(`  web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  for (const item of [...report.errors, ...report.warnings]) console.log(`    ${item.code}: ${item.message}`);
  const unexplained = report.warnings.filter((w) => !(w.code in ACCEPTED_LINT_WARNINGS));
  if (errors > 0) fail('web-ext lint found errors');
  if (unexplained.length > 0) fail(`web-ext lint warnings not explained in docs/security.md: ${unexplained.map((w) => w.code).join(', ')}`);
}

/** @param {string} version */
async function packageFirefox(version) {
  lintFirefox();
  const filename = `xent-lens-firefox-${version}.zip`;
  execFileSync(
    webExt,
    ['build', '--source-dir', join(dist, 'firefox'), '--artifacts-dir', dist, '--filename', filename, '--overwrite-dest', '--no-config-discovery'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`  ${relative(root, join(dist, filename))}  ${((await stat(join(dist, filename))).size / 1024).toFixed(1)} KB`);
}

/**
 * What AMO reviewers need to rebuild the Firefox package byte for byte from the source zip.
 * @param {string} version @param {string} nodeVersion
 */
function buildNotes(version, nodeVersion) {
  return `# Building Cross-Entropy Lens ${version} from this source

Requirements: Node.js ${nodeVersion} or later 20.x/22.x (tested with ${nodeVersion}), npm, on Linux, macOS or Windows.
No network access is needed after \`npm ci\`; nothing is downloaded at build time.

\`\`\`sh
npm ci
node build.mjs --release
\`\`\`

The Firefox extension is then in \`dist/firefox/\` (the Chrome one in \`dist/chrome/\`).
\`npm run package\` additionally zips them: \`dist/xent-lens-firefox-${version}.zip\` is
\`web-ext build --source-dir dist/firefox\`.

The bundles are made by esbuild (\`build.mjs\`, pinned in package-lock.json) from
\`src/\`: \`content.js\`, \`popover.js\`, \`page-bridge.js\`, \`background.js\`, \`popup.js\` and
\`options.js\`, minified. KaTeX's stylesheet and fonts are copied unchanged from
\`node_modules/katex/dist/\`.
`;
}

/** @param {string} version */
async function packageSource(version) {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const changed = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
  if (changed) console.warn('  note: tracked files have uncommitted changes; the source zip holds the working tree as built');
  const present = tracked.filter((name) => existsSync(join(root, name))).sort();
  const entries = await readEntries(root, present);
  entries.push({ name: 'BUILD.md', data: Buffer.from(buildNotes(version, process.versions.node), 'utf8') });
  await writeArtifact(join(dist, `xent-lens-source-${version}.zip`), zip(entries));
}

async function main() {
  const chrome = await assertRelease(join(dist, 'chrome'));
  const firefox = await assertRelease(join(dist, 'firefox'));
  if (chrome.version !== firefox.version) fail(`versions differ: chrome ${chrome.version}, firefox ${firefox.version}`);
  const { version } = chrome;
  for (const old of (await readdir(dist)).filter((name) => /^xent-lens-.*\.zip$/.test(name))) await rm(join(dist, old));
  console.log(`packaging ${version}:`);
  await packageChrome(version);
  await packageFirefox(version);
  await packageSource(version);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
