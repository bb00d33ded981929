/**
 * Okta Group Push as Okta sends it (idp-wire-behavior.md §1.2 O-10 to O-16, §2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const CORE_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';

let server: TestServer;
const users: { id: string; userName: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const userName of ['ada@okta.local', 'bob@okta.local', 'cy@okta.local']) {
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { userName, name: { givenName: userName, familyName: 'X' }, active: true },
    });
    users.push({ id: (await scimJson(res)).id, userName });
  }
});

afterAll(() => server.stop());

const patch = (id: string, Operations: unknown[]) =>
  server.scim(`/Groups/${id}`, { method: 'PATCH', body: { schemas: [PATCH_OP], Operations } });

const memberIds = (group: { members?: { value: string }[] }) =>
  (group.members ?? []).map((m) => m.value).sort();

describe('Okta Push Groups', () => {
  let groupId: string;
  const user = (i: number) => () => users[i] as { id: string; userName: string };
  const [ada, bob, cy] = [user(0), user(1), user(2)];

  it('O-11 a group that does not exist yet is found by nothing', async () => {
    const res = await server.scim(
      '/Groups?filter=displayName%20eq%20%22Test%20SCIMv2%22&startIndex=1&count=100',
    );
    expect(res.status).toBe(200);
    expect((await scimJson(res)).totalResults).toBe(0);
  });

  it('O-10 creates the group with members: []', async () => {
    const res = await server.scim('/Groups', {
      method: 'POST',
      body: { schemas: [CORE_GROUP], displayName: 'Test SCIMv2', members: [] },
    });
    expect(res.status).toBe(201);
    const group = await scimJson(res);
    expect(group.id).toBeTruthy();
    expect(group.displayName).toBe('Test SCIMv2');
    expect(res.headers.get('location')).toBe(`${server.base}/Groups/${group.id}`);
    groupId = group.id;
  });

  it('O-11 then finds it by displayName', async () => {
    const body = await scimJson(
      await server.scim(
        '/Groups?filter=displayName%20eq%20%22Test%20SCIMv2%22&startIndex=1&count=100',
      ),
    );
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0].id).toBe(groupId);
  });

  it('O-13 adds members, with the no-op rename (O-14) in the same push', async () => {
    const rename = await patch(groupId, [
      { op: 'replace', value: { id: groupId, displayName: 'Test SCIMv2' } },
    ]);
    expect(rename.status).toBe(200);
    const before = await scimJson(rename);
    const res = await patch(groupId, [
      {
        op: 'add',
        path: 'members',
        value: [
          { value: ada().id, display: ada().userName },
          { value: bob().id, display: bob().userName },
        ],
      },
    ]);
    expect(res.status).toBe(200);
    const group = await scimJson(res);
    expect(memberIds(group)).toEqual([ada().id, bob().id].sort());
    expect(group.members.find((m: { value: string }) => m.value === ada().id)).toMatchObject({
      type: 'User',
      display: ada().userName,
    });
    expect(group.meta.version).not.toBe(before.meta.version);
  });

  it('O-14 the no-op rename carrying the read-only id does not change the version', async () => {
    const before = await scimJson(await server.scim(`/Groups/${groupId}`));
    const res = await patch(groupId, [
      { op: 'replace', value: { id: groupId, displayName: 'Test SCIMv2' } },
    ]);
    expect(res.status).toBe(200);
    const after = await scimJson(res);
    expect(after.meta.version).toBe(before.meta.version);
    expect(res.headers.get('etag')).toBe(before.meta.version);
  });

  it('O-13 removes one member and adds another in one PATCH', async () => {
    const res = await patch(groupId, [
      { op: 'remove', path: `members[value eq "${bob().id}"]` },
      { op: 'add', path: 'members', value: [{ value: cy().id, display: cy().userName }] },
    ]);
    expect(res.status).toBe(200);
    expect(memberIds(await scimJson(res))).toEqual([ada().id, cy().id].sort());
  });

  it('users see their groups in the read-only groups attribute', async () => {
    const user = await scimJson(await server.scim(`/Users/${ada().id}`));
    expect(user.groups).toEqual([
      {
        value: groupId,
        display: 'Test SCIMv2',
        $ref: `${server.base}/Groups/${groupId}`,
        type: 'direct',
      },
    ]);
    const removed = await scimJson(await server.scim(`/Users/${bob().id}`));
    expect(removed.groups).toBeUndefined();
  });

  it('Push Now replaces the whole membership', async () => {
    const res = await patch(groupId, [
      {
        op: 'replace',
        path: 'members',
        value: [
          { value: bob().id, display: bob().userName },
          { value: cy().id, display: cy().userName },
        ],
      },
    ]);
    expect(memberIds(await scimJson(res))).toEqual([bob().id, cy().id].sort());
  });

  it('Push Now of an empty group empties it', async () => {
    const res = await patch(groupId, [{ op: 'replace', path: 'members', value: [] }]);
    const group = await scimJson(res);
    expect(group.members).toBeUndefined();
    const members = await scimJson(
      await server.scim(`/Groups?filter=members.value eq "${bob().id}"`),
    );
    expect(members.totalResults).toBe(0);
  });

  it('O-14 rename in Okta', async () => {
    const res = await patch(groupId, [
      { op: 'replace', value: { id: groupId, displayName: 'Renamed SCIMv2' } },
    ]);
    expect((await scimJson(res)).displayName).toBe('Renamed SCIMv2');
    const found = await scimJson(
      await server.scim('/Groups?filter=displayName eq "renamed scimv2"'),
    );
    expect(found.totalResults).toBe(1);
  });

  it('O-15 AIW apps replace the group with PUT, members included', async () => {
    const res = await server.scim(`/Groups/${groupId}`, {
      method: 'PUT',
      body: {
        schemas: [CORE_GROUP],
        displayName: 'Renamed SCIMv2',
        members: [{ value: ada().id, display: ada().userName }],
      },
    });
    expect(res.status).toBe(200);
    expect(memberIds(await scimJson(res))).toEqual([ada().id]);
  });

  it('O-12 reads and imports groups', async () => {
    const one = await scimJson(await server.scim(`/Groups/${groupId}`));
    expect(memberIds(one)).toEqual([ada().id]);
    const page = await scimJson(await server.scim('/Groups?startIndex=1&count=100'));
    expect(page.Resources.map((g: { id: string }) => g.id)).toContain(groupId);
  });

  it('O-16 unlink with "delete the group": DELETE is 204, then 404; users stay', async () => {
    const res = await server.scim(`/Groups/${groupId}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect((await server.scim(`/Groups/${groupId}`, { method: 'DELETE' })).status).toBe(404);
    expect((await server.scim(`/Groups/${groupId}`)).status).toBe(404);
    const user = await scimJson(await server.scim(`/Users/${ada().id}`));
    expect(user.groups).toBeUndefined();
    expect(user.active).toBe(true);
  });
});
