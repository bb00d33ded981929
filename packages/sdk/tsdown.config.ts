import { defineConfig } from 'tsdown';

/**
 * ESM and one `.d.ts`, for projects outside this workspace: the builders of
 * @scim/schema (a workspace-only package) are bundled in; nothing is external.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  dts: { eager: true },
  clean: true,
  sourcemap: false,
});
