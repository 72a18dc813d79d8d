import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/extension/**', '**/node_modules/**'],
        },
      },
      // The extension's unit tests run with WXT's fake browser (in-memory storage, alarms, …).
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/extension/**/*.test.ts', 'tests/extension/**/*.test.tsx'],
        },
      },
    ],
  },
});
