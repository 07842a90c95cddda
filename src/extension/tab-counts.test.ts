import { describe, expect, it } from 'vitest';
import { MemoryArea } from './memory-area';
import { badgeColourFor, badgeTextFor, forgetTab, readTabCount, recordTabCount } from './tab-counts';

describe('tab counts', () => {
  it('keeps each tab apart and forgets a tab on request', async () => {
    const area = new MemoryArea();
    await recordTabCount(area, 1, { count: 4, wrong: 1 });
    await recordTabCount(area, 2, { count: 7, wrong: 0 });
    expect(await readTabCount(area, 1)).toEqual({ count: 4, wrong: 1 });
    await forgetTab(area, 1);
    expect(await readTabCount(area, 1)).toBeNull();
    expect(await readTabCount(area, 2)).toEqual({ count: 7, wrong: 0 });
  });

  it('adds up the frames of a tab, each frame’s latest report replacing its last', async () => {
    const area = new MemoryArea();
    await Promise.all([
      recordTabCount(area, 5, { count: 2, wrong: 0 }, 0),
      recordTabCount(area, 5, { count: 3, wrong: 1 }, 7),
      recordTabCount(area, 5, { count: 1, wrong: 0 }, 9),
    ]);
    expect(await readTabCount(area, 5)).toEqual({ count: 6, wrong: 1 });
    expect(await recordTabCount(area, 5, { count: 0, wrong: 0 }, 7)).toEqual({ count: 3, wrong: 0 });
    expect(await readTabCount(area, 5)).toEqual({ count: 3, wrong: 0 });
  });

  it('cleans reports that are not counts', async () => {
    const area = new MemoryArea();
    expect(await recordTabCount(area, 3, { count: -2, wrong: Number.NaN })).toEqual({ count: 0, wrong: 0 });
    expect(await recordTabCount(area, 3, { count: 2.7, wrong: 1 })).toEqual({ count: 2, wrong: 1 });
  });

  it('shows the count as badge text, red when an example is wrong', () => {
    expect(badgeTextFor(null)).toBe('');
    expect(badgeTextFor({ count: 0, wrong: 0 })).toBe('');
    expect(badgeTextFor({ count: 12, wrong: 0 })).toBe('12');
    expect(badgeTextFor({ count: 1200, wrong: 0 })).toBe('999+');
    expect(badgeColourFor({ count: 3, wrong: 1 })).not.toBe(badgeColourFor({ count: 3, wrong: 0 }));
  });
});
