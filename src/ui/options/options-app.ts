// The options page: default base and decimals, language, sites without badges, and the
// sites annotated automatically (each one an optional host permission the reader grants
// here; the background registers the content scripts for it). Every change saves at once.
import browser from 'webextension-polyfill';
import { LOG_BASES } from '../../core/logs';
import type { LogBase } from '../../core/types';
import { originPatternOf } from '../../extension/match-patterns';
import { hostnameOf, loadSettings, MAX_DECIMALS, MIN_DECIMALS, saveSettings, type LanguageSetting, type Settings } from '../../extension/settings';
import { grantedOptionalOrigins } from '../../extension/site-access';
import { langOf, loadMessages, t, type KeysUnder, type Lang } from '../i18n';
import { h } from '../popup/dom';

const LANGUAGES: LanguageSetting[] = ['auto', 'en', 'ja'];

export async function mountOptions(root: HTMLElement): Promise<void> {
  let settings = await loadSettings(browser.storage.sync);
  const status = h('p', { class: 'status', role: 'status', 'data-part': 'status' });

  async function save(patch: Partial<Omit<Settings, 'schemaVersion'>>): Promise<void> {
    settings = await saveSettings(browser.storage.sync, patch);
    say(t(langOf(settings.language), 'options_saved'));
  }
  function say(text: string): void {
    status.textContent = text;
  }

  async function render(): Promise<void> {
    const lang = langOf(settings.language);
    await loadMessages(lang);
    const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
    document.documentElement.lang = lang;
    document.title = text('title');
    root.replaceChildren(
      h('h1', {}, text('heading')),
      calculatorSection(lang, settings, save),
      languageSection(lang, settings, async (language) => {
        await save({ language });
        await render();
        say(t(langOf(language), 'options_saved'));
      }),
      badgeSection(lang, settings, save, say),
      await sitesSection(lang, say),
      await shortcutsSection(lang),
      status,
    );
  }

  await render();
  // Another window (or a synced machine) changed the settings: show them.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes.settings) return;
    void loadSettings(browser.storage.sync).then((next) => {
      if (JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      void render();
    });
  });
  const refreshSites = () => void render();
  browser.permissions.onAdded.addListener(refreshSites);
  browser.permissions.onRemoved.addListener(refreshSites);
}

type Save = (patch: Partial<Omit<Settings, 'schemaVersion'>>) => Promise<void>;

function calculatorSection(lang: Lang, settings: Settings, save: Save): HTMLElement {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const bases = h('fieldset', { class: 'choices' }, h('legend', {}, text('base')));
  for (const base of LOG_BASES) {
    const radio = h('input', { type: 'radio', name: 'base', id: `base-${base}`, value: base, checked: settings.base === base });
    radio.addEventListener('change', () => void save({ base: radio.value as LogBase }));
    bases.append(h('div', {}, radio, h('label', { for: `base-${base}` }, text(`base_${base}` as KeysUnder<'options'>))));
  }
  const decimals = h('input', {
    type: 'number',
    id: 'decimals',
    min: MIN_DECIMALS,
    max: MAX_DECIMALS,
    step: 1,
    value: settings.decimals,
    'aria-describedby': 'decimals-hint',
  });
  decimals.addEventListener('change', () => {
    const value = decimals.valueAsNumber;
    if (!Number.isFinite(value)) return;
    const clamped = Math.min(MAX_DECIMALS, Math.max(MIN_DECIMALS, Math.round(value)));
    decimals.value = String(clamped);
    void save({ decimals: clamped });
  });
  return h(
    'section',
    { 'aria-labelledby': 'calculator-heading' },
    h('h2', { id: 'calculator-heading' }, text('calculator')),
    bases,
    h('div', { class: 'field' }, h('label', { for: 'decimals' }, text('decimals')), decimals, h('span', { id: 'decimals-hint', class: 'hint' }, text('decimalsHint'))),
  );
}

function languageSection(lang: Lang, settings: Settings, change: (language: LanguageSetting) => Promise<void>): HTMLElement {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const select = h('select', { id: 'language' });
  for (const language of LANGUAGES) select.append(h('option', { value: language, selected: settings.language === language }, text(`language_${language}` as KeysUnder<'options'>)));
  select.addEventListener('change', () => void change(select.value as LanguageSetting).then(() => document.getElementById('language')?.focus()));
  return h(
    'section',
    { 'aria-labelledby': 'language-heading' },
    h('h2', { id: 'language-heading' }, text('language')),
    h('div', { class: 'field' }, h('label', { for: 'language' }, text('languageLabel')), select),
  );
}

