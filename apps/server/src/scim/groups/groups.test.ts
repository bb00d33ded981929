import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

let server: TestServer;
let alice: string;
let bob: string;

beforeAll(async () => {
  server = await startTestServer();
  alice = (
    await scimJson(
      await server.scim('/Users', {
        method: 'POST',
        body: { userName: 'alice@example.com', displayName: 'Alice' },
      }),
    )
  ).id;
  bob = (
    await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'bob@example.com' } }),
    )
  ).id;
});
afterAll(() => server.stop());

async function createGroup(body: Record<string, unknown>) {
  const res = await server.scim('/Groups', { method: 'POST', body });
  expect(res.status).toBe(201);
  return scimJson(res);
}
const patchGroup = (id: string, Operations: unknown[]) =>
  server.scim(`/Groups/${id}`, { method: 'PATCH', body: { schemas: [PATCH_OP], Operations } });

describe('Groups', () => {
  it('creates a group with members, whose display is the member’s name', async () => {
    const group = await createGroup({
      displayName: 'Engineering',
      members: [{ value: alice }, { value: bob, display: 'ignored' }],
    });
    const byValue = (a: { value: string }, b: { value: string }) => a.value.localeCompare(b.value);
    expect([...group.members].sort(byValue)).toEqual(
      [
        { value: alice, type: 'User', $ref: `${server.base}/Users/${alice}`, display: 'Alice' },
        {
          value: bob,
          type: 'User',
          $ref: `${server.base}/Users/${bob}`,
          display: 'bob@example.com',
        },
      ].sort(byValue),
    );
  });

  it('displayName is unique per tenant, case-insensitively', async () => {
    await createGroup({ displayName: 'Design' });
    const res = await server.scim('/Groups', { method: 'POST', body: { displayName: 'DESIGN' } });
    expect(res.status).toBe(409);
    expect((await scimJson(res)).scimType).toBe('uniqueness');
  });

  it('an unknown member id is 400 invalidValue and nothing is created', async () => {
    const res = await server.scim('/Groups', {
      method: 'POST',
      body: { displayName: 'Ghosts', members: [{ value: 'no-such-user' }] },
    });
    expect(res.status).toBe(400);
    expect(await scimJson(res)).toMatchObject({ scimType: 'invalidValue' });
    expect(
      (await scimJson(await server.scim('/Groups?filter=displayName eq "Ghosts"'))).totalResults,
    ).toBe(0);
  });

  it('groups can contain groups', async () => {
    const inner = await createGroup({ displayName: 'Inner' });
    const outer = await createGroup({
      displayName: 'Outer',
      members: [{ value: inner.id, type: 'Group' }],
    });
    expect(outer.members).toEqual([
      {
        value: inner.id,
        type: 'Group',
        $ref: `${server.base}/Groups/${inner.id}`,
        display: 'Inner',
      },
    ]);
  });

  it('excludedAttributes=members leaves members out (Entra)', async () => {
    const group = await createGroup({ displayName: 'Big', members: [{ value: alice }] });
    const one = await scimJson(await server.scim(`/Groups/${group.id}?excludedAttributes=members`));
    expect(one.members).toBeUndefined();
    expect(one.displayName).toBe('Big');
    const list = await scimJson(
      await server.scim(`/Groups?filter=displayName eq "Big"&excludedAttributes=members`),
    );
    expect(list.Resources[0].members).toBeUndefined();
  });

  it('filters by member', async () => {
    const list = await scimJson(
      await server.scim(`/Groups?filter=${encodeURIComponent(`members.value eq "${alice}"`)}`),
    );
    expect(list.Resources.map((g: { displayName: string }) => g.displayName).sort()).toEqual([
      'Big',
      'Engineering',
    ]);
  });

  it('Entra removes members with a value list', async () => {
    const group = await createGroup({
      displayName: 'Entra',
      members: [{ value: alice }, { value: bob }],
    });
    const res = await patchGroup(group.id, [
      { op: 'Remove', path: 'members', value: [{ value: alice }] },
    ]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).members.map((m: { value: string }) => m.value)).toEqual([bob]);
  });

  it('removes members matching a non-id filter', async () => {
    const inner = (await scimJson(await server.scim('/Groups?filter=displayName eq "Inner"')))
      .Resources[0];
    const group = await createGroup({
      displayName: 'Mixed',
      members: [{ value: alice }, { value: inner.id }],
    });
    const res = await patchGroup(group.id, [{ op: 'remove', path: 'members[type eq "Group"]' }]);
    expect((await scimJson(res)).members.map((m: { value: string }) => m.value)).toEqual([alice]);
  });

  it('remove of members with no value empties the group', async () => {
    const group = await createGroup({ displayName: 'Emptied', members: [{ value: alice }] });
    const res = await patchGroup(group.id, [{ op: 'remove', path: 'members' }]);
    expect((await scimJson(res)).members).toBeUndefined();
  });

  it('adding a member twice keeps one membership; removing an absent one is fine', async () => {
    const group = await createGroup({ displayName: 'Twice' });
    await patchGroup(group.id, [{ op: 'add', path: 'members', value: [{ value: alice }] }]);
    await patchGroup(group.id, [{ op: 'add', path: 'members', value: [{ value: alice }] }]);
    const res = await patchGroup(group.id, [{ op: 'remove', path: `members[value eq "${bob}"]` }]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).members).toHaveLength(1);
  });

  it('a PATCH whose member add fails leaves the rename undone', async () => {
    const group = await createGroup({ displayName: 'Atomic' });
    const res = await patchGroup(group.id, [
      { op: 'replace', path: 'displayName', value: 'Atomic Renamed' },
      { op: 'add', path: 'members', value: [{ value: 'missing' }] },
    ]);
    expect(res.status).toBe(400);
    expect((await scimJson(await server.scim(`/Groups/${group.id}`))).displayName).toBe('Atomic');
  });

  it('deleting a user removes its memberships', async () => {
    const carol = (
      await scimJson(
        await server.scim('/Users', { method: 'POST', body: { userName: 'carol@example.com' } }),
      )
    ).id;
    const group = await createGroup({ displayName: 'Carol’s', members: [{ value: carol }] });
    expect((await server.scim(`/Users/${carol}`, { method: 'DELETE' })).status).toBe(204);
    expect((await scimJson(await server.scim(`/Groups/${group.id}`))).members).toBeUndefined();
  });

  it('a member sub-attribute path is 400 mutability', async () => {
    const group = await createGroup({ displayName: 'Subattr' });
    const res = await patchGroup(group.id, [
      { op: 'replace', path: `members[value eq "${alice}"].display`, value: 'x' },
    ]);
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('mutability');
  });
});
