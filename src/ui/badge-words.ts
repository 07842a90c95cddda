// What a badge says (its accessible name and tooltip), in both languages, taken from the
// locales' messages.json when the extension is built: only these seven strings are
// bundled. The browser's i18n API would answer as well, but its first call from a page's
// content script fetches the extension's whole message bundle over a synchronous IPC,
// which cost the page's thread 1–3 ms on the 1,000-formula page before any badge showed.
// The popover, opened by a click, reads its words through ./i18n as everything else does.
import {
  badgeCorrect as enCorrect,
  badgeName as enName,
  badgeName_entropy as enEntropy,
  badgeName_js_divergence as enJs,
  badgeName_kl_divergence as enKl,
  badgeRounding as enRounding,
  badgeWrong as enWrong,
} from '../_locales/en/messages.json';
import {
  badgeCorrect as jaCorrect,
  badgeName as jaName,
  badgeName_entropy as jaEntropy,
  badgeName_js_divergence as jaJs,
  badgeName_kl_divergence as jaKl,
  badgeRounding as jaRounding,
  badgeWrong as jaWrong,
} from '../_locales/ja/messages.json';
import type { Lang, MessageKey } from './i18n';

export type BadgeWordKey = Extract<
  MessageKey,
  'badgeName' | 'badgeCorrect' | 'badgeRounding' | 'badgeWrong' | 'badgeName_entropy' | 'badgeName_kl_divergence' | 'badgeName_js_divergence'
>;

const WORDS: Record<Lang, Record<BadgeWordKey, { message: string }>> = {
  en: {
    badgeName: enName,
    badgeCorrect: enCorrect,
    badgeRounding: enRounding,
    badgeWrong: enWrong,
    badgeName_entropy: enEntropy,
    badgeName_kl_divergence: enKl,
    badgeName_js_divergence: enJs,
  },
  ja: {
    badgeName: jaName,
    badgeCorrect: jaCorrect,
    badgeRounding: jaRounding,
    badgeWrong: jaWrong,
    badgeName_entropy: jaEntropy,
    badgeName_kl_divergence: jaKl,
    badgeName_js_divergence: jaJs,
  },
};

/** A badge's words in `lang` (none of them has placeholders). */
export function badgeWord(lang: Lang, key: BadgeWordKey): string {
  return WORDS[lang][key].message;
}