function badgeSection(lang: Lang, settings: Settings, save: Save, say: (text: string) => void): HTMLElement {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const list = h('ul', { class: 'sites', 'data-part': 'badge-off-sites' });
  const renderList = (hosts: readonly string[]) => {
    list.replaceChildren(
      ...hosts.map((host) => {
        const remove = h('button', { type: 'button', 'aria-label': `${text('remove')}: ${host}` }, text('remove'));
        remove.addEventListener('click', () => {
          const next = settings.badgesOffOn.filter((candidate) => candidate !== host);
          void save({ badgesOffOn: next }).then(() => {
            settings.badgesOffOn = next;
            renderList(next);
          });
        });
        return h('li', {}, h('span', { class: 'site' }, host), remove);
      }),
    );
    if (hosts.length === 0) list.append(h('li', { class: 'hint' }, text('noBadgeSites')));
  };
  renderList(settings.badgesOffOn);
  const input = h('input', { type: 'text', id: 'badge-host', autocomplete: 'off', spellcheck: 'false', placeholder: 'example.com' });
  const form = h('form', { class: 'add' }, h('label', { for: 'badge-host' }, text('badgesHost')), h('div', { class: 'row' }, input, h('button', { type: 'submit' }, text('hideBadges'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const host = hostnameOf(input.value);
    if (!host || (!host.includes('.') && host !== 'localhost')) {
      say(text('invalidHost'));
      return;
    }
    const next = [...new Set([...settings.badgesOffOn, host])];
    void save({ badgesOffOn: next }).then(() => {
      settings.badgesOffOn = next;
      input.value = '';
      renderList(next);
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'badges-heading' },
    h('h2', { id: 'badges-heading' }, text('badges')),
    h('p', { class: 'hint' }, text('badgesHint')),
    list,
    form,
    everyLogField(lang, settings, save),
  );
}

function everyLogField(lang: Lang, settings: Settings, save: Save): HTMLElement {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const box = h('input', { type: 'checkbox', id: 'every-log', checked: settings.verdictsOnEveryLog, 'aria-describedby': 'every-log-hint' });
  box.addEventListener('change', () => void save({ verdictsOnEveryLog: box.checked }));
  return h('div', { class: 'field' }, box, h('label', { for: 'every-log' }, text('everyLog')), h('span', { id: 'every-log-hint', class: 'hint' }, text('everyLogHint')));
}

async function sitesSection(lang: Lang, say: (text: string) => void): Promise<HTMLElement> {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const builtIn = [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []))];
  const granted = await grantedOptionalOrigins();
  const list = h(
    'ul',
    { class: 'sites', 'data-part': 'automatic-sites' },
    ...builtIn.map((origin) => h('li', {}, h('span', { class: 'site' }, origin), h('span', { class: 'tag' }, text('builtIn')))),
    ...granted.map((origin) => {
      const remove = h('button', { type: 'button', 'aria-label': `${text('remove')}: ${origin}` }, text('remove'));
      remove.addEventListener('click', () => {
        void browser.permissions.remove({ origins: [origin] }).then((removed) => removed && say(text('removed')));
      });
      return h('li', {}, h('span', { class: 'site' }, origin), remove);
    }),
  );
  if (granted.length === 0) list.append(h('li', { class: 'hint' }, text('noSites')));
  const input = h('input', { type: 'text', id: 'site', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://zenn.dev' });
  const form = h('form', { class: 'add' }, h('label', { for: 'site' }, text('siteInput')), h('div', { class: 'row' }, input, h('button', { type: 'submit' }, text('allow'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const pattern = originPatternOf(input.value);
    if (!pattern) {
      say(text('invalidSite'));
      return;
    }
    // Called straight from the reader's action, with nothing awaited first: Firefox
    // grants permission requests only inside the user's gesture.
    void browser.permissions.request({ origins: [pattern] }).then(
      (allowed) => say(text(allowed ? 'allowed' : 'denied')),
      () => say(text('denied')),
    );
  });
  return h(
    'section',
    { 'aria-labelledby': 'sites-heading' },
    h('h2', { id: 'sites-heading' }, text('sites')),
    h('p', { class: 'hint' }, text('sitesHint')),
    list,
    form,
  );
}

async function shortcutsSection(lang: Lang): Promise<HTMLElement> {
  const text = (key: KeysUnder<'options'>) => t(lang, `options_${key}`);
  const commands = await browser.commands.getAll().catch(() => []);
  return h(
    'section',
    { 'aria-labelledby': 'shortcuts-heading' },
    h('h2', { id: 'shortcuts-heading' }, text('shortcuts')),
    h(
      'dl',
      { class: 'shortcuts' },
      ...commands.flatMap((command) => [
        h('dt', {}, command.name === '_execute_action' ? text('openCalculator') : (command.description ?? command.name ?? '')),
        h('dd', {}, h('kbd', {}, command.shortcut || text('shortcutNone'))),
      ]),
    ),
    h('p', { class: 'hint' }, text('shortcutsHint')),
  );
}
