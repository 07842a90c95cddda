import { describe, expect, it } from 'vitest';
import { matchesPattern, originPatternOf } from './match-patterns';

describe('originPatternOf', () => {
  it('turns what a reader types into an origin pattern', () => {
    expect(originPatternOf('example.com')).toBe('https://example.com/*');
    expect(originPatternOf(' https://Zenn.dev/articles/x?y=1 ')).toBe('https://zenn.dev/*');
    expect(originPatternOf('http://127.0.0.1:8080/page')).toBe('http://127.0.0.1/*');
  });

  it('refuses what is not a web origin', () => {
    for (const text of ['', 'file:///tmp/a.html', 'chrome://settings', 'https://*.example.com', 'not a host']) {
      expect(originPatternOf(text)).toBeUndefined();
    }
  });
});

describe('matchesPattern', () => {
  it('matches scheme, host (ports aside) and path', () => {
    expect(matchesPattern('https://blog.qualiteg.com/*', 'https://blog.qualiteg.com/cross-entropy/')).toBe(true);
    expect(matchesPattern('https://blog.qualiteg.com/*', 'http://blog.qualiteg.com/')).toBe(false);
    expect(matchesPattern('https://blog.qualiteg.com/*', 'https://qualiteg.com/')).toBe(false);
    expect(matchesPattern('http://127.0.0.1/*', 'http://127.0.0.1:4173/qualiteg-04.html')).toBe(true);
    expect(matchesPattern('https://example.com/docs/*', 'https://example.com/blog/')).toBe(false);
  });

  it('handles host and scheme wildcards', () => {
    expect(matchesPattern('https://*.example.com/*', 'https://a.b.example.com/')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(matchesPattern('https://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(matchesPattern('*://*/*', 'http://any.site/')).toBe(true);
    expect(matchesPattern('*://*/*', 'chrome://settings/')).toBe(false);
  });
});
