// The extension asks only for what it uses, runs no remote code, and keeps the
// default extension CSP (or a stricter one). Checked on the manifests build.mjs
// derives, and on dist/*/manifest.json and the built scripts when a build is present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromeManifest, DEV_ORIGINS, firefoxManifest } from '../../build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

interface ContentScript {
  matches: string[];
  js?: string[];
  css?: string[];
  world?: string;
  run_at?: string;
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  externally_connectable?: unknown;
  update_url?: string;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
  [key: string]: unknown;
}

type Derive = (source: Manifest, options: { dev: boolean }) => Manifest;
const deriveChrome = chromeManifest as Derive;
const deriveFirefox = firefoxManifest as Derive;
const devOrigins = DEV_ORIGINS as string[];

const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;

/** Every API permission, with the call in src/ that needs it (activeTab has no call: a click grants it). */
const PERMISSION_USES: Record<string, RegExp | null> = {
  storage: /\bstorage\??\.(?:local|sync|session|onChanged)\b/,
  activeTab: null,
  scripting: /\bscripting\??\.(?:executeScript|insertCSS|registerContentScripts)\b/,
  contextMenus: /\bcontextMenus\??\.(?:create|onClicked)\b/,
};
const QUALITEG = 'https://blog.qualiteg.com/*';
const OPTIONAL_HOSTS = new Set(['https://*/*', 'http://*/*']);
const WEB_ACCESSIBLE = new Set(['annotator.js', 'popover.js', 'lens.css', 'chunks/*', 'mathml-tex.js', 'katex/*', '_locales/*/messages.json']);

const BUILDS: [string, Manifest][] = [
  ['chrome release', deriveChrome(source, { dev: false })],
  ['firefox release', deriveFirefox(source, { dev: false })],
  ['chrome dev', deriveChrome(source, { dev: true })],
  ['firefox dev', deriveFirefox(source, { dev: true })],
];

function sourceText(): string {
  const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).filter(
    (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.startsWith('cli'),
  );
  return files.map((name) => readFileSync(join(root, 'src', name), 'utf8')).join('\n');
}

function checkCommon(manifest: Manifest, hosts: string[]): void {
  expect(manifest.manifest_version).toBe(3);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(PERMISSION_USES).sort());
  expect(manifest.optional_permissions ?? []).toEqual([]);
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...hosts].sort());
  for (const origin of manifest.optional_host_permissions ?? []) expect(OPTIONAL_HOSTS.has(origin), origin).toBe(true);
  // Content scripts run only where the reader already granted the host.
  for (const script of manifest.content_scripts ?? []) {
    for (const match of script.matches) expect(hosts, `content script match ${match}`).toContain(match);
  }
  for (const entry of manifest.web_accessible_resources ?? []) {
    for (const resource of entry.resources) expect(WEB_ACCESSIBLE.has(resource), resource).toBe(true);
  }
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.update_url).toBeUndefined();
  expect(manifest.key).toBeUndefined();
  checkCsp(manifest.content_security_policy);
}

/** The default MV3 CSP is `script-src 'self'; object-src 'self'`: allow it, or something stricter. */
function checkCsp(csp: Manifest['content_security_policy']): void {
  if (csp === undefined) return;
  expect(typeof csp, 'MV3 takes an object').toBe('object');
  const policy = typeof csp === 'object' ? (csp.extension_pages ?? '') : '';
  const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
  for (const value of scriptSrc) expect(["'self'", "'none'", "'wasm-unsafe-eval'"]).toContain(value);
  expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
}

describe('manifests as build.mjs derives them', () => {
  it.each(BUILDS)('%s asks only for storage, activeTab, scripting, contextMenus and its hosts', (label, manifest) => {
    const dev = label.endsWith('dev');
    checkCommon(manifest, dev ? [QUALITEG, ...devOrigins] : [QUALITEG]);
  });

  it('the release builds annotate only the Qualiteg blog on their own', () => {
    for (const derive of [deriveChrome, deriveFirefox]) {
      const manifest = derive(source, { dev: false });
      expect(manifest.host_permissions).toEqual([QUALITEG]);
      expect(JSON.stringify(manifest)).not.toMatch(/127\.0\.0\.1|localhost/);
    }
  });

  it('the development origins are local only', () => {
    for (const origin of devOrigins) expect(origin).toMatch(/^http:\/\/(127\.0\.0\.1|localhost)\/\*$/);
  });

  it('Firefox gets an event page, a fixed id and no data collection', () => {
    const manifest = deriveFirefox(source, { dev: false });
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  it('declares the content script alone: the MathJax bridge runs in the MAIN world only where a page needs it', () => {
    expect((source.content_scripts ?? []).flatMap((script) => script.js ?? [])).toEqual(['content.js']);
    expect((source.content_scripts ?? []).filter((script) => script.world === 'MAIN')).toEqual([]);
  });

  it.each(Object.entries(PERMISSION_USES).filter(([, use]) => use !== null))('src/ uses the %s permission', (_name, use) => {
    expect((use as RegExp).test(sourceText()), `no call matching ${String(use)} in src/`).toBe(true);
  });
});

describe.each(['chrome', 'firefox'])('the built extension in dist/%s', (target) => {
  const dir = join(root, 'dist', target);
  const built = existsSync(join(dir, 'manifest.json'));

  it.runIf(built)('has the manifest build.mjs derives', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const dev = (manifest.host_permissions ?? []).some((origin) => devOrigins.includes(origin));
    const derive = target === 'chrome' ? deriveChrome : deriveFirefox;
    expect(manifest).toEqual(derive(source, { dev }));
  });

  it.runIf(built)('loads no code from anywhere but itself', () => {
    const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(m?js|html)$/.test(name));
    expect(scripts.length).toBeGreaterThan(0);
    for (const name of scripts) {
      const text = readFileSync(join(dir, name), 'utf8');
      // Remote scripts, and the ways to turn a string into code.
      expect(text, name).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      expect(text, name).not.toMatch(/\bimport\(\s*["'`](?:https?:)?\/\//);
      expect(text, name).not.toMatch(/importScripts\(\s*["'`](?:https?:)?\/\//);
      expect(text, name).not.toMatch(/\beval\(|\bnew Function\(/);
    }
  });
});
