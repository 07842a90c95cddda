import { describe, expect, it } from 'vitest';
import { BADGE_LAYER_CSS, CALCULATOR_CSS, POPOVER_CSS } from './styles';

function balanced(css: string): boolean {
  let depth = 0;
  for (const c of css) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('styles', () => {
  it('are well-formed and follow the colour scheme', () => {
    for (const css of [BADGE_LAYER_CSS, POPOVER_CSS, CALCULATOR_CSS]) expect(balanced(css)).toBe(true);
    expect(BADGE_LAYER_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(CALCULATOR_CSS).toContain('@media (prefers-color-scheme: dark)');
  });
  it('reset inherited page styles on the host and take no layout space', () => {
    expect(BADGE_LAYER_CSS).toMatch(/:host \{ all: initial; position: absolute;[^}]*width: 0; height: 0;/);
  });
});
