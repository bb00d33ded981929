/**
 * The SDK as another project gets it: packed with pnpm, installed from the tarball
 * into a new project outside the workspace, the README's example typechecked there
 * (strict, NodeNext, library types checked too) and run against a real server.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { scimJson, startTestServer, type TestServer } from '@scim/server/test/test-server.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';

const exec = promisify(execFile);
const SDK_DIR = join(import.meta.dirname, '..');
const ROOT_README = join(SDK_DIR, '../../README.md');
const SDK_README = join(SDK_DIR, 'README.md');
const TSC = join(
  dirname(createRequire(import.meta.url).resolve('typescript/package.json')),
  'bin/tsc',
);

let server: TestServer;
let work: string;

beforeAll(async () => {
  // The tenant, token and workspaces of `pnpm dev`, which the example is written for.
  server = await startTestServer({
    tenant: 'demo',
    token: 'demo-token',
    env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod,dev' },
  });
  work = mkdtempSync(join(tmpdir(), 'scim-sdk-consumer-'));
});
afterAll(async () => {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
});

function exampleOf(readme: string): string {
  const text = readFileSync(readme, 'utf8');
  const code = /<!-- sdk-example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- sdk-example:end -->/.exec(
    text,
  )?.[1];
  if (!code) throw new Error(`${readme} has no sdk-example section`);
  return code;
}

/** What the README says the example prints. */
function printedOutput(): string {
  const text = readFileSync(ROOT_README, 'utf8');
  const printed = /<!-- sdk-example-output:start -->\s*```text\n([\s\S]*?)```/.exec(text)?.[1];
  if (!printed) throw new Error('README has no sdk-example-output section');
  return printed.trim();
}

async function run(command: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await exec(command, args, {
      cwd,
      timeout: 90_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

it('the package README shows the same example as the README', () => {
  expect(exampleOf(SDK_README)).toBe(exampleOf(ROOT_README));
});

it('installs from the packed tarball, typechecks and runs the README example against a live server', async () => {
  await run('npx', ['-y', 'pnpm@10.34.9', 'pack', '--pack-destination', work], SDK_DIR);
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball to ${work}`);

  const project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noUncheckedIndexedAccess: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
        skipLibCheck: false,
        outDir: 'dist',
      },
      include: ['example.ts'],
    }),
  );
  writeFileSync(
    join(project, 'example.ts'),
    exampleOf(ROOT_README).replaceAll('http://localhost:8080', server.url),
  );
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(work, tarball)],
    project,
  );
  const installed = JSON.parse(
    readFileSync(join(project, 'node_modules/@scim/sdk/package.json'), 'utf8'),
  );
  expect(installed.exports['.']).toEqual({ types: './dist/index.d.ts', import: './dist/index.js' });

  await run(process.execPath, [TSC, '-p', project], project);
  const output = await run(process.execPath, ['dist/example.js'], project);

  expect(output.trim()).toBe(printedOutput());
  // The example cleaned up after itself.
  const users = await scimJson(await server.scim('/Users?count=0'));
  expect(users.totalResults).toBe(0);
}, 120_000);
