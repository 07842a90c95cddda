// Per-tab formula counts reported by the content script, kept in storage.session so a
// service-worker (or event-page) restart does not lose them, and shown as the toolbar
// badge of that tab. One key per tab, so reports from two tabs never overwrite each other.
// Each frame of a tab (the page, a notebook or embed in an iframe) reports for itself;
// the tab's count is the sum over its frames.
import type { KeyValueArea } from './storage-area';

export interface TabCount {
  count: number;
  wrong: number;
}

const KEY_PREFIX = 'tab:';

export function tabCountKey(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

/** What is stored per tab: the totals, and each frame's own report by frame id. */
interface StoredTabCount extends TabCount {
  frames?: Record<string, TabCount>;
}

/** Writes of one tab's count in turn, so two frames reporting at once do not lose one another. */
const pendingWrites = new Map<string, Promise<unknown>>();

/** Records one frame's report (frame 0 is the page itself) and returns the tab's totals. */
export async function recordTabCount(area: KeyValueArea, tabId: number, report: TabCount, frameId = 0): Promise<TabCount> {
  const key = tabCountKey(tabId);
  const write = (pendingWrites.get(key) ?? Promise.resolve()).catch(() => undefined).then(async () => {
    const clean = { count: nonNegativeInteger(report.count), wrong: nonNegativeInteger(report.wrong) };
    const stored = (await area.get(key))[key] as StoredTabCount | undefined;
    const frames: Record<string, TabCount> = { ...(typeof stored?.frames === 'object' && stored.frames !== null ? stored.frames : {}), [String(frameId)]: clean };
    const total = Object.values(frames).reduce(
      (sum, frame) => ({ count: sum.count + nonNegativeInteger(frame.count), wrong: sum.wrong + nonNegativeInteger(frame.wrong) }),
      { count: 0, wrong: 0 },
    );
    await area.set({ [key]: { ...total, frames } });
    return total;
  });
  pendingWrites.set(key, write);
  try {
    return await write;
  } finally {
    if (pendingWrites.get(key) === write) pendingWrites.delete(key);
  }
}

/** The last report of a tab, or null when its content script has not reported. */
export async function readTabCount(area: KeyValueArea, tabId: number): Promise<TabCount | null> {
  const key = tabCountKey(tabId);
  const stored = (await area.get(key))[key];
  if (typeof stored !== 'object' || stored === null) return null;
  const { count, wrong } = stored as Partial<TabCount>;
  return typeof count === 'number' ? { count: nonNegativeInteger(count), wrong: nonNegativeInteger(wrong ?? 0) } : null;
}

export async function forgetTab(area: KeyValueArea, tabId: number): Promise<void> {
  await area.remove(tabCountKey(tabId));
}

/** Toolbar badge text: nothing for no formulas, the count, "999+" beyond that. */
export function badgeTextFor(count: TabCount | null): string {
  if (!count || count.count === 0) return '';
  return count.count > 999 ? '999+' : String(count.count);
}

/** Red when a worked example on the page is wrong, blue otherwise. */
export function badgeColourFor(count: TabCount | null): string {
  return count && count.wrong > 0 ? '#b3261e' : '#2f5bb7';
}

function nonNegativeInteger(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
