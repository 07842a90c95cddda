// @ts-check
// Where the browsers are. Tests and the demo use the system's browsers (Debian's
// chromium and firefox-esr); nothing here downloads one.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_CHROMIUM = 'Install one with:  sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH)';
export const INSTALL_FIREFOX = 'Install one with:  sudo apt-get update && sudo apt-get install -y firefox-esr   (or set FIREFOX_PATH)';

/** @returns {string} the path of a Chromium executable; throws with install advice when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', ...playwrightCache()];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`No Chromium found (looked at CHROME_PATH, /usr/bin/chromium and Playwright's cache).\n${INSTALL_CHROMIUM}`);
  return found;
}

/** @returns {string} the path of a Firefox executable; throws with install advice when there is none. */
export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`No Firefox found (looked at FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox).\n${INSTALL_FIREFOX}`);
  return found;
}

function playwrightCache() {
  const cache = join(homedir(), '.cache/ms-playwright');
  if (!existsSync(cache)) return [];
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium'))
    .map((name) => join(cache, name, 'chrome-linux/chrome'));
}
