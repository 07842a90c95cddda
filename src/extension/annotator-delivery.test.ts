import { afterEach, describe, expect, it } from 'vitest';
import type { RunningAnnotator } from '../annotator';
import { deliverAnnotator, handOverAnnotator, type AnnotatorModule } from './annotator-delivery';

const SLOT = Symbol.for('xent-lens.annotator-module');

function annotatorModule(name: string): AnnotatorModule & { name: string } {
  const running: RunningAnnotator = { rescan: () => undefined, reportNow: () => undefined };
  return { name, startAnnotator: () => running };
}

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SLOT];
});

describe('deliverAnnotator', () => {
  it('takes the module the background ran in the frame, and imports nothing', async () => {
    const injected = annotatorModule('injected');
    let imported = 0;
    const module = await deliverAnnotator(
      async () => {
        handOverAnnotator(injected); // the injected file runs before the background answers
        return undefined;
      },
      async () => {
        imported++;
      },
    );
    expect(module).toBe(injected);
    expect(imported).toBe(0);
  });

  it('imports the file itself when the background ran nothing (a frame it may not script)', async () => {
    const imported = annotatorModule('imported');
    const module = await deliverAnnotator(
      async () => undefined,
      async () => handOverAnnotator(imported),
    );
    expect(module).toBe(imported);
  });

  it('imports the file itself when nobody answers (the background is gone)', async () => {
    const imported = annotatorModule('imported');
    const module = await deliverAnnotator(
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      async () => handOverAnnotator(imported),
    );
    expect(module).toBe(imported);
  });

  it('says so when the file ran but handed nothing over, instead of waiting for ever', async () => {
    await expect(deliverAnnotator(async () => undefined, async () => undefined)).rejects.toThrow(/no module/);
  });

  it('passes an import failure on', async () => {
    await expect(deliverAnnotator(async () => undefined, () => Promise.reject(new Error('blocked')))).rejects.toThrow('blocked');
  });

  it('keeps the first module to arrive: a second copy of the file changes nothing', async () => {
    const first = annotatorModule('first');
    handOverAnnotator(first);
    handOverAnnotator(annotatorModule('second'));
    let asked = 0;
    const module = await deliverAnnotator(
      async () => {
        asked++;
      },
      async () => undefined,
    );
    expect(module).toBe(first);
    expect(asked).toBe(0);
  });
});
