/**
 * "The engine has no browser-only dependency" and no Node one either: it bundles for the
 * browser with every Node built-in refused.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules);

describe('the engine bundle', () => {
  it('builds for the browser without any Node built-in', async () => {
    const refused: string[] = [];
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'refuse-node-builtins',
          enforce: 'pre',
          resolveId(id) {
            if (id.startsWith('node:') || NODE_BUILTINS.has(id)) refused.push(id);
            return null;
          },
        },
      ],
      build: {
        write: false,
        minify: false,
        lib: { entry: ENTRY, formats: ['es'], fileName: 'engine' },
      },
    })) as Rollup.RollupOutput[];
    expect(refused).toEqual([]);
    const code = output
      .flatMap((result) => result.output)
      .map((chunk) => ('code' in chunk ? chunk.code : ''))
      .join('\n');
    expect(code).toContain('createMockIdp');
    expect(code).not.toMatch(/\bprocess\.env\b/);
  }, 60_000);
});
