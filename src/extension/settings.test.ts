import { describe, expect, it } from 'vitest';
import { MemoryArea } from './memory-area';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_SCHEMA_VERSION,
  badgesShownOn,
  loadSettings,
  migrateSettings,
  saveSettings,
  settingsFromChanges,
} from './settings';

describe('migrateSettings', () => {
  it('gives the defaults for nothing stored, or for something that is not an object', () => {
    for (const stored of [undefined, null, 'e', 3, ['e']]) expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the unversioned v0 shape: numeric base, text decimals, comma-separated sites', () => {
    const v0 = { base: 10, decimals: '4', language: 'ja', badgesOffOn: 'Example.com, docs.example.org  news.site' };
    expect(migrateSettings(v0)).toEqual({
      schemaVersion: SETTINGS_SCHEMA_VERSION,
      base: '10',
      decimals: 4,
      language: 'ja',
      badgesOffOn: ['example.com', 'docs.example.org', 'news.site'],
      verdictsOnEveryLog: false,
    });
  });

  it('keeps the choice of verdicts on every numeric log, and only a real true turns it on', () => {
    expect(migrateSettings({ ...DEFAULT_SETTINGS, verdictsOnEveryLog: true }).verdictsOnEveryLog).toBe(true);
    expect(migrateSettings({ ...DEFAULT_SETTINGS, verdictsOnEveryLog: 'yes' }).verdictsOnEveryLog).toBe(false);
  });

  it("reads v0's 'ln' as the natural base", () => {
    expect(migrateSettings({ base: 'ln' }).base).toBe('e');
    expect(migrateSettings({ base: 2 }).base).toBe('2');
  });

  it('keeps a current object as it is', () => {
    const current = { ...DEFAULT_SETTINGS, base: '2', decimals: 3, language: 'en', badgesOffOn: ['a.example'] };
    expect(migrateSettings(current)).toEqual(current);
  });

  it('replaces broken fields with defaults and clamps decimals', () => {
    const broken = { schemaVersion: 1, base: 'π', decimals: 99, language: 'fr', badgesOffOn: [3, '', 'https://Site.example/page'] };
    expect(migrateSettings(broken)).toEqual({ ...DEFAULT_SETTINGS, decimals: 12, badgesOffOn: ['site.example'] });
    expect(migrateSettings({ schemaVersion: 1, decimals: -2 }).decimals).toBe(0);
    expect(migrateSettings({ schemaVersion: 1, decimals: Number.NaN }).decimals).toBe(6);
  });

  it('keeps what it understands of a newer schema written on another synced machine', () => {
    const newer = { schemaVersion: 7, base: '2', decimals: 2, language: 'ja', badgesOffOn: [], futureField: true };
    expect(migrateSettings(newer)).toEqual({ schemaVersion: SETTINGS_SCHEMA_VERSION, base: '2', decimals: 2, language: 'ja', badgesOffOn: [], verdictsOnEveryLog: false });
  });
});

describe('loadSettings and saveSettings', () => {
  it('loads the defaults from an empty area and from a failing one', async () => {
    expect(await loadSettings(new MemoryArea())).toEqual(DEFAULT_SETTINGS);
    const failing = new MemoryArea();
    failing.failing = true;
    expect(await loadSettings(failing)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates a stored v0 object when it is loaded, and writes the current schema on save', async () => {
    const area = new MemoryArea();
    await area.set({ [SETTINGS_KEY]: { base: 2, decimals: '3' } });
    expect(await loadSettings(area)).toMatchObject({ base: '2', decimals: 3, schemaVersion: SETTINGS_SCHEMA_VERSION });
    await saveSettings(area, { language: 'ja' });
    expect(area.peek(SETTINGS_KEY)).toEqual({ schemaVersion: SETTINGS_SCHEMA_VERSION, base: '2', decimals: 3, language: 'ja', badgesOffOn: [], verdictsOnEveryLog: false });
  });

  it('reports changed settings from a storage change, and ignores other keys', async () => {
    const area = new MemoryArea();
    const seen: unknown[] = [];
    area.listeners.push((changes) => seen.push(settingsFromChanges(changes)));
    await saveSettings(area, { decimals: 2 });
    await area.set({ history: [] });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, decimals: 2 }, undefined]);
  });
});

describe('badgesShownOn', () => {
  it('hides badges on listed hostnames only, whatever their case', () => {
    const settings = migrateSettings({ ...DEFAULT_SETTINGS, badgesOffOn: ['quiet.example'] });
    expect(badgesShownOn(settings, 'Quiet.Example')).toBe(false);
    expect(badgesShownOn(settings, 'loud.example')).toBe(true);
  });
});
