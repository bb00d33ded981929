/**
 * `pnpm scim`, run as a child process against a real server, the way an
 * operator runs it.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.ts';
import { parseExpiry } from './commands.ts';

const ADMIN = 'admin-token-0123456789abcdef';
const DAY_MS = 86_400_000;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_ADMIN_TOKEN: ADMIN } });
});
afterAll(() => server.stop());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function scim(args: string[], env: Record<string, string> = {}, input?: string): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      {
        cwd: resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env,
          SCIM_SERVER_URL: server.url,
          SCIM_ADMIN_TOKEN: ADMIN,
          ...env,
        },
        timeout: 15_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? '');
  });
}

const listUsers = (tenant: string, token: string) =>
  fetch(`${server.url}/scim/v2/${tenant}/Users`, {
    headers: { authorization: `Bearer ${token}` },
  });

describe('pnpm scim', () => {
  it('creates and lists tenants', async () => {
    const created = await scim(['tenants', 'create', 'globex', '--name', 'Globex Corp']);
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('created tenant globex (Globex Corp)');

    const list = await scim(['tenants', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^globex\s+Globex Corp\s/m);
    expect(list.stdout).toMatch(/^acme\s/m);

    const json = await scim(['tenants', 'list', '--json']);
    expect((JSON.parse(json.stdout) as { id: string }[]).map((t) => t.id).sort()).toEqual([
      'acme',
      'globex',
    ]);
  });

  it('issues a working token with an expiry, then revokes it', async () => {
    const before = Date.now();
    const run = await scim(['tokens', 'create', '--tenant', 'acme', '--label', 'okta']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('not shown again');
    const token = /^token:\s+(\S+)$/m.exec(run.stdout)?.[1] ?? '';
    const id = /^id:\s+(\S+)$/m.exec(run.stdout)?.[1] ?? '';
    expect((await listUsers('acme', token)).status).toBe(200);

    const threeMonths = await scim(['tokens', 'create', '--tenant', 'acme', '--expires', '3m']);
    expect(threeMonths.code).toBe(0);
    const expires = Date.parse(/^expires:\s+(\S+)$/m.exec(threeMonths.stdout)?.[1] ?? '');
    expect(expires - before).toBeGreaterThan(90 * DAY_MS - 60_000);
    expect(expires - before).toBeLessThan(90 * DAY_MS + 60_000);

    const listed = await scim(['tokens', 'list', '--tenant', 'acme', '--json']);
    expect(JSON.parse(listed.stdout)).toContainEqual(
      expect.objectContaining({ id, label: 'okta', revokedAt: null }),
    );

    const revoked = await scim(['tokens', 'revoke', '--tenant', 'acme', id]);
    expect(revoked.code).toBe(0);
    expect((await listUsers('acme', token)).status).toBe(401);
  });

  it('regenerates a token', async () => {
    const created = await scim(['tokens', 'create', '--tenant', 'acme', '--json']);
    const old = JSON.parse(created.stdout) as { id: string; token: string };
    const run = await scim(['tokens', 'regenerate', '--tenant', 'acme', old.id, '--json']);
    expect(run.code).toBe(0);
    const fresh = JSON.parse(run.stdout) as { token: string };
    expect((await listUsers('acme', old.token)).status).toBe(401);
    expect((await listUsers('acme', fresh.token)).status).toBe(200);
  });

  it('creates a Basic credential with the password from the environment', async () => {
    const run = await scim(['basic', 'create', '--tenant', 'acme', '--username', 'alation'], {
      SCIM_BASIC_PASSWORD: 'a-long-password-0123!',
    });
    expect(run.code).toBe(0);
    const basic = Buffer.from('alation:a-long-password-0123!').toString('base64');
    const res = await fetch(`${server.url}/scim/v2/acme/Users`, {
      headers: { authorization: `Basic ${basic}` },
    });
    expect(res.status).toBe(200);
  });

  it('reads the Basic password from stdin, and reports a weak one', async () => {
    const args = ['basic', 'create', '--tenant', 'acme', '--username', 'informatica'];
    expect((await scim(args, {}, 'another-long-password-42!\n')).code).toBe(0);
    const weak = await scim(['basic', 'create', '--tenant', 'acme', '--username', 'x'], {}, 'pw\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toContain('Weak password');
  });

  it('turns SCIM off and on again with settings set', async () => {
    const off = await scim(['settings', 'set', '--tenant', 'acme', '--scim-enabled', 'false']);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/scim-enabled:\s+false/);
    expect((await server.scim('/Users')).status).toBe(403);

    const on = await scim(['settings', 'set', '--tenant', 'acme', '--scim-enabled', 'true']);
    expect(on.code).toBe(0);
    expect((await server.scim('/Users')).status).toBe(200);
  });

  it('adds to and lists the catalog', async () => {
    const run = await scim(['catalog', 'add', '--tenant', 'acme', '--workspace', 'prod']);
    expect(run.code).toBe(0);
    expect((await scim(['catalog', 'list', '--tenant', 'acme'])).stdout).toMatch(
      /workspaces:\s+prod/,
    );
  });

  it('a wrong admin token is exit 1 with a readable message', async () => {
    const run = await scim(['tenants', 'list'], { SCIM_ADMIN_TOKEN: 'wrong-admin-token-0000' });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'error: 401 Unauthorized (UNAUTHORIZED): Admin credential required',
    );
  });

  it('API validation errors are exit 1 and name the field', async () => {
    const run = await scim(['tokens', 'create', '--tenant', 'acme', '--expires', '5d']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error: 400 .*expiresInDays/);
  });

  it('an unknown command or a bad option is exit 2 with the usage', async () => {
    const unknown = await scim(['tenants', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'tenants frobnicate'");
    expect(unknown.stderr).toContain('Usage: pnpm scim <command>');

    expect((await scim(['tenants', 'list', '--bogus'])).code).toBe(2);
    expect((await scim(['tokens', 'create', '--tenant', 'acme', '--expires', 'soon'])).code).toBe(
      2,
    );

    const help = await scim(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tokens create --tenant T');
  });
});

describe('pnpm scim, day to day', () => {
  it('shows locks, access checks, the request log, events and webhooks', async () => {
    const created = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'offboarded@example.com' },
    });
    const user = (await created.json()) as { id: string };
    await server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', path: 'active', value: false }],
      },
    });

    const locks = await scim(['locks', 'list', '--tenant', 'acme']);
    expect(locks.code).toBe(0);
    expect(locks.stdout).toMatch(/offboarded@example\.com\s+deactivated\s+\S+\s+in force/);

    const check = await scim([
      'access-check',
      '--tenant',
      'acme',
      '--user-name',
      'offboarded@example.com',
    ]);
    expect(check.stdout.trim()).toMatch(/^refused: locked \(deactivated since /);

    const log = await scim(['log', '--tenant', 'acme', '--method', 'PATCH']);
    expect(log.stdout).toContain(`/scim/v2/acme/Users/${user.id}`);

    const events = await scim(['events', '--tenant', 'acme', '--resource', user.id, '--json']);
    const types = (JSON.parse(events.stdout) as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(['user.locked', 'user.deactivated', 'user.created']);

    const hook = await scim([
      'webhooks',
      'create',
      '--tenant',
      'acme',
      '--url',
      'http://127.0.0.1:9/hook',
      '--event-type',
      'user.locked',
    ]);
    expect(hook.code).toBe(0);
    expect(hook.stdout).toMatch(/secret: whsec_/);
    expect(hook.stderr).toContain('not shown again');
    const hooks = await scim(['webhooks', 'list', '--tenant', 'acme']);
    expect(hooks.stdout).toContain('http://127.0.0.1:9/hook  user.locked');

    const settings = await scim([
      'settings',
      'set',
      '--tenant',
      'acme',
      '--adopt-existing-users',
      'true',
      '--request-log-retention-days',
      '30',
    ]);
    expect(settings.stdout).toContain('adopt-existing-users: true');
    expect(settings.stdout).toContain('request-log-retention-days: 30');
  });

  it('refuses an access check without a user, and a non-numeric limit', async () => {
    expect((await scim(['access-check', '--tenant', 'acme'])).code).toBe(2);
    expect((await scim(['log', '--tenant', 'acme', '--limit', 'many'])).code).toBe(2);
  });
});

it('parses expiries in days and 30-day months', () => {
  expect(parseExpiry('90d')).toBe(90);
  expect(parseExpiry('3m')).toBe(90);
  expect(parseExpiry('45')).toBe(45);
  expect(() => parseExpiry('3w')).toThrow(/--expires/);
});
