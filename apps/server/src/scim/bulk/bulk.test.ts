import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const BULK_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

function bulk(Operations: unknown[], extra: Record<string, unknown> = {}) {
  return server.scim('/Bulk', {
    method: 'POST',
    body: { schemas: [BULK_REQUEST], ...extra, Operations },
  });
}

/** Posts a bulk request, expects 200, returns its Operations. */
async function bulkOk(Operations: unknown[], extra: Record<string, unknown> = {}) {
  const res = await bulk(Operations, extra);
  expect(res.status).toBe(200);
  const body = await scimJson(res);
  expect(body.schemas).toEqual([BULK_RESPONSE]);
  return body.Operations as any[];
}

const postUser = (bulkId: string, data: Record<string, unknown>) => ({
  method: 'POST',
  path: '/Users',
  bulkId,
  data: { schemas: [USER], ...data },
});
const postGroup = (bulkId: string, displayName: string, members: unknown[] = []) => ({
  method: 'POST',
  path: '/Groups',
  bulkId,
  data: { schemas: [GROUP], displayName, members },
});

async function get(location: string) {
  return server.scim(location);
}
async function getJson(location: string): Promise<any> {
  const res = await get(location);
  expect(res.status).toBe(200);
  return scimJson(res);
}
const idOf = (location: string) => location.split('/').pop() ?? '';

