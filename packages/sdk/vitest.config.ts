import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The tests start real servers; the packaging test builds, packs and installs the SDK.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
