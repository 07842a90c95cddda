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
