// `check` over a tree of drafts on disk: folders, .gitignore, globs, Markdown with
// front matter and ```math fences, MDX, HTML, a notebook; the three output formats.
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type Finding } from './check';
import { expandPaths } from './files';
import type { CliIO } from './io';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'xent-check-'));
  cpSync(new URL('../../test/fixtures/check-tree', import.meta.url), root, { recursive: true });
  // Kept without its dot in the repository, where git itself would honour it.
  renameSync(join(root, 'gitignore'), join(root, '.gitignore'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function diskIO() {
  const output = { out: '', err: '' };
  const io: CliIO = {
    out: (text) => void (output.out += text),
    err: (text) => void (output.err += text),
    async *lines() {},
    readFile: (path) => readFile(join(root, path), 'utf8'),
    expandPaths: (args) => expandPaths(args, root),
  };
  return { io, output };
}

async function findings(args: string[]): Promise<{ code: number; list: Finding[]; err: string }> {
  const { io, output } = diskIO();
  const code = await run([...args, '--format', 'json'], io);
  return { code, list: JSON.parse(output.out) as Finding[], err: output.err };
}

describe('xent-lens check on a tree of drafts', () => {
  it('walks folders honouring .gitignore (with its negations), in a stable order', async () => {
    const { files } = await expandPaths(['.'], root);
    expect(files).toEqual(['docs/bits.md', 'docs/ja/qiita.md', 'docs/page.html', 'docs/wrong-units.mdx', 'drafts/keep.md', 'notebooks/bits.ipynb']);
  });

  it('expands globs and reports a path that names nothing', async () => {
    expect((await expandPaths(['docs/**/*.md'], root)).files).toEqual(['docs/bits.md', 'docs/ja/qiita.md']);
    expect((await expandPaths(['nowhere.md', '*.xyz'], root)).missing).toEqual(['nowhere.md', '*.xyz']);
    const { io, output } = diskIO();
    expect(await run(['nowhere.md'], io)).toBe(2);
    expect(output.err).toContain('cannot read nowhere.md');
  });

  it('takes the base from front matter, from the page’s prose and from a unit', async () => {
    const { code, list } = await findings(['docs']);
    expect(code).toBe(1);
    const byTex = (fragment: string) => list.find((f) => f.tex.includes(fragment));
    expect(byTex('2^4')).toMatchObject({ file: 'docs/bits.md', line: 11, verdict: 'correct', base: '2' });
    expect(byTex('2^4')?.baseReason).toMatch(/set for this file/);
    expect(byTex('\\log 0.5 = 1')).toMatchObject({ verdict: 'correct', base: '2' });
    // ```math fences (Qiita, GitLab, GitHub) are display math; the page said base 2.
    expect(byTex('\\log 0.25 = 2')).toMatchObject({ file: 'docs/ja/qiita.md', line: 11, verdict: 'correct', base: '2' });
    expect(byTex('\\log 0.25 = 2')?.baseReason).toMatch(/page says so/);
    // MDX: a unit decides, and the open bracket is read as meant.
    expect(byTex('2.30')).toMatchObject({ file: 'docs/wrong-units.mdx', verdict: 'wrong', base: '2' });
    expect(byTex('0.91')).toMatchObject({ verdict: 'rounding' });
    // HTML: the seed's wrong example; 1/log 2 gets no verdict.
    expect(byTex('0.481486')).toMatchObject({ file: 'docs/page.html', line: 5, verdict: 'wrong' });
    expect(list.some((f) => f.tex.includes('1.44'))).toBe(false);
  });

  it('reads the markdown cells of a notebook, with the cell number and the line in the .ipynb', async () => {
    const { code, list } = await findings(['notebooks/bits.ipynb']);
    expect(code).toBe(1);
    expect(list).toHaveLength(2);
    expect(list[0]).toMatchObject({ cell: 3, verdict: 'correct', base: '2' });
    expect(list[1]).toMatchObject({ cell: 3, line: 30, verdict: 'wrong' });
  });

  it('exits 0 on drafts with no wrong example; --base sets the base where nothing else does', async () => {
    expect((await findings(['drafts'])).code).toBe(0);
    const { io } = diskIO();
    expect(await run(['docs/bits.md'], io)).toBe(0);
    expect((await findings(['build/out.md'])).list[0]).toMatchObject({ verdict: 'wrong' });
  });

  it('prints GitHub workflow commands and a summary line', async () => {
    const { io, output } = diskIO();
    expect(await run(['.', '--format=github'], io)).toBe(1);
    const lines = output.out.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=docs\/page\.html,line=5,title=Worked example is wrong::.*base-10/));
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=notebooks\/bits\.ipynb,line=30,/));
    expect(lines).toContainEqual(expect.stringMatching(/^::notice file=docs\/wrong-units\.mdx,/));
    expect(lines.at(-1)).toMatch(/^6 files: \d+ formulas, \d+ cross-entropy, \d+ worked examples \(\d+ correct, 1 rounding, 3 wrong\)$/);
  });

  it('text output names the base and why', async () => {
    const { io, output } = diskIO();
    await run(['docs/ja/qiita.md'], io);
    expect(output.out).toMatch(/docs\/ja\/qiita\.md:11 .*\n.*CORRECT.*\n.*\n\s+base: The base-2 log, because the page says so/);
  });

  it('rejects bad usage with status 2', async () => {
    for (const args of [[], ['--format', 'xml', 'a.md'], ['--base', '3', 'a.md'], ['--frobnicate', 'a.md']]) {
      const { io, output } = diskIO();
      expect(await run(args, io)).toBe(2);
      expect(output.err).toMatch(/usage/);
    }
  });

  it('a notebook that is not JSON is unreadable input', async () => {
    const { io, output } = diskIO();
    io.readFile = async () => '{ not json';
    io.expandPaths = async (args) => ({ files: args, missing: [] });
    expect(await run(['broken.ipynb'], io)).toBe(2);
    expect(output.err).toContain('cannot read broken.ipynb');
  });
});
