// Keypress → updated E and re-rendered substituted formula, for bench-page.ts: the
// calculator measures each update as `xent-lens:update` (performance.measure), and a
// keydown listener measures the time to the next animation frame.
import type { Page } from 'playwright-core';

const LAYER = 'xent-lens-layer';

export interface KeypressTiming {
  k: number;
  updates: number;
  updateMedian: number;
  updateMax: number;
  frameMedian: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Opens the popover of the seed's wrong worked example. */
export async function openWrongExample(page: Page): Promise<void> {
  await page.locator(`${LAYER} button.xl-badge[data-verdict="wrong"]`).first().click({ timeout: 30_000 });
  await page.locator(`${LAYER} [role="dialog"] [data-part="value"]`).first().waitFor();
}

/** Fills K classes (uniform y, one-hot t), then types four characters into y₂ and reads the measures. */
export async function keypressTimings(page: Page, k: number): Promise<KeypressTiming> {
  await page.evaluate(
    ([layer, size]) => {
      // No named inner functions here: tsx would wrap them in a helper the page lacks.
      const shadow = document.querySelector(layer)!.shadowRoot!;
      const columns: [string, string][] = [
        ['y', Array.from({ length: size }, () => String(1 / size)).join(', ')],
        ['t', ['1', ...Array.from({ length: size - 1 }, () => '0')].join(', ')],
      ];
      for (const [column, text] of columns) {
        const input = shadow.querySelector<HTMLInputElement>(`[role="dialog"] input[data-column="${column}"]`)!;
        input.value = text;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    },
    [LAYER, k] as const,
  );
  await page.evaluate(
    (layer) => {
      const input = document.querySelector(layer)!.shadowRoot!.querySelectorAll<HTMLInputElement>('[role="dialog"] input[data-column="y"]')[1]!;
      input.focus();
      input.select();
    },
    LAYER,
  );
  await page.evaluate(startFrameTiming, 'keydown');
  for (const key of '0.25') {
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return readTimings(page, k);
}

/**
 * Drags the loss curve's point across the plot in 20 moves (K classes already filled by
 * keypressTimings): each move rescales the other K − 1 predictions, recomputes E and
 * redraws. Reports the calculator's update time and pointermove → next frame.
 */
export async function dragTimings(page: Page, k: number): Promise<KeypressTiming> {
  await keypressTimings(page, k);
  const geometry = await page.evaluate((layer) => {
    const shadow = document.querySelector(layer)!.shadowRoot!;
    const handle = shadow.querySelector<SVGCircleElement>('[data-part="curve-handle"]')!;
    handle.scrollIntoView({ block: 'center' });
    const box = handle.ownerSVGElement!.getBoundingClientRect();
    const point = handle.getBoundingClientRect();
    return { x: point.left + point.width / 2, y: point.top + point.height / 2, left: box.left + box.width * 0.15, right: box.right - box.width * 0.05 };
  }, LAYER);
  await page.evaluate(startFrameTiming, 'pointermove');
  await page.mouse.move(geometry.x, geometry.y);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(geometry.left + ((geometry.right - geometry.left) * i) / 20, geometry.y);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  await page.mouse.up();
  return readTimings(page, k);
}

/**
 * Runs in the page: clears the calculator's update measures and, once per event name,
 * times each such event to the next animation frame into window.benchFrames.
 */
function startFrameTiming(eventName: string): void {
  performance.clearMeasures('xent-lens:update');
  const w = window as unknown as { benchFrames: number[]; benchListening?: string[] };
  w.benchFrames = [];
  w.benchListening ??= [];
  if (w.benchListening.includes(eventName)) return;
  w.benchListening.push(eventName);
  document.addEventListener(
    eventName,
    () => {
      const start = performance.now();
      requestAnimationFrame(() => w.benchFrames.push(performance.now() - start));
    },
    true,
  );
}

async function readTimings(page: Page, k: number): Promise<KeypressTiming> {
  const measured = await page.evaluate(() => ({
    updates: performance.getEntriesByName('xent-lens:update').map((e) => e.duration),
    frames: (window as unknown as { benchFrames: number[] }).benchFrames,
  }));
  return {
    k,
    updates: measured.updates.length,
    updateMedian: median(measured.updates),
    updateMax: Math.max(...measured.updates),
    frameMedian: median(measured.frames),
  };
}
