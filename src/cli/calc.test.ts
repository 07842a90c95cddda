import { describe, expect, it } from 'vitest';
import { run } from './calc';
import { memoryIO } from './io';

async function calc(argv: string[], stdin: string[] = []) {
  const { io, output } = memoryIO(stdin);
  const code = await run(argv, io);
  return { code, ...output };
}

describe('xent-lens calc', () => {
  it('prints E, L, log L and the terms readably', async () => {
    const { code, out } = await calc(['--t', '1,0,0', '--y', '0.33,0.32,0.35']);
    expect(code).toBe(0);
    expect(out).toContain('E = 1.108663 nats');
    expect(out).toContain('L = 0.33');
    expect(out).toContain('log L = −1.108663');
    expect(out).toContain('k=0: −1·ln 0.33 = 1.108663');
  });

  it('shows the seed page’s number as the base-10 value', async () => {
    const { out } = await calc(['--t', '1,0,0', '--y', '0.33,0.32,0.35', '--base', '10']);
    expect(out).toContain('E = 0.4814861 hartleys');
  });

  it('prints one JSON object with --json, ∞ as "Infinity"', async () => {
    const { code, out } = await calc(['--t', '1,0', '--y', '0,1', '--json']);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(result.E).toBe('Infinity');
    expect(result.L).toBe(0);
    expect(result.warnings.map((w: { code: string }) => w.code)).toContain('infinite_loss');
  });

  it('takes a class index for t and logits for y', async () => {
    const { code, out } = await calc(['--t', 'class 1', '--y', '1000,0,-1000', '--logits', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).E).toBe(1000);
  });

  it('points at a bad token and exits 1', async () => {
    const { code, err } = await calc(['--t', '1,0', '--y', '0.3, 0.7x']);
    expect(code).toBe(1);
    expect(err).toContain('"0.7x" is not a number');
    expect(err).toContain('       ^^^^');
  });

  it('speaks Japanese with --lang ja', async () => {
    const { out } = await calc(['--t', '1,0', '--y', '0.3,0.3', '--lang', 'ja']);
    expect(out).toContain('合計は0.6');
  });

  it('refuses an unknown base with its code', async () => {
    const { code, out } = await calc(['--t', '1,0', '--y', '0.5,0.5', '--base', '3', '--json']);
    expect(code).toBe(1);
    expect(JSON.parse(out).error).toBe('invalid_base');
  });

  it('exits 2 on usage errors', async () => {
    expect((await calc(['--t', '1,0'])).code).toBe(2);
    expect((await calc(['--bogus'])).code).toBe(2);
  });

  it('answers a JSON Lines stream one line per request, in order, through bad lines', async () => {
    const stdin = [
      '{"op":"ce","inputs":{"t":[1,0],"y":[0.5,0.5]},"params":{"base":2}}',
      'this is not json',
      '',
      '{"op":"ce","inputs":{"t":[1,0],"y":[0,1]},"params":{}}',
      '{"op":"ce_logits_batch","inputs":{"target_indices":[0,1],"Z":[[0,0],[0,0]]},"params":{"reduction":"none"}}',
      '{"op":"ce","inputs":{"t":[],"y":[]},"params":{}}',
      '{"op":"log_likelihood","inputs":{"t":[1],"y":[0]},"params":{}}',
    ];
    const { code, out } = await calc(['--json', '-'], stdin);
    expect(code).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { value: 1 },
      { error: 'invalid_request' },
      { value: 'Infinity' },
      { value: [Math.LN2, Math.LN2] },
      { error: 'empty_input' },
      { value: '-Infinity' },
    ]);
  });

  it('answers entropy, kl and js requests, rows per reduction, with the shared error codes', async () => {
    const stdin = [
      '{"op":"entropy","inputs":{"p":[2,2,4]},"params":{"base":2,"normalize":true}}',
      '{"op":"kl","inputs":{"p":[0.5,0.5],"q":[1,0]},"params":{}}',
      '{"op":"js","inputs":{"P":[[1,0],[0.5,0.5]],"Q":[[0,1],[0.5,0.5]]},"params":{"base":2,"reduction":"none"}}',
      '{"op":"js","inputs":{"P":[[1,0],[0.5,0.5]],"Q":[[0,1],[0.5,0.5]]},"params":{"base":2,"reduction":"sum"}}',
      '{"op":"kl","inputs":{"p":[0.5,0.5],"q":[0.2,0.3,0.5]},"params":{}}',
      '{"op":"entropy","inputs":{"p":[0.5,0.5]},"params":{"base":3}}',
    ];
    const { out } = await calc(['--json', '-'], stdin);
    expect(out.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { value: 1.5 },
      { value: 'Infinity' },
      { value: [1, 0] },
      { value: 1 },
      { error: 'shape_mismatch' },
      { error: 'invalid_base' },
    ]);
  });
});
