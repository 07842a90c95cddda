// @ts-check
// A static server on 127.0.0.1 for fixture and demo pages. Renderers come from
// node_modules under /vendor/<name>/ (never a CDN). A page may carry extra
// response headers (e.g. a strict CSP) in a sibling file `<page>.headers.json`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** URL prefix → folder. Only these folders are served. */
export const MOUNTS = {
  '/vendor/katex/': 'node_modules/katex/dist/',
  '/vendor/mathjax2/': 'node_modules/mathjax2/',
  '/vendor/mathjax3/': 'node_modules/mathjax3/es5/',
  '/vendor/mathjax4/': 'node_modules/mathjax4/',
  '/vendor/mathjax-newcm-font/': 'node_modules/@mathjax/mathjax-newcm-font/',
  '/vendor/temml/': 'node_modules/temml/dist/',
  '/': 'test/fixtures/pages/',
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

/**
 * Starts the server on 127.0.0.1 (port 0 = any free port). `requests` lists the path (with
 * query) of every request the server has answered, in order: a test compares it with what
 * its page asks for to see what else reached the network.
 * @param {number} [port]
 * @returns {Promise<{ origin: string, url: (path: string) => string, requests: string[], close: () => Promise<void> }>}
 */
export async function startFixtureServer(port = 0) {
  /** @type {string[]} */
  const requests = [];
  const server = createServer(async (request, response) => {
    requests.push(request.url ?? '/');
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      if (path === '/') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await indexPage());
        return;
      }
      const file = resolveFile(path);
      if (!file || !(await stat(file).catch(() => null))?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers = { 'content-type': TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      const extra = await readFile(`${file}.headers.json`, 'utf8').then(JSON.parse, () => ({}));
      response.writeHead(200, { ...headers, ...extra }).end(await readFile(file));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A list of the demo and fixture pages, for the demo's start page. */
async function indexPage() {
  const { readdir } = await import('node:fs/promises');
  const pages = (await readdir(join(root, MOUNTS['/']))).filter((name) => name.endsWith('.html')).sort();
  const items = pages.map((name) => `<li><a href="/${encodeURI(name)}">${name}</a></li>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Cross-Entropy Lens demo pages</title><h1>Demo pages</h1><ul>${items}</ul>`;
}

/** @param {string} path */
function resolveFile(path) {
  for (const [prefix, folder] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const base = join(root, folder);
    const file = normalize(join(base, path.slice(prefix.length)));
    return file.startsWith(base.endsWith(sep) ? base : base + sep) ? file : null;
  }
  return null;
}
