/**
 * The admin API (REST under /api, tRPC under /api/trpc): tenant settings,
 * the role catalog, and effective access with provenance.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const ADMIN = 'admin-token-0123456789abcdef';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    env: { SCIM_ADMIN_TOKEN: ADMIN, SCIM_BOOTSTRAP_WORKSPACES: 'prod' },
  });
});
afterAll(() => server.stop());

const admin = (
  path: string,
  init: RequestInit & { json?: unknown } = {},
  token: string | null = ADMIN,
) => {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${server.url}/api${path}`, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  });
};
const created = async (path: string, body: unknown) =>
  (await scimJson(await server.scim(path, { method: 'POST', body }))).id as string;

describe('admin authentication', () => {
  it.each([
    ['no token', null],
    ['a wrong token', 'wrong-admin-token-000000'],
    ['a SCIM token', 'test-token-0123456789'],
  ])('refuses %s with 401, and the error carries no stack trace', async (_case, token) => {
    const res = await admin('/tenants/acme/settings', {}, token);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('stack');
  });

  it('an unknown tenant is 404', async () => {
    expect((await admin('/tenants/nosuch/settings')).status).toBe(404);
  });
});

describe('settings and catalog', () => {
  it('reads and changes settings', async () => {
    const before = await (await admin('/tenants/acme/settings')).json();
    expect(before).toEqual({
      catalogAutoCreate: false,
      rateLimitPerSecond: null,
      roleManagement: { users: true, groups: true, serviceAccounts: true },
      scimEnabled: true,
      idpClient: 'generic',
      adoptExistingUsers: false,
      requestLogRetentionDays: 7,
    });
    const res = await admin('/tenants/acme/settings', {
      method: 'PATCH',
      json: { roleManagement: { groups: false } },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).roleManagement).toEqual({
      users: true,
      groups: false,
      serviceAccounts: true,
    });
    await admin('/tenants/acme/settings', {
      method: 'PATCH',
      json: { roleManagement: { groups: true } },
    });
  });

  it('adds catalog entries, which /Roles then lists; bad names are 400', async () => {
    const res = await admin('/tenants/acme/catalog', {
      method: 'POST',
      json: { workspaces: ['Dev'], secretScopes: ['vault'] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ workspaces: ['dev', 'prod'], secretScopes: ['vault'] });
    expect((await server.scim('/Roles/workspace_dev:viewer')).status).toBe(200);
    const bad = await admin('/tenants/acme/catalog', {
      method: 'POST',
      json: { workspaces: ['has space'] },
    });
    expect(bad.status).toBe(400);
  });

  it('is also reachable as tRPC', async () => {
    const input = encodeURIComponent(JSON.stringify({ tenant: 'acme' }));
    const res = await fetch(`${server.url}/api/trpc/catalog.list?input=${input}`, {
      headers: { authorization: `Bearer ${ADMIN}` },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).result.data.workspaces).toContain('prod');
  });
});

describe('IdP client', () => {
  it('records the IdP and answers group PATCH the way it prefers (Entra: 204)', async () => {
    const group = await created('/Groups', { displayName: 'Preferences' });
    const rename = (name: string) =>
      server.scim(`/Groups/${group}`, {
        method: 'PATCH',
        body: {
          schemas: [PATCH_OP],
          Operations: [{ op: 'replace', path: 'displayName', value: name }],
        },
      });
    expect((await rename('Preferences 1')).status).toBe(200);
    const set = await admin('/tenants/acme/settings', {
      method: 'PATCH',
      json: { idpClient: 'entra' },
    });
    expect(((await set.json()) as any).idpClient).toBe('entra');
    expect((await rename('Preferences 2')).status).toBe(204);
    await admin('/tenants/acme/settings', { method: 'PATCH', json: { idpClient: 'okta' } });
    expect((await rename('Preferences 3')).status).toBe(200);
    const bad = await admin('/tenants/acme/settings', {
      method: 'PATCH',
      json: { idpClient: 'myspace' },
    });
    expect(bad.status).toBe(400);
  });
});

describe('effective access', () => {
  it('explains each role: direct, through a group, through a nested group; overlaps keep every source', async () => {
    const ada = await created('/Users', {
      userName: 'ada@example.com',
      roles: [
        { type: 'workspace_prod', value: 'viewer' },
        { type: 'account_type', value: 'admin' },
      ],
    });
    const mlOps = await created('/Groups', {
      displayName: 'ML Ops',
      members: [{ value: ada }],
      roles: [
        { type: 'workspace_prod', value: 'viewer' },
        { type: 'all_workspaces', value: 'editor' },
      ],
    });
    await created('/Groups', {
      displayName: 'Engineering',
      members: [{ value: mlOps }],
      roles: [{ type: 'workspace_prod', value: 'owner' }],
    });

    const res = await admin(`/tenants/acme/users/${ada}/effective-access`);
    expect(res.status).toBe(200);
    const access = (await res.json()) as any;
    expect(access.principal).toEqual({
      type: 'User',
      id: ada,
      display: 'ada@example.com',
      active: true,
      locked: false,
    });
    const byId = Object.fromEntries(access.roles.map((r: { id: string }) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual([
      'account_type:admin',
      'all_workspaces:editor',
      'workspace_prod:owner',
      'workspace_prod:viewer',
    ]);
    expect(byId['account_type:admin'].sources).toEqual([{ kind: 'direct' }]);
    expect(byId['workspace_prod:viewer'].sources).toEqual([
      { kind: 'direct' },
      {
        kind: 'group',
        group: { id: mlOps, displayName: 'ML Ops' },
        via: { id: mlOps, displayName: 'ML Ops' },
        depth: 1,
      },
    ]);
    expect(byId['workspace_prod:owner'].sources).toEqual([
      {
        kind: 'group',
        group: { id: expect.any(String), displayName: 'Engineering' },
        via: { id: mlOps, displayName: 'ML Ops' },
        depth: 2,
      },
    ]);
  });

  it('an inactive user has no effective roles', async () => {
    const bob = await created('/Users', {
      userName: 'bob@example.com',
      roles: [{ type: 'account_type', value: 'admin' }],
    });
    await server.scim(`/Users/${bob}`, {
      method: 'PATCH',
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false } }] },
    });
    const access = (await (
      await admin(`/tenants/acme/users/${bob}/effective-access`)
    ).json()) as any;
    expect(access.principal.active).toBe(false);
    expect(access.roles).toEqual([]);
  });

  it('explains a service account’s roles too, including through a group it is a member of', async () => {
    const bot = await created('/ServiceAccounts', {
      displayName: 'CI bot',
      roles: [{ type: 'all_workspaces', value: 'operator' }],
    });
    const group = await created('/Groups', {
      displayName: 'Automation',
      members: [{ value: bot, type: 'ServiceAccount' }],
      roles: [{ type: 'workspace_prod', value: 'consumer' }],
    });
    const access = (await (
      await admin(`/tenants/acme/service-accounts/${bot}/effective-access`)
    ).json()) as any;
    expect(access.principal).toEqual({
      type: 'ServiceAccount',
      id: bot,
      display: 'CI bot',
      active: true,
      locked: false,
    });
    expect(access.roles).toEqual([
      {
        id: 'all_workspaces:operator',
        type: 'all_workspaces',
        value: 'operator',
        sources: [{ kind: 'direct' }],
      },
      {
        id: 'workspace_prod:consumer',
        type: 'workspace_prod',
        value: 'consumer',
        sources: [
          {
            kind: 'group',
            group: { id: group, displayName: 'Automation' },
            via: { id: group, displayName: 'Automation' },
            depth: 1,
          },
        ],
      },
    ]);
  });

  it('an unknown user is 404', async () => {
    expect((await admin('/tenants/acme/users/nobody/effective-access')).status).toBe(404);
  });
});
