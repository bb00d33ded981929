/**
 * The audit trail: every change with its actor (credential and request id)
 * and the before/after of the attributes it changed, in the admin API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod' } });
});
afterAll(() => server.stop());

interface Event {
  seq: number;
  type: string;
  resource: { type: string; id: string };
  actor: { kind: string; credentialId: string | null; requestId: string | null };
  data: any;
}
const events = async (query: string) =>
  (await (await server.admin(`/tenants/acme/events?${query}`)).json()) as Event[];

describe('audit trail', () => {
  it('records who changed what, with before and after, in order', async () => {
    const created = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'audited@example.com', displayName: 'Before' },
    });
    const user = await scimJson(created);
    const patched = await server.scim(`/Users/${user.id}`, {
      method: 'PATCH',
      body: {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'replace', path: 'displayName', value: 'After' },
          { op: 'add', path: 'roles', value: [{ type: 'workspace_prod', value: 'Editor' }] },
          { op: 'replace', path: 'active', value: false },
        ],
      },
    });
    expect(patched.status).toBe(200);

    const trail = await events(`resourceId=${user.id}&after=0`);
    // The resource's own events, its role events, then the lifecycle consequence.
    expect(trail.map((e) => e.type)).toEqual([
      'user.created',
      'user.updated',
      'user.deactivated',
      'role.assigned',
      'user.locked',
    ]);
    const [create, update] = trail;
    expect(create?.actor).toEqual({
      kind: 'scim',
      credentialId: expect.any(String),
      requestId: created.headers.get('x-request-id'),
    });
    expect(update?.actor.requestId).toBe(patched.headers.get('x-request-id'));
    expect(update?.data.changes.displayName).toEqual({ before: 'Before', after: 'After' });
    expect(update?.data.changes.roles).toEqual({
      before: null,
      after: [{ type: 'workspace_prod', value: 'editor' }],
    });
    expect(trail.find((e) => e.type === 'role.assigned')?.data.role).toEqual({
      type: 'workspace_prod',
      value: 'editor',
    });
    const seqs = trail.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('records membership changes as deltas, and nothing for a no-op', async () => {
    const a = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'm-a' } }),
    );
    const b = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'm-b' } }),
    );
    const group = await scimJson(
      await server.scim('/Groups', {
        method: 'POST',
        body: { displayName: 'Audited', members: [{ value: a.id }] },
      }),
    );
    // Okta's PUT with the full member list: only b is new, a stays.
    await server.scim(`/Groups/${group.id}`, {
      method: 'PUT',
      body: { displayName: 'Audited', members: [{ value: a.id }, { value: b.id }] },
    });
    // Entra's remove with a value list, plus one that is not a member.
    await server.scim(`/Groups/${group.id}`, {
      method: 'PATCH',
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: 'Remove', path: 'members', value: [{ value: a.id }, { value: 'x' }] }],
      },
    });
    // A no-op rename (Okta O-14) writes nothing.
    await server.scim(`/Groups/${group.id}`, {
      method: 'PATCH',
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: 'replace', value: { displayName: 'Audited' } }],
      },
    });
    const trail = await events(`resourceId=${group.id}&after=0`);
    expect(
      trail.map((e) => [e.type, e.data.members?.map((m: { value: string }) => m.value)]),
    ).toEqual([
      ['group.created', undefined],
      ['group.membership.added', [a.id]],
      ['group.membership.added', [b.id]],
      ['group.membership.removed', [a.id]],
    ]);
  });

  it('a deleted user leaves its groups in the trail; admin changes are the admin’s', async () => {
    const user = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'leaver@example.com' } }),
    );
    const group = await scimJson(
      await server.scim('/Groups', {
        method: 'POST',
        body: { displayName: 'Left behind', members: [{ value: user.id }] },
      }),
    );
    await server.scim(`/Users/${user.id}`, { method: 'DELETE' });
    const groupTrail = await events(`resourceId=${group.id}&type=group.membership.removed`);
    expect(groupTrail[0]?.data.members).toEqual([{ value: user.id }]);

    await server.admin(`/tenants/acme/groups/${group.id}/roles`, {
      method: 'PUT',
      json: { roles: [{ type: 'account_type', value: 'admin' }] },
    });
    const [assigned] = await events(`resourceId=${group.id}&type=role.assigned`);
    expect(assigned?.actor).toEqual({ kind: 'admin', credentialId: null, requestId: null });
  });

  it('pages newest first with `before`', async () => {
    const newest = (await events('limit=3')).map((e) => e.seq);
    expect(newest).toHaveLength(3);
    const [first = 0, , last = 0] = newest;
    expect(first).toBeGreaterThan(last);
    const older = await events(`limit=3&before=${last}`);
    expect(older[0]?.seq).toBe(last - 1);
    expect((await server.admin('/tenants/acme/events?type=user.exploded')).status).toBe(400);
  });
});
