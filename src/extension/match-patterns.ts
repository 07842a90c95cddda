// Host match patterns ("https://example.com/*") in the shapes this extension writes and reads.

/** "example.com", "https://example.com/page" → "https://example.com/*"; undefined for what is not a web origin. */
export function originPatternOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.hostname.includes('*')) return undefined;
  return `${url.protocol}//${url.hostname}/*`;
}

/** Match-pattern test for the shapes this extension uses: scheme://host/* with an optional leading "*." in the host. */
export function matchesPattern(pattern: string, url: string): boolean {
  const match = /^(\*|https?|file):\/\/([^/]*)(\/.*)$/.exec(pattern);
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (!match) return pattern === '<all_urls>' && /^(https?|file):$/.test(target.protocol);
  const [, scheme, host, path] = match as unknown as [string, string, string, string];
  const protocol = target.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : scheme !== protocol) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const suffix = host.slice(2);
      if (target.hostname !== suffix && !target.hostname.endsWith(`.${suffix}`)) return false;
    } else if (target.hostname !== host) return false;
  }
  const pathPattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathPattern.test(target.pathname + target.search);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
