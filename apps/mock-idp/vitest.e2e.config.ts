import { defineConfig } from 'vitest/config';

// Browser tests: a real SCIM server, `vite preview` and Chromium (see e2e/harness.ts).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    // Each file starts its own server, console and browser; one at a time keeps ports and CPU calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
