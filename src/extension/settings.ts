// The reader's settings, kept in storage.sync under the key `settings`. Other modules
// read them through `loadSettings`, which always answers (defaults when storage is
// empty or unreadable). Stored objects carry a schema version; `migrateSettings`
// brings any older (or hand-edited) shape up to the current one.
import { isLogBase } from '../core/logs';
import type { LogBase } from '../core/types';
import type { KeyValueArea, StorageChange } from './storage-area';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_SCHEMA_VERSION = 1;

export type LanguageSetting = 'auto' | 'en' | 'ja';

export interface Settings {
  schemaVersion: number;
  /** Log base the calculator starts in. */
  base: LogBase;
  /** Decimal places shown for E and friends. */
  decimals: number;
  /** UI language: follow the browser, or a fixed one. */
  language: LanguageSetting;
  /** Hostnames where badges are hidden. */
  badgesOffOn: string[];
  /** Verdicts on every equality of numeric logs (1/log 2 ≈ 1.44), not only cross-entropy-family examples. */
  verdictsOnEveryLog: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  base: 'e',
  decimals: 6,
  language: 'auto',
  badgesOffOn: [],
  verdictsOnEveryLog: false,
};

export const MIN_DECIMALS = 0;
export const MAX_DECIMALS = 12;

type Loose = Record<string, unknown>;

/**
 * One step per schema version: MIGRATIONS[n] turns a version-n object into version n+1.
 * Version 0 is what was stored before the version field existed: no `schemaVersion`,
 * the base as a number or as 'ln', decimals as a string, and the badge-off sites as
 * one comma-separated string, the way a plain form would have saved them.
 */
const MIGRATIONS: Record<number, (old: Loose) => Loose> = {
  0: (old) => ({
    ...old,
    base: old.base === 'ln' ? 'e' : typeof old.base === 'number' ? String(old.base) : old.base,
    decimals: typeof old.decimals === 'string' ? Number(old.decimals) : old.decimals,
    badgesOffOn: typeof old.badgesOffOn === 'string' ? old.badgesOffOn.split(/[\s,]+/) : old.badgesOffOn,
    schemaVersion: 1,
  }),
};

/** Brings whatever is stored to the current schema; unknown or broken fields fall back to defaults. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { ...DEFAULT_SETTINGS, badgesOffOn: [] };
  let current: Loose = { ...(stored as Loose) };
  let version = typeof current.schemaVersion === 'number' && Number.isInteger(current.schemaVersion) ? current.schemaVersion : 0;
  while (version < SETTINGS_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    current = step(current);
    version++;
  }
  // A newer schema (written by a newer version on another synced machine) keeps the
  // fields this version understands; sanitising below drops nothing it can read.
  return sanitiseSettings(current);
}

function sanitiseSettings(raw: Loose): Settings {
  const decimals = typeof raw.decimals === 'number' && Number.isFinite(raw.decimals) ? Math.round(raw.decimals) : DEFAULT_SETTINGS.decimals;
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    base: isLogBase(raw.base) ? raw.base : DEFAULT_SETTINGS.base,
    decimals: Math.min(MAX_DECIMALS, Math.max(MIN_DECIMALS, decimals)),
    language: raw.language === 'en' || raw.language === 'ja' || raw.language === 'auto' ? raw.language : DEFAULT_SETTINGS.language,
    badgesOffOn: Array.isArray(raw.badgesOffOn) ? normaliseHostnames(raw.badgesOffOn) : [],
    verdictsOnEveryLog: raw.verdictsOnEveryLog === true,
  };
}

/** Lower-cased hostnames, without duplicates or blanks; a pasted URL counts as its hostname. */
export function normaliseHostnames(values: readonly unknown[]): string[] {
  const hosts = new Set<string>();
  for (const value of values) {
    if (typeof value !== 'string') continue;
    const host = hostnameOf(value);
    if (host) hosts.add(host);
  }
  return [...hosts];
}

export function hostnameOf(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  if (!trimmed) return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
    return url.hostname || undefined;
  } catch {
    return undefined;
  }
}

export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    return migrateSettings(undefined);
  }
}

/** Merges `patch` into the stored settings and writes them back in the current schema. */
export async function saveSettings(area: KeyValueArea, patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<Settings> {
  const next = migrateSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Settings from a `storage.onChanged` report, or undefined when they did not change. */
export function settingsFromChanges(changes: Record<string, StorageChange>): Settings | undefined {
  const change = changes[SETTINGS_KEY];
  return change ? migrateSettings(change.newValue) : undefined;
}

/** Whether badges show on a page of this hostname. */
export function badgesShownOn(settings: Settings, hostname: string): boolean {
  return !settings.badgesOffOn.includes(hostname.toLowerCase());
}
