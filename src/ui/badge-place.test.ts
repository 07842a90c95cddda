// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { badgePosition } from './badge-place';

describe('badgePosition', () => {
  it('sits past the formula’s right edge in page coordinates and stays on the page', () => {
    expect(badgePosition(new DOMRect(10, 20, 100, 30), 0, 500, 1000)).toEqual({ left: 114, top: 520 });
    expect(badgePosition(new DOMRect(900, 20, 100, 30), 0, 0, 1000).left).toBe(1000 - 24);
  });

  it('puts a display formula’s badge at the edge of what is seen of it, or under its box when that edge has no room', () => {
    // Scrolled inside a 400-wide column: beside the column edge, not at the formula's far end.
    expect(badgePosition(new DOMRect(100, 20, 900, 40), 0, 0, 1000, { right: 500, bottom: 60 })).toEqual({ left: 504, top: 20 });
    // The column reaches the page edge: under the scroll box, inside the page.
    expect(badgePosition(new DOMRect(0, 20, 900, 40), 0, 10, 400, { right: 400, bottom: 75 })).toEqual({ left: 400 - 24, top: 87 });
  });
});
