import { fileURLToPath } from 'node:url';

/**
 * `@scim/sdk` publishes `dist/`, built by tsdown. Inside the monorepo the console and its tests
 * read the SDK's TypeScript source instead, so `pnpm dev`, `vite build` and the tests work in a
 * fresh clone without building the SDK first. tsconfig.json maps the same path for tsc.
 */
export const sdkSourceAlias = {
  '@scim/sdk': fileURLToPath(new URL('../../packages/sdk/src/index.ts', import.meta.url)),
};
