// The reader's settings, kept in storage.sync. Other modules read them through
// `loadSettings`, which always answers (defaults when storage is empty or unreadable).
import type { LogBase } from '../core/types';

export const SETTINGS_SCHEMA_VERSION = 1;

export interface Settings {
  schemaVersion: number;
  /** Log base the calculator starts in. */
  base: LogBase;
  /** Decimal places shown for E and friends. */
  decimals: number;
  /** UI language: follow the browser, or a fixed one. */
  language: 'auto' | 'en' | 'ja';
  /** Hostnames where badges are hidden. */
  badgesOffOn: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  schemaVersion: SETTINGS_SCHEMA_VERSION,
  base: 'e',
  decimals: 6,
  language: 'auto',
  badgesOffOn: [],
};
