// The last calculations, newest first, in storage.local under `history`. Local storage
// survives browser restarts and extension updates; each entry holds the inputs as the
// reader typed them, so restoring one puts the calculator back exactly as it was.
import { isLogBase } from '../core/logs';
import type { LogBase } from '../core/types';
import type { KeyValueArea } from './storage-area';

export const HISTORY_KEY = 'history';
export const HISTORY_LIMIT = 50;
const HISTORY_VERSION = 1;

export interface HistoryEntry {
  /** Unique within the list; also the DOM id suffix of the entry's restore button. */
  id: string;
  /** When it was computed, ms since the epoch. */
  savedAt: number;
  /** Calculator kind (a formula kind, e.g. 'ce_multiclass'). */
  kind: string;
  /** Targets and predictions as typed. */
  t: string;
  y: string;
  base: LogBase;
  /** E as it was shown, e.g. "1.108663" or "∞" (non-finite numbers do not survive storage as numbers). */
  result: string;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'savedAt'>;

interface StoredHistory {
  version: number;
  entries: HistoryEntry[];
}

export async function loadHistory(area: KeyValueArea): Promise<HistoryEntry[]> {
  try {
    const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
    return readStoredHistory(stored);
  } catch {
    return [];
  }
}

/** Whatever is stored, as a clean list: malformed entries are dropped, not fatal. */
export function readStoredHistory(stored: unknown): HistoryEntry[] {
  // An early shape kept the bare array; accept it as well as the versioned envelope.
  const list = Array.isArray(stored) ? stored : isRecord(stored) && Array.isArray(stored.entries) ? stored.entries : [];
  return list.filter(isHistoryEntry).slice(0, HISTORY_LIMIT);
}

/**
 * Puts a calculation at the top. The same inputs computed again move to the top
 * instead of appearing twice; the list keeps the newest HISTORY_LIMIT entries.
 */
export async function addHistoryEntry(area: KeyValueArea, entry: NewHistoryEntry, now = Date.now()): Promise<HistoryEntry[]> {
  const existing = await loadHistory(area);
  const saved: HistoryEntry = { ...entry, id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, savedAt: now };
  const entries = [saved, ...existing.filter((old) => !sameInputs(old, entry))].slice(0, HISTORY_LIMIT);
  await writeHistory(area, entries);
  return entries;
}

export async function removeHistoryEntry(area: KeyValueArea, id: string): Promise<HistoryEntry[]> {
  const entries = (await loadHistory(area)).filter((entry) => entry.id !== id);
  await writeHistory(area, entries);
  return entries;
}

export async function clearHistory(area: KeyValueArea): Promise<void> {
  await area.remove(HISTORY_KEY);
}

export function sameInputs(a: NewHistoryEntry, b: NewHistoryEntry): boolean {
  return a.kind === b.kind && a.base === b.base && a.t.trim() === b.t.trim() && a.y.trim() === b.y.trim();
}

async function writeHistory(area: KeyValueArea, entries: HistoryEntry[]): Promise<void> {
  const stored: StoredHistory = { version: HISTORY_VERSION, entries };
  await area.set({ [HISTORY_KEY]: stored });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.savedAt === 'number' &&
    typeof value.kind === 'string' &&
    typeof value.t === 'string' &&
    typeof value.y === 'string' &&
    isLogBase(value.base) &&
    typeof value.result === 'string'
  );
}
