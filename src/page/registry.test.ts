import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registeredSources } from './sources/index';

const pages = new URL('../../test/fixtures/pages/', import.meta.url);

describe('registered math sources', () => {
  it('are all there, each once', () => {
    expect(registeredSources().map((source) => source.name).sort()).toEqual(
      ['github', 'katex', 'mathjax2', 'mathjax3', 'mathjax4', 'mathml', 'raw', 'wikipedia', 'zenn'],
    );
  });

  it.each(registeredSources().map((source) => source.name))('%s has a fixture page and a source file naming where it was checked', (name) => {
    expect(existsSync(new URL(`sources-${name}.html`, pages)), `test/fixtures/pages/sources-${name}.html`).toBe(true);
    const file = readFileSync(new URL(`./sources/${name}.ts`, import.meta.url), 'utf8');
    expect(file).toMatch(/\/\/ Checked on: [^\n]+/);
    expect(file).toContain(`sources-${name}`);
  });
});
