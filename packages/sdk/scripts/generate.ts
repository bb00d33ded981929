/** `pnpm --filter @scim/sdk generate`: writes the generated files of the SDK from the server's code. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generatedFiles } from './generated-files.ts';

const root = join(import.meta.dirname, '..');
for (const [path, content] of Object.entries(await generatedFiles())) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
  console.log(`wrote packages/sdk/${path}`);
}
