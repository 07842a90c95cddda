import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside the code, and browser tests that drive a
// real Chromium / Firefox against the built extension (run one file at a time:
// the machines have two cores and each browser wants one).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          setupFiles: ['test/unit/fast-check-seed.ts', 'test/unit/messages.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
