/**
 * The control plane in the admin API: tenants, bearer tokens (issue, list,
 * revoke, regenerate, expiry), HTTP Basic credentials, and the SCIM sync switch.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/credentials/token-hash.ts';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const ADMIN = 'admin-token-0123456789abcdef';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_ADMIN_TOKEN: ADMIN } });
});
afterAll(() => server.stop());

const admin = (path: string, init: RequestInit & { json?: unknown } = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${ADMIN}`);
  if (init.json !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${server.url}/api${path}`, {
    ...init,
    headers,
    body: init.json === undefined ? init.body : JSON.stringify(init.json),
  });
};
const json = async (res: Response) => (await res.json()) as any;
/** A SCIM request to any tenant with any Authorization header. */
const scimAs = (tenant: string, authorization: string, path = '/Users', init: RequestInit = {}) =>
  fetch(`${server.url}/scim/v2/${tenant}${path}`, {
    ...init,
    headers: { authorization, 'content-type': 'application/scim+json' },
  });
const bearer = (token: string) => `Bearer ${token}`;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

async function newTenant(id: string, name = id) {
  const res = await admin('/tenants', { method: 'POST', json: { id, name } });
  expect(res.status).toBe(200);
  return json(res);
}
async function newToken(tenant: string, body: Record<string, unknown> = { label: 'okta' }) {
  const res = await admin(`/tenants/${tenant}/tokens`, { method: 'POST', json: body });
  expect(res.status).toBe(200);
  return json(res) as Promise<{ id: string; label: string; token: string; expiresAt: string }>;
}

describe('tenants', () => {
  it('creates, lists, renames and deletes a tenant', async () => {
    const created = await newTenant('globex', 'Globex');
    expect(created).toEqual({ id: 'globex', name: 'Globex', created: expect.any(String) });
    const list = await json(await admin('/tenants'));
    expect(list.map((t: { id: string }) => t.id)).toEqual(
      expect.arrayContaining(['acme', 'globex']),
    );

    const renamed = await admin('/tenants/globex', {
      method: 'PATCH',
      json: { name: 'Globex Corp' },
    });
    expect(renamed.status).toBe(200);
    expect((await json(renamed)).name).toBe('Globex Corp');

    expect((await admin('/tenants/globex', { method: 'DELETE' })).status).toBe(200);
    expect((await admin('/tenants/globex/settings')).status).toBe(404);
    expect((await admin('/tenants/globex', { method: 'DELETE' })).status).toBe(404);
    expect((await admin('/tenants/nosuch', { method: 'PATCH', json: { name: 'x' } })).status).toBe(
      404,
    );
  });

  it('refuses an id the config would refuse (400) and an existing one (409)', async () => {
    for (const id of ['Upper', 'under_score', '-lead', 'trail-', 'a'.repeat(64), ''])
      expect((await admin('/tenants', { method: 'POST', json: { id, name: 'x' } })).status).toBe(
        400,
      );
    expect(
      (await admin('/tenants', { method: 'POST', json: { id: 'acme', name: 'x' } })).status,
    ).toBe(409);
  });

  it('deleting a tenant removes its data, and its tokens get 401', async () => {
    await newTenant('initech');
    const { token } = await newToken('initech');
    const user = await scimJson(
      await scimAs('initech', bearer(token), '/Users', {
        method: 'POST',
        body: JSON.stringify({ userName: 'peter@initech.example' }),
      }),
    );
    const group = await scimAs('initech', bearer(token), '/Groups', {
      method: 'POST',
      body: JSON.stringify({ displayName: 'TPS', members: [{ value: user.id }] }),
    });
    expect(group.status).toBe(201);
    await admin('/tenants/initech/catalog', { method: 'POST', json: { workspaces: ['prod'] } });

    expect((await admin('/tenants/initech', { method: 'DELETE' })).status).toBe(200);
    expect((await scimAs('initech', bearer(token))).status).toBe(401);
    // Nothing of it is left behind, memberships and catalog included.
    const left = await server.store.read(async ({ users, catalog, credentials }) => ({
      user: await users.get('initech', user.id as string),
      catalog: await catalog.list('initech'),
      credentials: await credentials.list('initech'),
    }));
    expect(left).toEqual({
      user: undefined,
      catalog: { workspaces: [], secretScopes: [] },
      credentials: [],
    });
    // Re-created under the same id, it starts empty.
    await newTenant('initech');
    const { token: fresh } = await newToken('initech');
    const users = await scimJson(await scimAs('initech', bearer(fresh)));
    expect(users.totalResults).toBe(0);
    const groups = await scimJson(await scimAs('initech', bearer(fresh), '/Groups'));
    expect(groups.totalResults).toBe(0);
  });
});

