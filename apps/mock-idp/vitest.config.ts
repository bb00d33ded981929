import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Browser tests need Chromium and a SCIM server: vitest.e2e.config.ts runs them.
    exclude: [...configDefaults.exclude, 'e2e/**'],
  },
});
