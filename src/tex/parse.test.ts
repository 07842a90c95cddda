import { describe, expect, it } from 'vitest';
import { arrayRows, bodyNodes, parseWithKatex } from './parse';

describe('parseWithKatex', () => {
  it('returns the tree of valid TeX', () => {
    const result = parseWithKatex('-\\sum_k t_k \\log y_k');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.nodes.map((n) => n.type)).toEqual(['atom', 'supsub', 'supsub', 'op', 'supsub']);
  });
  it('turns unknown macros into a value, not an exception', () => {
    const result = parseWithKatex('\\xH + 1');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/Undefined control sequence/);
  });
  it('gives up on macro bombs within maxExpand', () => {
    const started = Date.now();
    expect(parseWithKatex('\\def\\a{\\a\\a}\\a').ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('does not let a \\def leak into the next formula', () => {
    expect(parseWithKatex('\\def\\foo{x}\\foo').ok).toBe(true);
    expect(parseWithKatex('\\foo').ok).toBe(false);
  });
  it('refuses \\href and other trusted commands without throwing', () => {
    const result = parseWithKatex('\\href{javascript:alert(1)}{x}');
    expect(result.ok === false || result.nodes.every((n) => n.type !== 'href')).toBe(true);
  });
  it('exposes aligned rows and node bodies', () => {
    const result = parseWithKatex('\\begin{aligned} a &= b \\\\ &= c \\end{aligned}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = arrayRows(result.nodes[0]!);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(2);
    expect(bodyNodes(rows[0]![0]!).length).toBeGreaterThan(0);
  });
});

describe('negated relations', () => {
  it('reads \\neq, \\ne and \\not= (drawn by KaTeX as a slash over =) as one relation', async () => {
    const { recogniseFormula } = await import('./index');
    for (const tex of ['L = -\\sum_{k \\neq c} t_k \\log y_k', 'L = -\\sum_{k \\ne c} t_k \\log y_k', 'L = -\\sum_{k \\not= c} t_k \\log y_k']) {
      const roles = recogniseFormula(tex)?.roles;
      expect(roles?.classIndex, tex).toBe('k');
      // The value left out is not a bound on the index.
      expect(roles?.classBound, tex).toBeUndefined();
    }
  });
});

