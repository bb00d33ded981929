/**
 * Keeps the README's operator walkthrough true: runs it, exactly as
 * written, against a real server. Only the server URL is swapped in, and
 * `pnpm scim` runs the CLI directly (as the root script does).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

const run = promisify(execFile);
const CLI = resolve(import.meta.dirname, '../src/cli/main.ts');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ tenant: 'demo', env: { SCIM_ADMIN_TOKEN: 'demo-admin-token' } });
});
afterAll(() => server.stop());

function operatorScript(): string {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = /<!-- operator:start -->([\s\S]*?)<!-- operator:end -->/.exec(readme)?.[1];
  if (!section) throw new Error('README has no operator walkthrough');
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
}

it('the README operator walkthrough works as written', async () => {
  const shim = `pnpm() { [ "$1" = -s ] && shift; [ "$1" = scim ] && shift; node --import tsx '${CLI}' "$@"; }`;
  const script = `${shim}\n${operatorScript().replaceAll('http://localhost:8080', server.url)}`;
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], {
    timeout: 60_000,
    cwd: resolve(import.meta.dirname, '..'),
  });
  expect(stdout).toContain('created tenant globex (Globex Corp)');
  expect(stdout).toMatch(/POST\s+\/scim\/v2\/globex\/Users\s+201/);
  expect(stdout).toMatch(/user\.locked\s+User\//);
  expect(stdout).toMatch(/wile@globex\.example\s+deactivated\s+\S+\s+in force/);
  expect(stdout).toMatch(/refused: locked \(deactivated since /);
  expect(stdout).toContain('deleted tenant globex');
  const listed = await server.admin('/tenants', { token: 'demo-admin-token' });
  const tenants = (await listed.json()) as { id: string }[];
  expect(tenants.map((t) => t.id)).not.toContain('globex');
}, 90_000);
