/**
 * Large groups: memberships are rows changed as deltas, lists never read
 * members unless returned, and a PATCH does not echo a huge group back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATCH_ECHO_MEMBERS_MAX } from '../src/scim/groups/router.ts';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const SIZE = PATCH_ECHO_MEMBERS_MAX + 200;
let server: TestServer;
const ids: string[] = [];
let groupId: string;

const patch = (query: string, Operations: unknown[], headers: Record<string, string> = {}) =>
  server.scim(`/Groups/${groupId}${query}`, {
    method: 'PATCH',
    headers,
    body: { schemas: [PATCH_OP], Operations },
  });

beforeAll(async () => {
  server = await startTestServer();
  for (let i = 0; i < SIZE + 1; i += 100) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(100, SIZE + 1 - i) }, async (_, j) => {
        const res = await server.scim('/Users', {
          method: 'POST',
          body: { userName: `member-${i + j}@example.com` },
        });
        return (await scimJson(res)).id as string;
      }),
    );
    ids.push(...batch);
  }
  groupId = (
    await scimJson(
      await server.scim('/Groups', { method: 'POST', body: { displayName: 'Everyone' } }),
    )
  ).id;
  const res = await patch('', [
    { op: 'add', path: 'members', value: ids.slice(0, SIZE).map((value) => ({ value })) },
  ]);
  expect(res.status).toBe(204);
}, 120_000);
afterAll(() => server.stop());

describe('a group larger than the PATCH echo limit', () => {
  it('adding one member answers 204 with the new ETag, and the member is there', async () => {
    const res = await patch('', [{ op: 'add', path: 'members', value: [{ value: ids[SIZE] }] }]);
    expect(res.status).toBe(204);
    expect(res.headers.get('etag')).toMatch(/^W\/"\d+"$/);
    const found = await scimJson(
      await server.scim(
        `/Groups?filter=${encodeURIComponent(`members.value eq "${ids[SIZE]}"`)}&excludedAttributes=members`,
      ),
    );
    expect(found.totalResults).toBe(1);
  });

  it('asking for members in the PATCH gets them all; asking for displayName gets no members', async () => {
    const all = await scimJson(
      await patch('?attributes=members', [
        { op: 'replace', path: 'displayName', value: 'Everyone!' },
      ]),
    );
    expect(all.members).toHaveLength(SIZE + 1);
    const name = await scimJson(
      await patch('?attributes=displayName', [
        { op: 'replace', path: 'displayName', value: 'Everyone' },
      ]),
    );
    expect(name).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      id: groupId,
      displayName: 'Everyone',
    });
  });

  it('GET returns every member; excludedAttributes=members returns none', async () => {
    expect((await scimJson(await server.scim(`/Groups/${groupId}`))).members).toHaveLength(
      SIZE + 1,
    );
    expect(
      (await scimJson(await server.scim(`/Groups/${groupId}?excludedAttributes=members`))).members,
    ).toBeUndefined();
  });

  it('member counts follow removals and deleted users, down to where the group is echoed again', async () => {
    const excess = SIZE + 1 - PATCH_ECHO_MEMBERS_MAX;
    const toRemove = ids.slice(0, excess - 1);
    await patch('', [
      { op: 'remove', path: 'members', value: toRemove.map((value) => ({ value })) },
    ]);
    expect(
      (await patch('', [{ op: 'replace', path: 'displayName', value: 'Still big' }])).status,
    ).toBe(204);
    expect((await server.scim(`/Users/${ids[excess]}`, { method: 'DELETE' })).status).toBe(204);
    const res = await patch('', [{ op: 'replace', path: 'displayName', value: 'Echoed' }]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).members).toHaveLength(PATCH_ECHO_MEMBERS_MAX);
  });
});
