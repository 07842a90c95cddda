import { describe, expect, it } from 'vitest';
import { run } from './classify';
import { memoryIO } from './io';

function parseLines(text: string): unknown[] {
  return text.trim().split('\n').map((line) => JSON.parse(line) as unknown);
}

describe('xent-lens classify', () => {
  it('answers one line per TeX string, in order', async () => {
    const { io, output } = memoryIO([
      JSON.stringify('E = -\\sum_{k} t_k \\log y_k'),
      JSON.stringify({ tex: 'H(p) = -\\sum_x p(x)\\log p(x)' }),
      JSON.stringify('-\\log L=\\sum_{k=1}^{K} t_{k} \\log y_{k}'),
    ]);
    expect(await run([], io)).toBe(0);
    const [first, second, third] = parseLines(output.out) as { kind: string | null; roles: Record<string, string>; diagnostics: { code: string }[] }[];
    expect(first?.kind).toBe('ce_multiclass');
    expect(first?.roles.classIndex).toBe('k');
    // Entropy is a kind of its own beside cross-entropy.
    expect(second).toEqual({ kind: 'entropy', roles: { target: 'p', classIndex: 'x' }, diagnostics: [] });
    expect(third?.kind).toBe('ce_multiclass');
    expect(third?.diagnostics.map((d) => d.code)).toContain('sign_slip');
  });

  it('gives a bad line an error and goes on', async () => {
    const { io, output } = memoryIO(['{not json', '42', JSON.stringify({ text: 'x' }), JSON.stringify('-[t\\log y + (1-t)\\log(1-y)]')]);
    expect(await run([], io)).toBe(0);
    const lines = parseLines(output.out) as Record<string, unknown>[];
    expect(lines.slice(0, 3)).toEqual([{ error: 'invalid_request' }, { error: 'invalid_request' }, { error: 'invalid_request' }]);
    expect(lines[3]?.kind).toBe('ce_binary');
  });

  it('rejects unexpected arguments', async () => {
    const { io, output } = memoryIO([]);
    expect(await run(['--nope'], io)).toBe(2);
    expect(output.err).toMatch(/unexpected argument/);
  });
});
