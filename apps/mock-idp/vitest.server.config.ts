import { defineConfig } from 'vitest/config';

// The engine against the real SCIM server (test/scim-server-process.ts starts it per file).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // Each file starts its own server; one at a time keeps ports and CPU calm.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
