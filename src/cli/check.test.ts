import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, run, type Finding } from './check';
import { memoryIO } from './io';

const seed = readFileSync('/work/shared/seeds/qualiteg-cross-entropy-04.txt', 'utf8');
const demo = readFileSync(new URL('../../test/fixtures/pages/qualiteg-04.html', import.meta.url), 'utf8');

describe('xent-lens check', () => {
  it('flags the seed text: its worked example is wrong, with the reason and the line', async () => {
    const { io, output } = memoryIO([], { 'seed.txt': seed });
    expect(await run(['seed.txt'], io)).toBe(1);
    const exampleLine = seed.split('\n').findIndex((line) => line.includes('\\ E = &- \\sum')) + 1;
    // The formula starts at its opening $$, two lines above (the line of \begin{aligned} in between).
    expect(seed.split('\n')[exampleLine - 3]).toBe('$$');
    expect(output.out).toMatch(new RegExp(`seed\\.txt:${exampleLine - 2}\\s+ce_multiclass`));
    expect(output.out).toMatch(/WRONG \(stated -0\.481486, computed 1\.108663\)/);
    expect(output.out).toMatch(/base-10/);
  });

  it('flags the demo page (HTML) and prints JSON findings', async () => {
    const { io, output } = memoryIO([], { 'demo.html': demo });
    expect(await run(['demo.html', '--json'], io)).toBe(1);
    const findings = JSON.parse(output.out) as Finding[];
    const wrong = findings.filter((finding) => finding.verdict === 'wrong');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ file: 'demo.html', kind: 'ce_multiclass', stated: -0.481486 });
    expect(wrong[0]!.computed).toBeCloseTo(1.108663, 6);
    expect(demo.split('\n')[wrong[0]!.line - 1]).toContain('$$');
    expect(wrong[0]!.explanation).toBeTruthy();
    // Formulas that are not worked examples carry no verdict fields.
    const plain = findings.find((finding) => finding.tex.startsWith('E = - \\sum'));
    expect(plain).toEqual({ file: 'demo.html', line: expect.any(Number), tex: plain!.tex, kind: 'ce_multiclass' });
  });

  it('reads $…$ in Markdown, skips fenced and inline code, exits 0 without a wrong example', async () => {
    const markdown = [
      '# Notes',
      '',
      'The loss is $E = -\\sum_k t_k \\log y_k$ and entropy is $H = -\\sum p \\log p$.',
      '',
      '```python',
      '# $$E = -\\sum_k t_k \\log y_k$$',
      '```',
      '',
      'Inline code `$L = -\\sum_i y_i \\log p_i$` is not math; it costs $5 or $6.',
      '',
      '$$',
      'L = -\\frac{1}{N} \\sum_{i=1}^{N} \\sum_{c=1}^{C} y_{i,c} \\log(p_{i,c})',
      '$$',
    ].join('\n');
    const findings = await checkText('notes.md', markdown);
    expect(findings.map((finding) => [finding.line, finding.kind])).toEqual([
      [3, 'ce_multiclass'],
      [3, 'entropy'],
      [11, 'ce_multiclass_batch'],
    ]);
    const { io, output } = memoryIO([], { 'notes.md': markdown });
    expect(await run(['notes.md'], io)).toBe(0);
    expect(output.out).toContain('notes.md:11  ce_multiclass_batch');
    expect(output.out).not.toContain('not cross-entropy');
  });

  it('lists every formula with --all', async () => {
    const { io, output } = memoryIO([], { 'a.md': 'Softmax $\\hat y_i = e^{z_i}/\\sum_j e^{z_j}$.' });
    expect(await run(['a.md', '--all', '--json'], io)).toBe(0);
    expect(JSON.parse(output.out)).toEqual([{ file: 'a.md', line: 1, tex: '\\hat y_i = e^{z_i}/\\sum_j e^{z_j}', kind: null }]);
  });

  it('exits 2 on a missing file or no file', async () => {
    const missing = memoryIO();
    expect(await run(['nowhere.html'], missing.io)).toBe(2);
    expect(missing.output.err).toContain('cannot read nowhere.html');
    expect(await run([], memoryIO().io)).toBe(2);
    expect(await run(['a.md', '--frobnicate'], memoryIO([], { 'a.md': '' }).io)).toBe(2);
  });
});
