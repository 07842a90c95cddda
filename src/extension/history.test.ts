import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, HISTORY_LIMIT, addHistoryEntry, clearHistory, loadHistory, readStoredHistory, removeHistoryEntry, type NewHistoryEntry } from './history';
import { MemoryArea } from './memory-area';

const seed: NewHistoryEntry = { kind: 'ce_multiclass', t: '1, 0, 0', y: '0.33, 0.32, 0.35', base: 'e', result: '1.108663' };

describe('history', () => {
  it('puts new calculations first and keeps them across loads', async () => {
    const area = new MemoryArea();
    await addHistoryEntry(area, seed, 1000);
    await addHistoryEntry(area, { ...seed, base: '2', result: '1.599462' }, 2000);
    const entries = await loadHistory(area);
    expect(entries.map((entry) => [entry.base, entry.savedAt])).toEqual([
      ['2', 2000],
      ['e', 1000],
    ]);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(2);
  });

  it('moves the same inputs to the top instead of listing them twice', async () => {
    const area = new MemoryArea();
    await addHistoryEntry(area, seed, 1);
    await addHistoryEntry(area, { ...seed, y: '0.5, 0.5' }, 2);
    await addHistoryEntry(area, { ...seed, t: ' 1, 0, 0 ' }, 3);
    const entries = await loadHistory(area);
    expect(entries.map((entry) => entry.savedAt)).toEqual([3, 2]);
  });

  it(`keeps only the newest ${HISTORY_LIMIT}`, async () => {
    const area = new MemoryArea();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) await addHistoryEntry(area, { ...seed, y: `${i}` }, i);
    const entries = await loadHistory(area);
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]!.y).toBe(`${HISTORY_LIMIT + 4}`);
    expect(entries.at(-1)!.y).toBe('5');
  });

  it('removes one entry, and clears them all', async () => {
    const area = new MemoryArea();
    await addHistoryEntry(area, seed, 1);
    const [newest] = await addHistoryEntry(area, { ...seed, kind: 'ce_binary' }, 2);
    expect((await removeHistoryEntry(area, newest!.id)).map((entry) => entry.kind)).toEqual(['ce_multiclass']);
    await clearHistory(area);
    expect(await loadHistory(area)).toEqual([]);
    expect(area.peek(HISTORY_KEY)).toBeUndefined();
  });

  it('drops malformed entries and reads the bare-array shape', () => {
    const good = { ...seed, id: 'a', savedAt: 5 };
    expect(readStoredHistory([good, { ...good, base: 'π' }, null, 'x'])).toEqual([good]);
    expect(readStoredHistory({ version: 1, entries: [good] })).toEqual([good]);
    expect(readStoredHistory('garbage')).toEqual([]);
  });

  it('answers an empty list when storage fails', async () => {
    const area = new MemoryArea();
    area.failing = true;
    expect(await loadHistory(area)).toEqual([]);
  });
});
