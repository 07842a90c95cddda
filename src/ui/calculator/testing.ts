// Shared by the calculator's DOM tests: mounts a calculator into the test document and
// destroys it after each test, so every test starts from an empty page.
import { afterEach } from 'vitest';
import { mountCalculator } from './index';
import type { CalculatorHandle } from './types';

export type MountOptions = Parameters<typeof mountCalculator>[1];

export interface CalculatorMounter {
  mount(options: MountOptions): HTMLElement;
  /** The calculator the current test mounted last. */
  readonly handle: CalculatorHandle;
}

export function calculatorMounter(): CalculatorMounter {
  let current: CalculatorHandle | null = null;
  afterEach(() => {
    current?.destroy();
    current = null;
    document.body.replaceChildren();
  });
  return {
    mount(options) {
      const root = document.createElement('div');
      document.body.append(root);
      current = mountCalculator(root, options);
      return root;
    },
    get handle() {
      if (!current) throw new Error('no calculator is mounted');
      return current;
    },
  };
}
