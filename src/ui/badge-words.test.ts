import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badgeWord, type BadgeWordKey } from './badge-words';
import { t, useMessages, type Lang, type MessageTable } from './i18n';

const KEYS: BadgeWordKey[] = ['badgeName', 'badgeCorrect', 'badgeRounding', 'badgeWrong', 'badgeName_entropy', 'badgeName_kl_divergence', 'badgeName_js_divergence'];

describe('badgeWord', () => {
  it.each(['en', 'ja'] as Lang[])('says in %s what that locale’s messages.json says', (lang) => {
    const table = JSON.parse(readFileSync(new URL(`../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as MessageTable;
    useMessages(lang, table);
    for (const key of KEYS) {
      expect(badgeWord(lang, key)).not.toBe('');
      expect(badgeWord(lang, key)).toBe(t(lang, key));
    }
  });
});
