/** Concurrent writers through the real server: no lost update, and If-Match lets exactly one win (RFC 7644 §3.14). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

it('50 parallel PATCHes that each add a different member all land', async () => {
  const ids = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const res = await server.scim('/Users', {
        method: 'POST',
        body: { userName: `parallel-${i}@example.com` },
      });
      return (await scimJson(res)).id as string;
    }),
  );
  const group = await scimJson(
    await server.scim('/Groups', { method: 'POST', body: { displayName: 'Parallel' } }),
  );
  const statuses = await Promise.all(
    ids.map((value) =>
      server
        .scim(`/Groups/${group.id}`, {
          method: 'PATCH',
          body: {
            schemas: [PATCH_OP],
            Operations: [{ op: 'add', path: 'members', value: [{ value }] }],
          },
        })
        .then((r) => r.status),
    ),
  );
  expect(statuses.every((s) => s === 200)).toBe(true);
  const after = await scimJson(await server.scim(`/Groups/${group.id}`));
  expect(after.members.map((m: { value: string }) => m.value).sort()).toEqual([...ids].sort());
  expect(after.meta.version).toBe('W/"51"');
});

it('two concurrent PATCHes with the same If-Match: exactly one 412', async () => {
  const user = await scimJson(
    await server.scim('/Users', { method: 'POST', body: { userName: 'race@example.com' } }),
  );
  const send = (title: string) =>
    server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      headers: { 'if-match': user.meta.version },
      body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', path: 'title', value: title }] },
    });
  const statuses = (await Promise.all([send('first'), send('second')])).map((r) => r.status).sort();
  expect(statuses).toEqual([200, 412]);
  const after = await scimJson(await server.scim(`/Users/${user.id}`));
  expect(after.meta.version).toBe('W/"2"');
});

it('concurrent PUTs with the same If-Match: exactly one wins, and DELETE with a stale tag fails', async () => {
  const user = await scimJson(
    await server.scim('/Users', { method: 'POST', body: { userName: 'put-race@example.com' } }),
  );
  const put = (title: string) =>
    server.scim(`/Users/${user.id}`, {
      method: 'PUT',
      headers: { 'if-match': user.meta.version },
      body: { userName: 'put-race@example.com', title },
    });
  const statuses = (await Promise.all([put('a'), put('b'), put('c')])).map((r) => r.status).sort();
  expect(statuses).toEqual([200, 412, 412]);
  const stale = await server.scim(`/Users/${user.id}`, {
    method: 'DELETE',
    headers: { 'if-match': user.meta.version },
  });
  expect(stale.status).toBe(412);
});