describe('bearer tokens', () => {
  beforeAll(async () => {
    await newTenant('hooli');
  });

  it('issues a token that works on SCIM; the list never shows a secret', async () => {
    const issued = await newToken('hooli', { label: 'okta prod' });
    expect(issued).toEqual({
      id: expect.any(String),
      label: 'okta prod',
      token: expect.stringMatching(/^scim_/),
      expiresAt: expect.any(String),
    });
    const days = (Date.parse(issued.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
    expect((await scimAs('hooli', bearer(issued.token))).status).toBe(200);
    // Not a token of another tenant.
    expect((await scimAs('acme', bearer(issued.token))).status).toBe(401);

    const res = await admin('/tenants/hooli/tokens');
    const text = await res.text();
    expect(text).not.toContain(issued.token);
    expect(text).not.toContain(hashToken(issued.token));
    const listed = (JSON.parse(text) as any[]).find((c) => c.id === issued.id);
    expect(listed).toEqual({
      id: issued.id,
      kind: 'bearer',
      label: 'okta prod',
      username: null,
      created: expect.any(String),
      expiresAt: issued.expiresAt,
      revokedAt: null,
      lastUsedAt: expect.any(String),
    });
  });

  it('takes an expiry of 30 to 183 days, else 400', async () => {
    const issued = await newToken('hooli', { label: 'short', expiresInDays: 30 });
    const days = (Date.parse(issued.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(30);
    for (const expiresInDays of [29, 184, 1.5]) {
      const res = await admin('/tenants/hooli/tokens', {
        method: 'POST',
        json: { label: 'x', expiresInDays },
      });
      expect(res.status).toBe(400);
    }
    expect(
      (await admin('/tenants/nosuch/tokens', { method: 'POST', json: { label: 'x' } })).status,
    ).toBe(404);
  });

  it('revoking makes the token 401 at once', async () => {
    const { id, token } = await newToken('hooli');
    // Twice: the second is answered from memory (the bearer cache), which the revocation must clear.
    expect((await scimAs('hooli', bearer(token))).status).toBe(200);
    expect((await scimAs('hooli', bearer(token))).status).toBe(200);
    const res = await admin(`/tenants/hooli/tokens/${id}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect((await json(res)).revokedAt).toEqual(expect.any(String));
    expect((await scimAs('hooli', bearer(token))).status).toBe(401);
  });

  it('regenerating revokes the old token and issues a new one with the same label', async () => {
    const old = await newToken('hooli', { label: 'entra' });
    const res = await admin(`/tenants/hooli/tokens/${old.id}/regenerate`, {
      method: 'POST',
      json: {},
    });
    expect(res.status).toBe(200);
    const fresh = await json(res);
    expect(fresh.label).toBe('entra');
    expect(fresh.id).not.toBe(old.id);
    expect(fresh.token).not.toBe(old.token);
    expect((await scimAs('hooli', bearer(old.token))).status).toBe(401);
    expect((await scimAs('hooli', bearer(fresh.token))).status).toBe(200);
  });

  it('rotates without downtime: two tokens are valid at once until the old one is revoked', async () => {
    const first = await newToken('hooli', { label: 'rotating' });
    const second = await newToken('hooli', { label: 'rotating' });
    expect((await scimAs('hooli', bearer(first.token))).status).toBe(200);
    expect((await scimAs('hooli', bearer(second.token))).status).toBe(200);
    await admin(`/tenants/hooli/tokens/${first.id}`, { method: 'DELETE' });
    expect((await scimAs('hooli', bearer(first.token))).status).toBe(401);
    expect((await scimAs('hooli', bearer(second.token))).status).toBe(200);
  });

  it("another tenant's credential id is 404", async () => {
    const { id, token } = await newToken('hooli');
    expect((await admin(`/tenants/acme/tokens/${id}`, { method: 'DELETE' })).status).toBe(404);
    expect(
      (await admin(`/tenants/acme/tokens/${id}/regenerate`, { method: 'POST', json: {} })).status,
    ).toBe(404);
    expect((await scimAs('hooli', bearer(token))).status).toBe(200);
    expect((await admin('/tenants/hooli/tokens/nosuch', { method: 'DELETE' })).status).toBe(404);
  });

  it('an expired token is 401', async () => {
    const token = 'expired-token-0123456789';
    await server.store.transaction(({ credentials }) =>
      credentials.create({
        id: randomUUID(),
        tenantId: 'hooli',
        label: 'expired',
        secretHash: hashToken(token),
        expiresAt: new Date(Date.now() - 1000),
      }),
    );
    expect((await scimAs('hooli', bearer(token))).status).toBe(401);
  });
});

describe('the SCIM sync switch', () => {
  it('off: every authenticated SCIM request is 403 with a SCIM error and nothing changes; on: back to normal', async () => {
    await newTenant('umbrella');
    const { token } = await newToken('umbrella');
    // Used (and remembered with its tenant) before the switch: the switch applies at once all the same.
    expect((await scimAs('umbrella', bearer(token))).status).toBe(200);
    expect((await scimAs('umbrella', bearer(token))).status).toBe(200);
    const off = await admin('/tenants/umbrella/settings', {
      method: 'PATCH',
      json: { scimEnabled: false },
    });
    expect((await json(off)).scimEnabled).toBe(false);

    const refused = await scimAs('umbrella', bearer(token), '/Users', {
      method: 'POST',
      body: JSON.stringify({ userName: 'alice@umbrella.example' }),
    });
    expect(refused.status).toBe(403);
    const body = await scimJson(refused);
    expect(body.schemas).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
    expect(body.status).toBe('403');
    expect((await scimAs('umbrella', bearer(token))).status).toBe(403);
    // A bad credential is still 401, not 403.
    expect((await scimAs('umbrella', bearer('wrong-token-0123456789'))).status).toBe(401);

    await admin('/tenants/umbrella/settings', { method: 'PATCH', json: { scimEnabled: true } });
    expect((await json(await admin('/tenants/umbrella/settings'))).scimEnabled).toBe(true);
    const list = await scimAs('umbrella', bearer(token));
    expect(list.status).toBe(200);
    expect((await scimJson(list)).totalResults).toBe(0);
  });
});

describe('HTTP Basic credentials', () => {
  const PASSWORD = 'correct-horse-battery-9';
  beforeAll(async () => {
    await newTenant('stark');
  });

  it.each([
    ['too short', 'short-pass-1'],
    ['exactly 16 characters', 'abcdefghijklm-1x'],
    ['no digit', 'no-digits-here-at-all'],
    ['no letter', '1234567890-1234567'],
    ['no special character', 'abcdefghij1234567890'],
  ])('refuses a weak password (%s) with 400 and a clear message', async (_case, password) => {
    const res = await admin('/tenants/stark/basic-credentials', {
      method: 'POST',
      json: { username: 'alation', password },
    });
    expect(res.status).toBe(400);
    expect((await json(res)).message).toMatch(/Weak password: the password must/);
  });

  it('authenticates the user name and password for its tenant only; every failure is the same 401', async () => {
    const res = await admin('/tenants/stark/basic-credentials', {
      method: 'POST',
      json: { username: 'alation', password: PASSWORD, expiresInDays: 183 },
    });
    expect(res.status).toBe(200);
    const created = await json(res);
    expect(created).toMatchObject({ kind: 'basic', username: 'alation', revokedAt: null });
    expect(JSON.stringify(created)).not.toContain(PASSWORD);
    const again = await admin('/tenants/stark/basic-credentials', {
      method: 'POST',
      json: { username: 'alation', password: PASSWORD },
    });
    expect(again.status).toBe(409);

    expect((await scimAs('stark', basic('alation', PASSWORD))).status).toBe(200);
    const failures = [
      await scimAs('stark', basic('alation', `${PASSWORD}x`)),
      await scimAs('stark', basic('nobody', PASSWORD)),
      await scimAs('acme', basic('alation', PASSWORD)),
      await scimAs('stark', 'Basic not-base64-$$$'),
    ];
    const bodies = await Promise.all(failures.map((r) => r.text()));
    expect(failures.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect(new Set(bodies).size).toBe(1);

    const listed = await (await admin('/tenants/stark/tokens')).text();
    expect(listed).not.toContain(PASSWORD);
    expect(listed).not.toContain('scrypt');
    await admin(`/tenants/stark/tokens/${created.id}`, { method: 'DELETE' });
    expect((await scimAs('stark', basic('alation', PASSWORD))).status).toBe(401);
  });
});
