// Firefox preferences for the browser tests: nothing leaves 127.0.0.1, nothing
// updates or reports, and the extension gets the fixed moz-extension://<uuid>.
// puppeteer adds its own automation prefs (profile creation) under these.

/** Anything a pref would send to the network goes here: a closed local port. */
const NOWHERE = 'http://127.0.0.1:9/';

export interface FirefoxPrefOptions {
  uuid: string;
  extensionId: string;
  locale?: string;
  colorScheme?: 'light' | 'dark';
}

export function firefoxPrefs({ uuid, extensionId, locale = 'en-US', colorScheme = 'light' }: FirefoxPrefOptions): Record<string, unknown> {
  return {
    ...OFFLINE_PREFS,
    ...EXTENSION_PREFS,
    // Firefox gives an add-on this internal uuid when it is installed.
    'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
    'intl.locale.requested': locale,
    'intl.accept_languages': locale === 'ja' ? 'ja,en-US,en' : `${locale},en`,
    // 0 = dark, 1 = light for web content; the UI follows ui.systemUsesDarkTheme.
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
  };
}

/** Keep the extension as a reader's Firefox runs it, and observable by the harness. */
const EXTENSION_PREFS: Record<string, unknown> = {
  // A temporary add-on is removed when Firefox quits; keep its storage and uuid for
  // the next start with the same profile (restart tests).
  'extensions.webextensions.keepStorageOnUninstall': true,
  'extensions.webextensions.keepUuidOnUninstall': true,
  // No install or permission door-hangers in a headless run.
  'extensions.install.requireBuiltInCerts': false,
  'xpinstall.signatures.required': false,
  'extensions.postDownloadThirdPartyPrompt': false,
  // Print uncaught errors (stderr) and let the harness print the extension's console errors.
  'browser.dom.window.dump.enabled': true,
  'devtools.console.stdout.content': false,
  'devtools.console.stdout.chrome': false,
};

/** Every service that would call out on its own, switched off or pointed at NOWHERE. */
const OFFLINE_PREFS: Record<string, unknown> = {
  // Everything not on 127.0.0.1/localhost goes to a proxy that is not there, so a
  // forgotten service fails fast instead of reaching the network (no DNS either).
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '127.0.0.1,localhost',
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.socks_remote_dns': true,
  'network.trr.mode': 5,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.sntp.pools': '127.0.0.1',
  // Updates of the app, add-ons, system add-ons, search, plugins, user agents.
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': NOWHERE,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.webservice.discoverURL': NOWHERE,
  'browser.search.update': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-manager.url': NOWHERE,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // Remote settings, experiments, studies, messaging.
  'services.settings.server': NOWHERE,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'messaging-system.rsexperimentloader.enabled': false,
  'nimbus.rollouts.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'security.remote_settings.crlite_filters.enabled': false,
  'security.remote_settings.intermediates.enabled': false,
  'security.OCSP.enabled': 0,
  'security.certerrors.mitm.priming.enabled': false,
  // Telemetry and health reports.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': NOWHERE,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  // Safe browsing lists and lookups.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  // New tab, suggestions, sponsored content, translations, local AI models, backups.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.topsites': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.quicksuggest.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'browser.backup.enabled': false,
  'browser.backup.scheduled.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'browser.discovery.enabled': false,
  'geo.provider.network.url': '',
  'geo.enabled': false,
  'identity.fxaccounts.enabled': false,
  'signon.management.page.breach-alerts.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionPolicyBypassNotification': true,
};
