// Which files `check` reads: paths as given, folders walked recursively (honouring
// each .gitignore on the way, and skipping .git and node_modules), and globs.
// `ignore` reads .gitignore the way git does; `tinyglobby` expands the globs.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';

/** The kinds of file `check` reads, by extension. */
const CHECKED_EXTENSIONS = ['md', 'markdown', 'mdx', 'html', 'htm', 'xhtml', 'ipynb', 'txt', 'tex'];
const CHECKED = new RegExp(`\\.(?:${CHECKED_EXTENSIONS.join('|')})$`, 'i');
const NEVER_WALKED = new Set(['.git', 'node_modules']);

export interface Expansion {
  files: string[];
  /** Arguments that name nothing readable: a missing path, a glob that matches nothing. */
  missing: string[];
}

export async function expandPaths(args: string[], cwd = process.cwd()): Promise<Expansion> {
  const files: string[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      files.push(file);
    }
  };
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walk(arg, cwd)) add(file);
    } else if (info?.isFile()) add(arg);
    else if (isDynamicPattern(arg)) {
      const matched = await glob(arg, { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false });
      const checked = matched.filter((file) => CHECKED.test(file)).sort();
      if (checked.length === 0) missing.push(arg);
      for (const file of checked) add(file);
    } else missing.push(arg);
  }
  return { files, missing };
}

/** The checked files under `dir`, in a stable order, minus what .gitignore files exclude. */
async function walk(dir: string, cwd: string): Promise<string[]> {
  const out: string[] = [];
  const rules: Array<{ base: string; ig: Ignore }> = [];
  const excluded = (path: string, isDir: boolean) =>
    rules.some(({ base, ig }) => {
      const rel = relative(base, path).split(sep).join('/');
      return rel !== '' && !rel.startsWith('..') && ig.ignores(isDir ? `${rel}/` : rel);
    });
  // The .gitignore files between the working directory and the folder apply to it as well.
  const start = resolve(cwd, dir);
  const top = resolve(cwd);
  if (start.startsWith(top + sep)) {
    const ancestors: string[] = [];
    for (let at = dirname(start); at.length >= top.length; at = dirname(at)) {
      ancestors.unshift(at);
      if (at === top) break;
    }
    for (const base of ancestors) {
      const gitignore = await readFile(join(base, '.gitignore'), 'utf8').catch(() => null);
      if (gitignore !== null) rules.push({ base, ig: ignore().add(gitignore) });
    }
  }
  const visit = async (path: string): Promise<void> => {
    const abs = resolve(cwd, path);
    const gitignore = await readFile(join(abs, '.gitignore'), 'utf8').catch(() => null);
    if (gitignore !== null) rules.push({ base: abs, ig: ignore().add(gitignore) });
    const entries = (await readdir(abs, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) {
        if (!NEVER_WALKED.has(entry.name) && !excluded(resolve(cwd, child), true)) await visit(child);
      } else if (entry.isFile() && CHECKED.test(entry.name) && !excluded(resolve(cwd, child), false)) out.push(child);
    }
    if (gitignore !== null) rules.pop();
  };
  await visit(dir);
  return out;
}
