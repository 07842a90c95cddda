import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../extension/settings';
import { browserLang, formatNumber, langOf, loadUiSettings, t, unitName } from './i18n';

describe('formatNumber', () => {
  it('formats at the given places, with a real minus sign', () => {
    expect(formatNumber(1.1086626245216111, 'en')).toBe('1.108663');
    expect(formatNumber(-0.481486, 'ja', 6)).toBe('−0.481486');
    expect(formatNumber(12345.5, 'en', 1)).toBe('12,345.5');
  });
  it('shows infinities as ∞ and never NaN', () => {
    expect(formatNumber(Infinity, 'en')).toBe('∞');
    expect(formatNumber(-Infinity, 'ja')).toBe('−∞');
    expect(formatNumber(NaN, 'en')).not.toMatch(/NaN/);
  });
  it('switches to powers of ten where fixed places would show only zeros', () => {
    expect(formatNumber(1.5e-12, 'en', 6)).toBe('1.50000 × 10^−12');
    expect(formatNumber(0, 'en', 3)).toBe('0.000');
  });
});

describe('language', () => {
  it('follows the browser unless the setting fixes it', () => {
    expect(browserLang(['ja-JP', 'en'])).toBe('ja');
    expect(browserLang(['en-GB', 'ja'])).toBe('en');
    expect(langOf('auto', ['ja'])).toBe('ja');
    expect(langOf('en', ['ja'])).toBe('en');
  });
  it('has every string in both languages', () => {
    expect(t('ja', 'copyResult')).not.toBe(t('en', 'copyResult'));
    expect(unitName('bits', 'ja')).toBe('ビット');
    expect(unitName('hartleys', 'en')).toBe('hartleys');
  });
});

describe('loadUiSettings', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('falls back to the defaults without storage', async () => {
    vi.stubGlobal('chrome', undefined);
    expect(await loadUiSettings()).toEqual(DEFAULT_SETTINGS);
  });
  it('reads the settings key and tolerates a failing storage', async () => {
    vi.stubGlobal('chrome', { storage: { sync: { get: async () => ({ settings: { language: 'ja', decimals: 4 } }) } } });
    expect(await loadUiSettings()).toMatchObject({ language: 'ja', decimals: 4, base: 'e' });
    vi.stubGlobal('chrome', { storage: { sync: { get: async () => Promise.reject(new Error('gone')) } } });
    expect(await loadUiSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
