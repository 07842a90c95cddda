// The unit tests run in Node, where no browser answers i18n.getMessage: the UI's strings
// come from the same messages.json files the extension ships, read from disk (tests run
// from the project's root; happy-dom's import.meta.url is not a file address).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useMessages, type Lang, type MessageTable } from '../../src/ui/i18n';

export function readMessages(lang: Lang): MessageTable {
  return JSON.parse(readFileSync(join(process.cwd(), 'src/_locales', lang, 'messages.json'), 'utf8')) as MessageTable;
}

for (const lang of ['en', 'ja'] as const) useMessages(lang, readMessages(lang));
