import { describe, expect, it } from 'vitest';
import type { FormulaAnalysis } from '../tex/types';
import { createAnalysisClient, type SendToBackground } from './analysis-client';
import { analysisKey } from './analysis-key';
import { encodeAnalyses } from './analysis-wire';
import type { ExtensionMessage } from './messages';

const plain = (tex: string): FormulaAnalysis => ({ tex, recognition: null, example: null });

/** A background that answers every batch (after `failures` failed attempts) and records what it was sent. */
function background(failures = 0): { batches: string[][]; send: SendToBackground } {
  const batches: string[][] = [];
  let failed = 0;
  return {
    batches,
    send: async (message: ExtensionMessage) => {
      if (message.type !== 'analyse-formulas') throw new Error('unexpected message');
      if (failed++ < failures) throw new Error('Could not establish connection. Receiving end does not exist.');
      batches.push(message.texts);
      return { version: 'v1', analyses: encodeAnalyses(message.texts.map(plain)) };
    },
  };
}

describe('createAnalysisClient', () => {
  it("keeps the reader's settings the latest reply carried, brought to the current schema", async () => {
    const { send } = background();
    const client = createAnalysisClient({ send });
    expect(client.readerSettings()).toBeNull();
    await client.analyse(['a']);
    expect(client.readerSettings()).toBeNull();
    const withSettings: SendToBackground = async (message) => ({ ...((await send(message)) as object), settings: { language: 'ja', decimals: '3' } });
    const told = createAnalysisClient({ send: withSettings });
    await told.analyse(['b']);
    expect(told.readerSettings()).toMatchObject({ language: 'ja', decimals: 3, base: 'e', badgesOffOn: [] });
  });

  it('sends everything asked for in one task as one message, each text once', async () => {
    const { batches, send } = background();
    const client = createAnalysisClient({ send });
    const [one, two] = await Promise.all([client.analyse(['a', 'b', 'a']), client.analyse(['b', 'c'])]);
    expect(batches).toEqual([['a', 'b', 'c']]);
    expect([...one.keys()]).toEqual(['a', 'b']);
    expect(two.get('c')).toEqual(plain('c'));
  });

  it('asks what came in while a message was out in the next one, and repeats in none', async () => {
    const { batches, send } = background();
    const client = createAnalysisClient({ send });
    const first = client.analyse(['a']);
    await Promise.resolve();
    await Promise.resolve();
    const second = client.analyse(['a', 'b']);
    await Promise.all([first, second]);
    await client.analyse(['a', 'b']);
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('asks again while the background restarts, and loses no formula', async () => {
    const { batches, send } = background(3);
    const client = createAnalysisClient({ send, retryDelaysMs: [1, 1, 1, 1] });
    const answers = await client.analyse(['a', 'b']);
    expect(answers.get('a')).toEqual(plain('a'));
    expect(batches).toEqual([['a', 'b']]);
  });

  it('gives up with nulls when nobody answers, and asks again for them later', async () => {
    const { batches, send } = background(3);
    const client = createAnalysisClient({ send, retryDelaysMs: [1] });
    expect((await client.analyse(['a'])).get('a')).toBeNull();
    expect((await client.analyse(['a'])).get('a')).toEqual(plain('a'));
    expect(batches).toEqual([['a']]);
  });

  it('stops at once when the extension context is gone', async () => {
    let calls = 0;
    const client = createAnalysisClient({
      send: async () => {
        calls++;
        throw new Error('Extension context invalidated.');
      },
      retryDelaysMs: [1, 1, 1],
    });
    expect((await client.analyse(['a'])).get('a')).toBeNull();
    expect(calls).toBe(1);
  });

  it('sends the contexts of a batch beside its texts, and keeps answers apart by context', async () => {
    const sent: ExtensionMessage[] = [];
    const client = createAnalysisClient({
      send: async (message) => {
        sent.push(message);
        if (message.type !== 'analyse-formulas') throw new Error('unexpected message');
        return { version: 'v1', analyses: encodeAnalyses(message.texts.map(plain)) };
      },
    });
    const bits = { baseHint: { base: '2' as const, source: 'page' as const, evidence: 'in bits' } };
    const answers = await client.analyse([{ tex: 'a' }, { tex: 'a', context: bits }]);
    expect(sent).toEqual([{ type: 'analyse-formulas', texts: ['a', 'a'], contexts: [null, bits] }]);
    expect([...answers.keys()]).toEqual([analysisKey('a', null), analysisKey('a', bits)]);
    await client.analyse(['a']);
    expect(sent).toHaveLength(1);
  });
});