describe('Bulk: bulkId references (RFC 7644 §3.7.2)', () => {
  it('runs the RFC example: a user, and a group whose member is bulkId:qwerty', async () => {
    const ops = await bulkOk([
      postUser('qwerty', { userName: 'Alice' }),
      postGroup('ytrewq', 'Tour Guides', [{ type: 'User', value: 'bulkId:qwerty' }]),
    ]);
    expect(ops).toEqual([
      {
        method: 'POST',
        bulkId: 'qwerty',
        location: expect.stringMatching(`^${server.base}/Users/`),
        version: 'W/"1"',
        status: '201',
      },
      {
        method: 'POST',
        bulkId: 'ytrewq',
        location: expect.stringMatching(`^${server.base}/Groups/`),
        version: 'W/"1"',
        status: '201',
      },
    ]);
    const alice = await getJson(ops[0].location);
    expect(alice.userName).toBe('Alice');
    const group = await getJson(ops[1].location);
    expect(group.members).toEqual([
      expect.objectContaining({ value: alice.id, type: 'User', $ref: ops[0].location }),
    ]);
    expect(alice.groups).toEqual([expect.objectContaining({ value: group.id })]);
  });

  it('resolves a reference inside the enterprise extension (manager.value)', async () => {
    const ops = await bulkOk([
      postUser('boss', { userName: 'ext-boss' }),
      {
        method: 'POST',
        path: '/Users',
        bulkId: 'worker',
        data: {
          schemas: [USER, ENTERPRISE],
          userName: 'ext-worker',
          [ENTERPRISE]: { employeeNumber: '11250', manager: { value: 'bulkId:boss' } },
        },
      },
    ]);
    const worker = await getJson(ops[1].location);
    expect(worker[ENTERPRISE].manager.value).toBe(idOf(ops[0].location));
  });

  it('allows a forward reference: the POST it needs runs first, results stay in request order', async () => {
    const ops = await bulkOk([
      postGroup('g', 'Forward Group', [{ value: 'bulkId:u' }]),
      {
        method: 'PATCH',
        path: '/Users/bulkId:u',
        data: [{ op: 'replace', path: 'displayName', value: 'Patched Forward' }],
      },
      postUser('u', { userName: 'forward@example.com' }),
    ]);
    expect(ops.map((o) => [o.method, o.status])).toEqual([
      ['POST', '201'],
      ['PATCH', '200'],
      ['POST', '201'],
    ]);
    expect(ops[1].location).toBe(ops[2].location);
    expect(ops[1].version).toBe('W/"2"');
    const group = await getJson(ops[0].location);
    expect(group.members.map((m: any) => m.value)).toEqual([idOf(ops[2].location)]);
    expect((await getJson(ops[2].location)).displayName).toBe('Patched Forward');
  });

  it('resolves circular group references (the §3.7.1 example)', async () => {
    const ops = await bulkOk([
      postGroup('qwerty', 'Group A', [{ type: 'Group', value: 'bulkId:ytrewq' }]),
      postGroup('ytrewq', 'Group B', [{ type: 'Group', value: 'bulkId:qwerty' }]),
    ]);
    expect(ops.map((o) => o.status)).toEqual(['201', '201']);
    const [a, b] = ops.map((o) => idOf(o.location));
    const list = await scimJson(
      await server.scim(`/Groups?filter=${encodeURIComponent('displayName sw "Group "')}`),
    );
    expect(list.totalResults).toBe(2);
    const byName = Object.fromEntries(list.Resources.map((g: any) => [g.displayName, g]));
    expect(byName['Group A'].members).toEqual([
      expect.objectContaining({ value: b, type: 'Group' }),
    ]);
    expect(byName['Group B'].members).toEqual([
      expect.objectContaining({ value: a, type: 'Group' }),
    ]);
    // Group A was created without B, then B was added: the reported version is the later one.
    expect(ops.map((o) => o.version)).toEqual(['W/"2"', 'W/"1"']);
    expect(ops[0].version).toBe(byName['Group A'].meta.version);
  });

  it('resolves circular references through a singular attribute (manager ↔ manager)', async () => {
    const managedBy = (bulkId: string, userName: string, manager: string) => ({
      method: 'POST',
      path: '/Users',
      bulkId,
      data: {
        schemas: [USER, ENTERPRISE],
        userName,
        [ENTERPRISE]: { manager: { value: manager } },
      },
    });
    const ops = await bulkOk([
      managedBy('m1', 'circle-1', 'bulkId:m2'),
      managedBy('m2', 'circle-2', 'bulkId:m1'),
    ]);
    expect(ops.map((o) => o.status)).toEqual(['201', '201']);
    const [one, two] = await Promise.all(ops.map((o) => getJson(o.location)));
    expect(one[ENTERPRISE].manager.value).toBe(two.id);
    expect(two[ENTERPRISE].manager.value).toBe(one.id);
  });

  it('undoes a circle whose member fails, and fails every operation of it', async () => {
    await bulkOk([postGroup('taken', 'Circle Taken')]);
    const ops = await bulkOk([
      postGroup('c1', 'Circle One', [{ value: 'bulkId:c2' }]),
      postGroup('c2', 'Circle Taken', [{ value: 'bulkId:c1' }]),
      {
        method: 'PATCH',
        path: '/Groups/bulkId:c1',
        data: { Operations: [{ op: 'replace', path: 'displayName', value: 'x' }] },
      },
    ]);
    expect(ops[0]).toMatchObject({ bulkId: 'c1', status: '409' });
    expect(ops[0].response.detail).toContain("bulkId 'c2' failed");
    expect(ops[0]).not.toHaveProperty('location');
    expect(ops[1]).toMatchObject({ status: '409', response: { scimType: 'uniqueness' } });
    expect(ops[2]).toMatchObject({ status: '400', response: { scimType: 'invalidValue' } });
    const list = await scimJson(
      await server.scim(`/Groups?filter=${encodeURIComponent('displayName eq "Circle One"')}`),
    );
    expect(list.totalResults).toBe(0);
  });

  it('fails an operation referencing an unknown bulkId with 400 invalidValue, others go on', async () => {
    const ops = await bulkOk([
      postGroup('lonely', 'Unknown Ref Group', [{ value: 'bulkId:nobody' }]),
      postUser('fine', { userName: 'unknown-ref-ok@example.com' }),
    ]);
    expect(ops[0]).toEqual({
      method: 'POST',
      bulkId: 'lonely',
      status: '400',
      response: {
        schemas: [ERROR],
        status: '400',
        scimType: 'invalidValue',
        detail: "No POST operation in this request has bulkId 'nobody'",
      },
    });
    expect(ops[1].status).toBe('201');
  });

  it('fails an operation referencing a POST that failed', async () => {
    const ops = await bulkOk([
      postUser('broken', { name: { givenName: 'No userName' } }),
      postGroup('dependent', 'Depends On Broken', [{ value: 'bulkId:broken' }]),
      { method: 'DELETE', path: '/Users/bulkId:broken' },
    ]);
    expect(ops.map((o) => o.status)).toEqual(['400', '400', '400']);
    expect(ops[1].response).toMatchObject({
      scimType: 'invalidValue',
      detail: "bulkId 'broken' refers to a POST operation that failed",
    });
    expect(ops[2]).not.toHaveProperty('location');
  });

  it('fails a POST that references its own bulkId', async () => {
    const ops = await bulkOk([postGroup('me', 'Myself', [{ value: 'bulkId:me' }])]);
    expect(ops[0]).toMatchObject({ status: '400', response: { scimType: 'invalidValue' } });
    expect(ops[0].response.detail).toContain('its own bulkId');
  });
});

