import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Test projects, chosen by a test file's folder or name so a new file lands in one without
 * editing this config (the convention is in CONTRIBUTING.md). `npm test` runs them all;
 * `npx vitest run --project unit` runs one. Timeouts are per project and sized for a busy
 * 2-core machine: a test waits for a signal, never for time, so a timeout only catches a hang.
 */
const SLOW = [
  'tests/formulas/**/*.test.{ts,tsx}',
  'tests/**/libreoffice/**/*.test.{ts,tsx}',
  'tests/**/faults/**/*.test.{ts,tsx}',
  'tests/**/*.slow.test.{ts,tsx}',
];
const EXTENSION = ['tests/extension/**/*.test.{ts,tsx}'];
const BROWSER = [
  'tests/browser/**/*.test.{ts,tsx}',
  'tests/e2e/**/*.test.{ts,tsx}',
  'tests/**/*.browser.test.{ts,tsx}',
];

export default defineConfig({
  test: {
    // Property tests replay the same cases on every run; FC_SEED=<n> explores others.
    setupFiles: ['tests/support/seedPropertyTests.ts'],
    // expect.poll and vi.waitFor wait for a condition; on a loaded machine it may take a while to come.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: [...SLOW, ...EXTENSION, ...BROWSER],
          testTimeout: 30_000,
        },
      },
      // Formula agreement across engines, LibreOffice, killed processes and injected faults.
      {
        extends: true,
        test: { name: 'slow', include: SLOW, exclude: BROWSER, testTimeout: 300_000, hookTimeout: 300_000 },
      },
      // The extension's unit tests run with WXT's fake browser (in-memory storage, alarms, …).
      {
        extends: true,
        plugins: [WxtVitest()],
        test: { name: 'extension', include: EXTENSION, testTimeout: 30_000 },
      },
      // A real Chromium (and the built extension): one file at a time, after the rest, so the
      // browser never competes with the other projects for the cores.
      {
        extends: true,
        test: {
          name: 'browser',
          include: BROWSER,
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
