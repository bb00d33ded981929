/**
 * The committed generated files are exactly what the current server code generates,
 * so the SDK's types and the published document never lag behind the routes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { GENERATE_COMMAND, generatedFiles } from '../scripts/generated-files.ts';

const root = join(import.meta.dirname, '..');

it('the generated files match what the server generates now', async () => {
  const stale: string[] = [];
  for (const [path, content] of Object.entries(await generatedFiles())) {
    let committed: string | undefined;
    try {
      committed = readFileSync(join(root, path), 'utf8');
    } catch {
      committed = undefined;
    }
    if (committed !== content) stale.push(`packages/sdk/${path}`);
  }
  expect(
    stale,
    `Out of date: ${stale.join(', ')}. Run \`${GENERATE_COMMAND}\` and commit the result.`,
  ).toEqual([]);
});
