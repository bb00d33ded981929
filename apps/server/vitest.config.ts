import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each HTTP test file starts its own server on its own SQLite file.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
