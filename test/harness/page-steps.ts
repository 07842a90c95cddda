// Steps many browser tests take on a fixture page: wait for the marks it expects, and put
// the caret into one of the open popover's inputs.
import type { TestPage } from './browser';

/** The element the extension draws its badges and popover in (an open shadow root). */
export const LAYER = 'xent-lens-layer';

/** Waits until every element with a non-empty `data-expect` holds a mark. */
export async function expectedFormulasMarked(page: TestPage, timeoutMs = 20_000): Promise<void> {
  await page.waitFor(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-expect]')]
        .filter((container) => container.dataset.expect)
        .every((container) => container.querySelector('[data-xent-lens-kind]')),
    undefined,
    timeoutMs,
  );
}

/** Focuses and selects an input of the open popover, so what is typed next replaces its value. */
export async function selectPopoverInput(page: TestPage, column: 't' | 'y' = 'y', row = 0): Promise<void> {
  await page.evaluate(
    ([layer, col, r]) => {
      const input = document.querySelector(layer)!.shadowRoot!.querySelectorAll<HTMLInputElement>(`[role="dialog"] input[data-column="${col}"]`)[r]!;
      input.focus();
      input.select();
    },
    [LAYER, column, row] as const,
  );
}
