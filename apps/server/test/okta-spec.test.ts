/**
 * Okta's SCIM 2.0 SPEC test (Runscope export) and the provisioning requests
 * Okta sends for users, as catalogued in idp-wire-behavior.md §1.2–1.3
 * (O-1 to O-9). Requests are sent the way Okta sends them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const OKTA_HEADERS = { 'user-agent': 'Okta SCIM Client 1.0.0', accept: 'application/scim+json' };
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const LIST = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

let server: TestServer;
const randomUsername = `Runscope${Math.floor(Math.random() * 900 + 100)}Abcdefgh123@atko.com`;

beforeAll(async () => {
  server = await startTestServer();
  // The SPEC suite needs one complete pre-existing user (step 1).
  const seeded = await server.scim('/Users', {
    method: 'POST',
    body: {
      schemas: [CORE_USER],
      userName: 'existing.user@atko.com',
      name: { givenName: 'Existing', familyName: 'User' },
      emails: [{ primary: true, value: 'existing.user@atko.com', type: 'work' }],
      active: true,
    },
  });
  expect(seeded.status).toBe(201);
});

afterAll(() => server.stop());

function okta(path: string, init: Parameters<TestServer['scim']>[1] = {}) {
  return server.scim(path, { ...init, headers: { ...OKTA_HEADERS, ...(init.headers as object) } });
}

describe('Okta SCIM 2.0 SPEC test', () => {
  let firstId: string;
  let createdId: string;

  it('1. GET /Users?count=1&startIndex=1 lists a complete user with integer counts', async () => {
    const res = await okta('/Users?count=1&startIndex=1');
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.schemas).toEqual([LIST]);
    expect(Number.isInteger(body.itemsPerPage)).toBe(true);
    expect(Number.isInteger(body.startIndex)).toBe(true);
    expect(Number.isInteger(body.totalResults)).toBe(true);
    expect(body.itemsPerPage).toBe(1);
    const user = body.Resources[0];
    expect(user.id).toBeTruthy();
    expect(user.name.familyName).toBeTruthy();
    expect(user.name.givenName).toBeTruthy();
    expect(user.userName).toBeTruthy();
    expect(user.active).toBe(true);
    expect(user.emails[0].value).toBeTruthy();
    firstId = user.id;
  });

  it('2. GET /Users/{id} returns the same user', async () => {
    const res = await okta(`/Users/${firstId}`);
    expect(res.status).toBe(200);
    const user = await scimJson(res);
    expect(user.id).toBe(firstId);
    expect(user.name.givenName).toBe('Existing');
  });

  it('3. a filter that matches nothing is 200 with totalResults 0', async () => {
    const res = await okta('/Users?filter=userName eq "abcdefgh@atko.com"');
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.schemas).toEqual([LIST]);
    expect(body.totalResults).toBe(0);
    expect(body.Resources).toEqual([]);
  });

  it('4. an unknown id is 404 with a SCIM error', async () => {
    const res = await okta('/Users/010101001010101011001010101011');
    expect(res.status).toBe(404);
    const body = await scimJson(res);
    expect(body.schemas).toContain(ERROR);
    expect(body.detail).toBeTruthy();
  });

  it('5. the random user does not exist yet (O-2)', async () => {
    const res = await okta(
      `/Users?filter=userName%20eq%20%22${encodeURIComponent(randomUsername)}%22&startIndex=1&count=100`,
    );
    expect(res.status).toBe(200);
    expect((await scimJson(res)).totalResults).toBe(0);
  });

  it('6. POST /Users with application/json creates the user (201)', async () => {
    const res = await okta('/Users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: {
        schemas: [CORE_USER],
        userName: randomUsername,
        name: { givenName: 'Test', familyName: 'User' },
        emails: [{ primary: true, value: randomUsername, type: 'work' }],
        displayName: 'Test User',
        active: true,
      },
    });
    expect(res.status).toBe(201);
    const user = await scimJson(res);
    expect(user.active).toBe(true);
    expect(user.id).toBeTruthy();
    expect(user.userName).toBe(randomUsername);
    expect(user.name).toEqual({ givenName: 'Test', familyName: 'User' });
    expect(user.schemas).toContain(CORE_USER);
    expect(res.headers.get('location')).toBe(`${server.base}/Users/${user.id}`);
    createdId = user.id;
  });

  it('7. GET /Users/{new id} returns it', async () => {
    const user = await scimJson(await okta(`/Users/${createdId}`));
    expect(user.userName).toBe(randomUsername);
    expect(user.name.familyName).toBe('User');
  });

  it('8. the same POST again is 409 uniqueness', async () => {
    const res = await okta('/Users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: {
        schemas: [CORE_USER],
        userName: randomUsername,
        name: { givenName: 'Test', familyName: 'User' },
        active: true,
      },
    });
    expect(res.status).toBe(409);
    const body = await scimJson(res);
    expect(body.schemas).toEqual([ERROR]);
    expect(body.status).toBe('409');
    expect(body.scimType).toBe('uniqueness');
  });

  it('9. userName filters match case-insensitively', async () => {
    const res = await okta(`/Users?filter=userName eq "${randomUsername.toUpperCase()}"`);
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0].id).toBe(createdId);
  });

  it('10. GET /Groups without parameters is a ListResponse', async () => {
    const res = await okta('/Groups');
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.schemas).toEqual([LIST]);
    expect(Array.isArray(body.Resources)).toBe(true);
  });

  it('11. a request without a bearer token is 401 with status "401"', async () => {
    const res = await server.scim(`/Users?filter=userName eq "${randomUsername.toUpperCase()}"`, {
      token: null,
      headers: { ...OKTA_HEADERS, authorization: 'non-token' },
    });
    expect(res.status).toBe(401);
    const body = await scimJson(res);
    expect(body.schemas).toEqual([ERROR]);
    expect(body.status).toBe('401');
    expect(body.detail).toBeTruthy();
  });

  it('12. another non-UUID id is 404 with status "404"', async () => {
    const res = await okta('/Users/00919288221112222');
    expect(res.status).toBe(404);
    const body = await scimJson(res);
    expect(body.status).toBe('404');
    expect(body.detail).toBeTruthy();
  });
});

describe('Okta user provisioning (O-1 to O-9)', () => {
  let id: string;
  const userName = 'test.user@okta.local';

  it('O-1 Test API Credentials: Users count=2 then Groups count=100', async () => {
    const users = await okta('/Users?startIndex=1&count=2');
    const groups = await okta('/Groups?startIndex=1&count=100');
    expect(users.status).toBe(200);
    expect(groups.status).toBe(200);
    expect((await scimJson(users)).itemsPerPage).toBeLessThanOrEqual(2);
    expect((await scimJson(groups)).startIndex).toBe(1);
  });

  it('O-3 create ignores groups: [], accepts the placeholder password and never returns it', async () => {
    const res = await okta('/Users', {
      method: 'POST',
      body: {
        schemas: [CORE_USER],
        userName,
        name: { givenName: 'Test', familyName: 'User' },
        emails: [{ primary: true, value: userName, type: 'work' }],
        displayName: 'Test User',
        locale: 'en-US',
        externalId: '00ujl29u0le5T6Aj10h7',
        groups: [],
        password: '1mz050nq',
        active: true,
      },
    });
    expect(res.status).toBe(201);
    const user = await scimJson(res);
    id = user.id;
    expect(user.password).toBeUndefined();
    expect(user.groups).toBeUndefined();
    expect(user.externalId).toBe('00ujl29u0le5T6Aj10h7');
    expect(JSON.stringify(user)).not.toContain('1mz050nq');
    const again = await scimJson(await okta(`/Users/${id}`));
    expect(JSON.stringify(again)).not.toContain('1mz050nq');
  });

  it('O-4 import pages with stable order and integer counts', async () => {
    const seen: string[] = [];
    for (let start = 1; ; start += 1) {
      const page = await scimJson(await okta(`/Users?startIndex=${start}&count=1`));
      expect(Number.isInteger(page.totalResults)).toBe(true);
      if (page.Resources.length === 0) break;
      seen.push(page.Resources[0].id);
    }
    const all = await scimJson(await okta('/Users?startIndex=1&count=100'));
    expect(seen).toEqual(all.Resources.map((u: { id: string }) => u.id));
    expect(seen.length).toBe(all.totalResults);
  });

  it('O-6 PUT echoes back what GET returned, with one change (round-trip safe)', async () => {
    const current = await scimJson(await okta(`/Users/${id}`));
    const changed = {
      ...current,
      name: { givenName: 'Another', middleName: 'Excited', familyName: 'User' },
    };
    const res = await okta(`/Users/${id}`, { method: 'PUT', body: changed });
    expect(res.status).toBe(200);
    const user = await scimJson(res);
    expect(user.name).toEqual({ givenName: 'Another', middleName: 'Excited', familyName: 'User' });
    expect(user.id).toBe(id);
    expect(user.active).toBe(true);
    expect(user.meta.created).toBe(current.meta.created);
    // A second PUT of exactly what GET returns changes nothing but the version.
    const unchanged = await scimJson(await okta(`/Users/${id}`, { method: 'PUT', body: user }));
    const { meta: m1, ...rest1 } = user;
    const { meta: m2, ...rest2 } = unchanged;
    expect(rest2).toEqual(rest1);
    expect(m2.created).toBe(m1.created);
  });

  it('O-7 deactivates with a path-less PATCH', async () => {
    const res = await okta(`/Users/${id}`, {
      method: 'PATCH',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', value: { active: false } }],
      },
    });
    expect(res.status).toBe(200);
    expect((await scimJson(res)).active).toBe(false);
    // Soft-deleted users stay visible to GET and filters.
    const found = await scimJson(await okta(`/Users?filter=userName eq "${userName}"`));
    expect(found.totalResults).toBe(1);
    expect(found.Resources[0].active).toBe(false);
  });

  it('O-8 reactivates with the same id and attributes', async () => {
    const res = await okta(`/Users/${id}`, {
      method: 'PATCH',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', value: { active: true } }],
      },
    });
    const user = await scimJson(res);
    expect(user.id).toBe(id);
    expect(user.active).toBe(true);
    expect(user.name.givenName).toBe('Another');
  });

  it('O-9 password sync is accepted and the password is never returned', async () => {
    const res = await okta(`/Users/${id}`, {
      method: 'PATCH',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
        Operations: [{ op: 'replace', value: { password: 'n3w-Secret!' } }],
      },
    });
    expect(res.status).toBe(200);
    const user = await scimJson(res);
    expect(JSON.stringify(user)).not.toContain('n3w-Secret!');
    expect(user.meta.version).not.toBe('W/"1"');
  });

  it('AIW apps deactivate with PUT active:false', async () => {
    const current = await scimJson(await okta(`/Users/${id}`));
    const res = await okta(`/Users/${id}`, { method: 'PUT', body: { ...current, active: false } });
    expect((await scimJson(res)).active).toBe(false);
  });
});
