import { defineConfig } from 'vitest/config';
import { sdkSourceAlias } from './sdk-source.ts';

// Browser tests: one real SCIM server and one built console for the run (e2e/global-setup.ts),
// Chromium per file, a fresh tenant per test where the test changes what the server holds.
export default defineConfig({
  resolve: { alias: sdkSourceAlias },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    // One browser at a time keeps the 2-core machine calm and the timings honest.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
