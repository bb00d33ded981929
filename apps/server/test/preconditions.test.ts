/** RFC 7644 §3.14 preconditions on Users and Groups, through the real server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe.each([
  ['Users', (n: number) => ({ userName: `pre-${n}@example.com` }), 'title'],
  ['Groups', (n: number) => ({ displayName: `Pre ${n}` }), 'externalId'],
] as const)('%s', (endpoint, body, attribute) => {
  let n = 0;
  let change = 0;
  const create = async () =>
    scimJson(await server.scim(`/${endpoint}`, { method: 'POST', body: body(++n) }));
  const patch = (id: string, headers: Record<string, string>) =>
    server.scim(`/${endpoint}/${id}`, {
      method: 'PATCH',
      headers,
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', path: attribute, value: `v${++change}` }],
      },
    });

  it('version is bumped on every change and sent as ETag', async () => {
    const resource = await create();
    expect(resource.meta.version).toBe('W/"1"');
    const res = await patch(resource.id, {});
    expect(res.headers.get('etag')).toBe('W/"2"');
  });

  it('If-Match: matching, weak or strong, a list, or * succeeds', async () => {
    const resource = await create();
    expect((await patch(resource.id, { 'if-match': 'W/"1"' })).status).toBeLessThan(300);
    expect((await patch(resource.id, { 'if-match': '"2"' })).status).toBeLessThan(300);
    expect((await patch(resource.id, { 'if-match': 'W/"9", W/"3"' })).status).toBeLessThan(300);
    expect((await patch(resource.id, { 'if-match': '*' })).status).toBeLessThan(300);
  });

  it('If-Match that does not match is 412 on PUT, PATCH and DELETE, and nothing changes', async () => {
    const resource = await create();
    const stale = { 'if-match': 'W/"7"' };
    const put = await server.scim(`/${endpoint}/${resource.id}`, {
      method: 'PUT',
      headers: stale,
      body: body(n),
    });
    expect(put.status).toBe(412);
    expect((await scimJson(put)).status).toBe('412');
    expect((await patch(resource.id, stale)).status).toBe(412);
    expect(
      (await server.scim(`/${endpoint}/${resource.id}`, { method: 'DELETE', headers: stale }))
        .status,
    ).toBe(412);
    expect((await scimJson(await server.scim(`/${endpoint}/${resource.id}`))).meta.version).toBe(
      'W/"1"',
    );
  });

  it('If-None-Match: 304 for the current version, 200 for another', async () => {
    const resource = await create();
    expect(
      (await server.scim(`/${endpoint}/${resource.id}`, { headers: { 'if-none-match': 'W/"1"' } }))
        .status,
    ).toBe(304);
    expect(
      (await server.scim(`/${endpoint}/${resource.id}`, { headers: { 'if-none-match': 'W/"0"' } }))
        .status,
    ).toBe(200);
  });
});
