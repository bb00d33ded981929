/**
 * Bearer authentication and tenant isolation: a credential of one tenant
 * can neither read nor change another tenant's data, nor learn whether an
 * id exists there.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/credentials/token-hash.ts';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;
const otherToken = 'globex-token-abcdefghij';
let acmeUserId: string;

beforeAll(async () => {
  server = await startTestServer({ tenant: 'acme' });
  await server.store.transaction(async ({ tenants, credentials }) => {
    await tenants.ensure('globex', 'Globex');
    await credentials.create({
      id: randomUUID(),
      tenantId: 'globex',
      label: 'test',
      secretHash: hashToken(otherToken),
      expiresAt: null,
    });
    await credentials.create({
      id: randomUUID(),
      tenantId: 'acme',
      label: 'expired',
      secretHash: hashToken('expired-token-0123456789'),
      expiresAt: new Date(Date.now() - 1000),
    });
  });
  acmeUserId = (
    await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'shared@example.com' } }),
    )
  ).id;
});
afterAll(() => server.stop());

const globex = (path: string, init: Parameters<TestServer['scim']>[1] = {}) =>
  server.scim(`${server.url}/scim/v2/globex${path}`, { ...init, token: otherToken });

describe('authentication', () => {
  it.each([
    ['no Authorization header', null, undefined],
    ['a wrong token', 'wrong-token', undefined],
    ['Basic instead of Bearer', null, 'Basic dXNlcjpwYXNz'],
    ['an expired token', 'expired-token-0123456789', undefined],
  ])('%s → 401 SCIM error', async (_case, token, authorization) => {
    const res = await server.scim('/Users', {
      token,
      ...(authorization ? { headers: { authorization } } : {}),
    });
    expect(res.status).toBe(401);
    expect(await scimJson(res)).toMatchObject({
      status: '401',
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
    });
  });

  it('accepts the scheme name in any case', async () => {
    const res = await server.scim('/Users', {
      token: null,
      headers: { authorization: `bearer ${server.token}` },
    });
    expect(res.status).toBe(200);
  });

  it('an unknown tenant answers 401 like a wrong token (nothing leaked)', async () => {
    const res = await server.scim(`${server.url}/scim/v2/nosuchtenant/Users`);
    expect(res.status).toBe(401);
  });

  it('records when a credential was last used', async () => {
    const credential = await server.store.transaction(({ credentials }) =>
      credentials.findBySecretHash(hashToken(server.token)),
    );
    expect(credential?.lastUsedAt).toBeInstanceOf(Date);
    expect(credential?.secretHash).not.toContain(server.token);
  });
});

describe('tenant isolation', () => {
  it('a token of tenant A is refused on tenant B’s URL', async () => {
    const res = await server.scim(`${server.url}/scim/v2/globex/Users`);
    expect(res.status).toBe(401);
    const back = await server.scim(`${server.url}/scim/v2/acme/Users`, { token: otherToken });
    expect(back.status).toBe(401);
  });

  it('tenant B cannot see, change or delete tenant A’s user, and gets the same 404 as for a missing id', async () => {
    const read = await globex(`/Users/${acmeUserId}`);
    const missing = await globex(`/Users/${randomUUID()}`);
    expect(read.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await scimJson(read)).detail.replace(acmeUserId, 'ID')).toBe(
      (await scimJson(missing)).detail.replace(/[0-9a-f-]{36}/, 'ID'),
    );
    expect(
      (await globex(`/Users/${acmeUserId}`, { method: 'PUT', body: { userName: 'stolen' } }))
        .status,
    ).toBe(404);
    expect(
      (
        await globex(`/Users/${acmeUserId}`, {
          method: 'PATCH',
          body: {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
            Operations: [{ op: 'replace', value: { active: false } }],
          },
        })
      ).status,
    ).toBe(404);
    expect((await globex(`/Users/${acmeUserId}`, { method: 'DELETE' })).status).toBe(404);
    const list = await scimJson(await globex('/Users?filter=userName eq "shared@example.com"'));
    expect(list.totalResults).toBe(0);
    const still = await scimJson(await server.scim(`/Users/${acmeUserId}`));
    expect(still.userName).toBe('shared@example.com');
    expect(still.active).toBe(true);
  });

  it('userName uniqueness is per tenant', async () => {
    const res = await globex('/Users', {
      method: 'POST',
      body: { userName: 'shared@example.com' },
    });
    expect(res.status).toBe(201);
  });

  it('a group of tenant B cannot take tenant A’s user as a member', async () => {
    const res = await globex('/Groups', {
      method: 'POST',
      body: { displayName: 'Spies', members: [{ value: acmeUserId }] },
    });
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidValue');
  });
});
