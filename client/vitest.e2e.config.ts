import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built application in Debian's Chromium (playwright-core). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The client build and the seeded template database, made once per run (e2e/global-setup.ts).
    globalSetup: ['e2e/global-setup.ts'],
  },
});
