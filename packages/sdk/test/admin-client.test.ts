/** createAdminClient against a real server: procedures by name, typed input and output, typed errors. */
import { startTestServer, type TestServer } from '@scim/server/test/test-server.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  AdminApiError,
  createAdminClient,
  createScimClient,
  type AdminClient,
} from '../src/index.ts';

const ADMIN_TOKEN = 'sdk-admin-token-0123456789';
let server: TestServer;
let admin: AdminClient;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_ADMIN_TOKEN: ADMIN_TOKEN } });
  admin = createAdminClient({ baseUrl: server.url, token: ADMIN_TOKEN });
});
afterAll(() => server.stop());

async function caught(promise: Promise<unknown>): Promise<AdminApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AdminApiError) return error;
    throw error;
  }
  throw new Error('expected an AdminApiError');
}

it('creates a tenant and a token, and the token works for SCIM', async () => {
  const tenant = await admin.tenants.create({ id: 'globex', name: 'Globex' });
  expect(tenant).toMatchObject({ id: 'globex', name: 'Globex' });
  expect((await admin.tenants.list()).map((t) => t.id)).toContain('globex');

  const { token } = await admin.tokens.create({
    tenant: 'globex',
    label: 'okta',
    expiresInDays: 30,
  });
  const scim = createScimClient({ baseUrl: server.url, tenant: 'globex', token });
  expect((await scim.users.create({ userName: 'first@globex.example' })).userName).toBe(
    'first@globex.example',
  );
});

it('sends path parameters in the path, query parameters in the query, the rest as the body', async () => {
  await admin.catalog.add({ tenant: 'acme', workspaces: ['prod'], secretScopes: ['vault'] });
  expect(await admin.catalog.list({ tenant: 'acme' })).toEqual({
    workspaces: ['prod'],
    secretScopes: ['vault'],
  });
  const settings = await admin.settings.update({
    tenant: 'acme',
    roleManagement: { groups: false },
  });
  expect(settings.roleManagement).toEqual({ users: true, groups: false, serviceAccounts: true });
  expect(await admin.call('settings-get', { tenant: 'acme' })).toEqual(settings);
});

it('throws typed errors: 409, 404, 400 with issues, 401', async () => {
  const conflict = await caught(admin.tenants.create({ id: 'acme', name: 'Again' }));
  expect([conflict.status, conflict.code]).toEqual([409, 'CONFLICT']);
  expect((await caught(admin.settings.get({ tenant: 'nosuch' }))).status).toBe(404);
  const invalid = await caught(admin.tenants.create({ id: 'Not Valid', name: 'x' }));
  expect([invalid.status, invalid.code, invalid.issues?.length]).toEqual([400, 'BAD_REQUEST', 1]);
  const stranger = createAdminClient({ baseUrl: server.url, token: 'not-the-admin-token' });
  expect((await caught(stranger.tenants.list())).status).toBe(401);
});

/** Compile-time checks: these lines are type errors, which `pnpm typecheck` verifies. */
export function typeErrors(client: AdminClient): void {
  // @ts-expect-error a tenant is created with an id and a name
  void client.tenants.create({ id: 'x' });
  // @ts-expect-error there is no such procedure
  void client.tenants.explode();
  // @ts-expect-error settings.get needs its tenant
  void client.settings.get();
}
