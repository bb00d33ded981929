/**
 * Keeps the README true: runs its curl walkthrough, exactly as written,
 * against a real server (only the base URL and token are swapped in).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const run = promisify(execFile);
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ tenant: 'demo', token: 'demo-token' });
});
afterAll(() => server.stop());

function walkthroughScript(): string {
  const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');
  const section = /<!-- walkthrough:start -->([\s\S]*?)<!-- walkthrough:end -->/.exec(readme)?.[1];
  if (!section) throw new Error('README has no walkthrough section');
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.join('\n');
}

it('the README curl walkthrough works as written', async () => {
  const script = walkthroughScript().replaceAll('http://localhost:8080', server.url);
  expect(script).toContain(`${server.url}/scim/v2/demo`);
  const { stdout } = await run('bash', ['-euo', 'pipefail', '-c', script], { timeout: 30_000 });
  const lines = stdout.trim().split('\n');
  expect(lines.at(-2)).toBe('204');
  expect(lines.at(-1)).toBe('204');
  expect(stdout).toMatch(/created user [0-9a-f-]{36}/);
  expect(stdout).toContain('"totalResults":1');
  expect(stdout).toContain('"active":false');
  // Everything it created was cleaned up.
  expect((await scimJson(await server.scim('/Users?count=0'))).totalResults).toBe(0);
  expect((await scimJson(await server.scim('/Groups?count=0'))).totalResults).toBe(0);
});
