import { describe, expect, it } from 'vitest';
import { readMessages } from '../../test/unit/messages';
import { fillMessage, type MessageTable } from './i18n';

const en = readMessages('en');
const ja = readMessages('ja');

/** The placeholders a message uses: its $NAME$s (lower case) and its direct $1…$9. */
function placeholdersOf(entry: MessageTable[string]): string[] {
  const named = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase());
  const direct = [...entry.message.replace(/\$[A-Za-z0-9_@]+\$/g, '').matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`);
  return [...new Set([...named, ...direct])].sort();
}

describe('messages.json', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty message and only names the browser accepts', () => {
    for (const table of [en, ja]) {
      for (const [key, entry] of Object.entries(table)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(entry.message.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same placeholders, each declared and standing for a substitution, in both languages', () => {
    for (const key of Object.keys(en)) {
      const a = en[key]!;
      const b = ja[key]!;
      expect(placeholdersOf(b), key).toEqual(placeholdersOf(a));
      for (const entry of [a, b]) {
        const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
        const used = placeholdersOf(entry).filter((name) => !name.startsWith('$'));
        expect(used, key).toEqual(declared);
        for (const p of Object.values(entry.placeholders ?? {})) expect(p.content, key).toMatch(/^\$[1-9]$/);
        expect(Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content])), key).toEqual(
          Object.fromEntries(Object.entries(a.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content])),
        );
      }
    }
  });

  it('says most things differently in Japanese', () => {
    const same = Object.keys(en).filter((key) => en[key]!.message === ja[key]!.message);
    // Product names and symbols stay as they are; words do not.
    expect(same.length).toBeLessThan(Object.keys(en).length / 10);
  });
});

describe('fillMessage', () => {
  it('fills named placeholders and $1…$9 as the browser does', () => {
    const entry = { message: '$COUNT$ found, $wrong$ wrong, $1 again, $$5', placeholders: { count: { content: '$1' }, WRONG: { content: '$2' } } };
    expect(fillMessage(entry, ['3', '1'])).toBe('3 found, 1 wrong, 3 again, $5');
    expect(fillMessage(undefined, [])).toBe('');
  });
});