describe('Bulk: operations and errors (RFC 7644 §3.7.3)', () => {
  it('runs PUT, PATCH and DELETE with version as If-Match; a stale version is 412', async () => {
    const [created] = await bulkOk([postUser('v', { userName: 'versioned@example.com' })]);
    const path = `/Users/${idOf(created.location)}`;
    const ops = await bulkOk([
      { method: 'PUT', path, version: 'W/"9"', data: { userName: 'versioned@example.com' } },
      {
        method: 'PATCH',
        path,
        version: 'W/"9"',
        data: { Operations: [{ op: 'add', path: 'nickName', value: 'x' }] },
      },
      { method: 'DELETE', path, version: 'W/"9"' },
      {
        method: 'PUT',
        path,
        version: 'W/"1"',
        data: { userName: 'versioned@example.com', nickName: 'v2' },
      },
      {
        method: 'PATCH',
        path,
        version: 'W/"2"',
        data: { Operations: [{ op: 'add', path: 'title', value: 'Dr' }] },
      },
    ]);
    expect(ops.map((o) => o.status)).toEqual(['412', '412', '412', '200', '200']);
    expect(ops[0]).toMatchObject({
      method: 'PUT',
      location: created.location,
      response: { schemas: [ERROR], status: '412' },
    });
    expect(ops[3].version).toBe('W/"2"');
    expect(ops[4].version).toBe('W/"3"');
    const user = await getJson(created.location);
    expect(user).toMatchObject({ nickName: 'v2', title: 'Dr' });
  });

  it('DELETE answers 204 with the location, and the resource is then gone (404)', async () => {
    const ops = await bulkOk([
      postUser('gone', { userName: 'gone@example.com' }),
      { method: 'DELETE', path: '/Users/bulkId:gone' },
    ]);
    expect(ops[1]).toEqual({ method: 'DELETE', location: ops[0].location, status: '204' });
    expect((await get(ops[0].location)).status).toBe(404);
  });

  it('fails an unknown path or method in its own result, not the whole request', async () => {
    const ops = await bulkOk([
      { method: 'POST', path: '/Widgets', bulkId: 'w', data: {} },
      { method: 'POST', path: '/Users/123', bulkId: 'x', data: { userName: 'x' } },
      { method: 'PUT', path: '/Groups', data: { displayName: 'x' } },
      { method: 'GET', path: '/Users' },
      { method: 'POST', path: '/Users', data: { userName: 'no-bulk-id@example.com' } },
      { method: 'DELETE', path: '/Users/no-such-user' },
      postUser('ok', { userName: 'unknown-path-ok@example.com' }),
    ]);
    expect(ops.map((o) => [o.status, o.response?.scimType])).toEqual([
      ['400', 'invalidPath'],
      ['400', 'invalidPath'],
      ['400', 'invalidPath'],
      ['400', 'invalidSyntax'],
      ['400', 'invalidSyntax'],
      ['404', undefined],
      ['201', undefined],
    ]);
    expect(ops[3].method).toBe('GET');
    expect(ops[5].location).toBe(`${server.base}/Users/no-such-user`);
  });

  it('failOnErrors=1 stops after the first error and lists only what was processed', async () => {
    const ops = await bulkOk(
      [
        postUser('first', { userName: 'foe-first@example.com' }),
        postUser('bad', { name: { givenName: 'no userName' } }),
        postUser('never', { userName: 'foe-never@example.com' }),
      ],
      { failOnErrors: 1 },
    );
    expect(ops.map((o) => [o.bulkId, o.status])).toEqual([
      ['first', '201'],
      ['bad', '400'],
    ]);
    const never = await scimJson(
      await server.scim(
        `/Users?filter=${encodeURIComponent('userName eq "foe-never@example.com"')}`,
      ),
    );
    expect(never.totalResults).toBe(0);
  });

  it('without failOnErrors, every operation runs; a failure does not undo earlier successes', async () => {
    const ops = await bulkOk([
      postUser('kept', { userName: 'kept@example.com' }),
      postUser('dupe', { userName: 'KEPT@example.com' }),
      postUser('after', { userName: 'after@example.com' }),
    ]);
    expect(ops.map((o) => o.status)).toEqual(['201', '409', '201']);
    expect(ops[1].response).toMatchObject({ status: '409', scimType: 'uniqueness' });
    expect((await getJson(ops[0].location)).userName).toBe('kept@example.com');
    expect((await getJson(ops[2].location)).userName).toBe('after@example.com');
  });

  it('reads keys and method in any case', async () => {
    const res = await server.scim('/Bulk', {
      method: 'POST',
      body: {
        SCHEMAS: [BULK_REQUEST],
        operations: [
          { METHOD: 'post', PATH: '/users', BULKID: 'lc', DATA: { userName: 'lc@example.com' } },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect((await scimJson(res)).Operations).toEqual([
      expect.objectContaining({ method: 'POST', bulkId: 'lc', status: '201' }),
    ]);
  });

  it('fails an operation whose data is nested deeper than 32 levels', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const ops = await bulkOk([postUser('deep', { userName: 'deep@example.com', deep })]);
    expect(ops[0]).toMatchObject({ status: '400', response: { scimType: 'invalidSyntax' } });
  });
});

describe('Bulk: the request as a whole', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['no Operations', { schemas: [BULK_REQUEST] }, 'non-empty "Operations"'],
    [
      'a wrong schema',
      { schemas: [PATCH_OP], Operations: [{ method: 'DELETE', path: '/Users/1' }] },
      BULK_REQUEST,
    ],
    ['an operation that is not an object', { Operations: [42] }, 'Operations[0] must be an object'],
    [
      'duplicate bulkIds',
      { Operations: [postUser('d', { userName: 'd1' }), postUser('d', { userName: 'd2' })] },
      "both use bulkId 'd'",
    ],
    [
      'failOnErrors that is not a positive integer',
      { failOnErrors: -1, Operations: [{ method: 'DELETE', path: '/Users/1' }] },
      'failOnErrors must be a positive integer',
    ],
  ])('refuses %s with 400 invalidSyntax', async (_, body, detail) => {
    const res = await server.scim('/Bulk', { method: 'POST', body });
    expect(res.status).toBe(400);
    const error = await scimJson(res);
    expect(error).toMatchObject({ schemas: [ERROR], status: '400', scimType: 'invalidSyntax' });
    expect(error.detail).toContain(detail);
  });

  it('refuses more than 1000 operations with 413 naming the limit, and runs none', async () => {
    const Operations = Array.from({ length: 1001 }, (_, i) =>
      postUser(`many${i}`, { userName: `many${i}@example.com` }),
    );
    const res = await bulk(Operations);
    expect(res.status).toBe(413);
    expect(await scimJson(res)).toEqual({
      schemas: [ERROR],
      status: '413',
      detail: 'The bulk request has 1001 operations; maxOperations is 1000',
    });
    const list = await scimJson(
      await server.scim(`/Users?filter=${encodeURIComponent('userName sw "many"')}`),
    );
    expect(list.totalResults).toBe(0);
  });

  it('refuses a body over 1 MiB with 413 (maxPayloadSize, at the edge)', async () => {
    const res = await bulk([
      postUser('big', { userName: 'big', padding: 'x'.repeat(1024 * 1024) }),
    ]);
    expect(res.status).toBe(413);
    expect((await scimJson(res)).detail).toContain('1048576');
  });

  it('answers malformed JSON with 400 invalidSyntax', async () => {
    const res = await server.scim('/Bulk', { method: 'POST', rawBody: '{"Operations": [' });
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidSyntax');
  });

  it('requires authentication', async () => {
    const res = await server.scim('/Bulk', { method: 'POST', body: {}, token: null });
    expect(res.status).toBe(401);
  });
});
