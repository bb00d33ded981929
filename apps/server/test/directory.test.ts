/**
 * Users and groups outside SCIM: local users (just-in-time sign-in),
 * their adoption by SCIM, the read-only rules for SCIM-managed resources,
 * local groups and roles on groups (Alation's table).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod' } });
});
afterAll(() => server.stop());

const json = async (res: Response) => (await res.json()) as any;
const localUser = async (userName: string) => {
  const res = await server.admin('/tenants/acme/users', {
    method: 'POST',
    json: { userName, displayName: 'Local', email: userName },
  });
  expect(res.status).toBe(200);
  return json(res);
};
const setAdoption = (on: boolean) =>
  server.admin('/tenants/acme/settings', { method: 'PATCH', json: { adoptExistingUsers: on } });

describe('adoption of existing accounts', () => {
  it('is off by default: a SCIM create of a local user is 409', async () => {
    await localUser('jit-off@example.com');
    const res = await server.scim('/Users', {
      method: 'POST',
      body: { userName: 'jit-off@example.com' },
    });
    expect(res.status).toBe(409);
  });

  it('when on, adopts the local user: same id, SCIM-managed, profile from the IdP', async () => {
    await setAdoption(true);
    try {
      const local = await localUser('jit@example.com');
      expect(local).toMatchObject({ origin: 'local', editable: true });
      const res = await server.scim('/Users', {
        method: 'POST',
        body: { userName: 'JIT@example.com', displayName: 'From Okta', externalId: 'okta-1' },
      });
      expect(res.status).toBe(201);
      const adopted = await scimJson(res);
      expect(adopted).toMatchObject({
        id: local.id,
        displayName: 'From Okta',
        externalId: 'okta-1',
      });
      expect(res.headers.get('location')).toBe(`${server.base}/Users/${local.id}`);
      const view = await json(await server.admin(`/tenants/acme/users/${local.id}`));
      expect(view).toMatchObject({ origin: 'scim', editable: false });
      // Adopted once: a second create is a conflict like any other.
      const again = await server.scim('/Users', {
        method: 'POST',
        body: { userName: 'jit@example.com' },
      });
      expect(again.status).toBe(409);
      const events = await json(
        await server.admin(`/tenants/acme/events?resourceId=${local.id}&after=0`),
      );
      expect(events.map((e: { type: string }) => e.type)).toEqual([
        'user.created',
        'user.adopted',
        'user.updated',
      ]);
    } finally {
      await setAdoption(false);
    }
  });

  it('never adopts a SCIM-managed user', async () => {
    await setAdoption(true);
    try {
      await server.scim('/Users', { method: 'POST', body: { userName: 'scimmed@example.com' } });
      const res = await server.scim('/Users', {
        method: 'POST',
        body: { userName: 'scimmed@example.com' },
      });
      expect(res.status).toBe(409);
    } finally {
      await setAdoption(false);
    }
  });
});

describe('read-only rules', () => {
  it('a SCIM-managed user cannot be edited in the admin API; a local one can', async () => {
    const scimUser = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'ro@example.com' } }),
    );
    const refused = await server.admin(`/tenants/acme/users/${scimUser.id}`, {
      method: 'PATCH',
      json: { displayName: 'Edited' },
    });
    expect(refused.status).toBe(403);
    expect((await json(refused)).message).toMatch(/managed by SCIM/);
    expect(
      (await scimJson(await server.scim(`/Users/${scimUser.id}`))).displayName,
    ).toBeUndefined();

    const local = await localUser('editable@example.com');
    const edited = await server.admin(`/tenants/acme/users/${local.id}`, {
      method: 'PATCH',
      json: { displayName: 'Edited', givenName: 'Eddie' },
    });
    expect(edited.status).toBe(200);
    expect(await json(edited)).toMatchObject({
      data: { displayName: 'Edited', name: { givenName: 'Eddie' } },
    });
  });

  it('suspending a local user locks it; reactivating lifts the lock', async () => {
    const local = await localUser('suspend@example.com');
    await server.admin(`/tenants/acme/users/${local.id}`, {
      method: 'PATCH',
      json: { active: false },
    });
    const locked = await json(await server.admin(`/tenants/acme/access-check?id=${local.id}`));
    expect(locked).toMatchObject({ status: 'locked', lock: { reason: 'admin' } });
    await server.admin(`/tenants/acme/users/${local.id}`, {
      method: 'PATCH',
      json: { active: true },
    });
    expect(
      (await json(await server.admin(`/tenants/acme/access-check?id=${local.id}`))).status,
    ).toBe('active');
  });

  it('SCIM groups: no rename, membership change or delete in the admin API, but roles yes', async () => {
    const member = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'member@example.com' } }),
    );
    const group = await scimJson(
      await server.scim('/Groups', { method: 'POST', body: { displayName: 'From IdP' } }),
    );
    for (const [method, path, body] of [
      ['PATCH', `/tenants/acme/groups/${group.id}`, { displayName: 'Renamed' }],
      ['PATCH', `/tenants/acme/groups/${group.id}`, { addMembers: [member.id] }],
      ['DELETE', `/tenants/acme/groups/${group.id}`, undefined],
    ] as const) {
      const res = await server.admin(path, { method, json: body });
      expect(res.status, `${method} ${JSON.stringify(body)}`).toBe(403);
    }
    expect((await scimJson(await server.scim(`/Groups/${group.id}`))).displayName).toBe('From IdP');

    const roles = await server.admin(`/tenants/acme/groups/${group.id}/roles`, {
      method: 'PUT',
      json: { roles: [{ type: 'workspace_prod', value: 'Editor' }] },
    });
    expect(roles.status).toBe(200);
    // Stored in the role grammar's canonical form.
    expect((await json(roles)).roles).toEqual([{ type: 'workspace_prod', value: 'editor' }]);
    const scimView = await scimJson(await server.scim(`/Groups/${group.id}`));
    expect(scimView.roles).toEqual([{ type: 'workspace_prod', value: 'editor' }]);
  });

  it('roles outside the catalog are refused with 400', async () => {
    const group = await scimJson(
      await server.scim('/Groups', { method: 'POST', body: { displayName: 'Catalogued' } }),
    );
    const res = await server.admin(`/tenants/acme/groups/${group.id}/roles`, {
      method: 'PUT',
      json: { roles: [{ type: 'workspace_nowhere', value: 'Editor' }] },
    });
    expect(res.status).toBe(400);
  });
});

describe('local groups', () => {
  it('are created, given members and roles, renamed and deleted by the admin', async () => {
    const user = await scimJson(
      await server.scim('/Users', { method: 'POST', body: { userName: 'analyst@example.com' } }),
    );
    const createdRes = await server.admin('/tenants/acme/groups', {
      method: 'POST',
      json: {
        displayName: 'Analysts',
        members: [user.id],
        roles: [{ type: 'account_type', value: 'admin' }],
      },
    });
    expect(createdRes.status).toBe(200);
    const group = await json(createdRes);
    expect(group).toMatchObject({ origin: 'local', editable: true, memberCount: 1 });

    const access = await json(
      await server.admin(`/tenants/acme/users/${user.id}/effective-access`),
    );
    expect(access.roles.map((r: { id: string }) => r.id)).toContain('account_type:admin');

    const renamed = await server.admin(`/tenants/acme/groups/${group.id}`, {
      method: 'PATCH',
      json: { displayName: 'Data Analysts', removeMembers: [user.id] },
    });
    expect(await json(renamed)).toMatchObject({ displayName: 'Data Analysts', memberCount: 0 });
    expect(
      (await server.admin(`/tenants/acme/groups/${group.id}`, { method: 'DELETE' })).status,
    ).toBe(200);
    expect((await server.admin(`/tenants/acme/groups/${group.id}`)).status).toBe(404);
  });

  it('refuse unknown members and taken names', async () => {
    const unknown = await server.admin('/tenants/acme/groups', {
      method: 'POST',
      json: { displayName: 'Ghosts', members: ['no-such-id'] },
    });
    expect(unknown.status).toBe(400);
    await server.admin('/tenants/acme/groups', { method: 'POST', json: { displayName: 'Twice' } });
    const taken = await server.admin('/tenants/acme/groups', {
      method: 'POST',
      json: { displayName: 'twice' },
    });
    expect(taken.status).toBe(409);
  });
});

describe('tenant isolation', () => {
  it('another tenant sees none of these users, groups, locks or events', async () => {
    await server.admin('/tenants', { method: 'POST', json: { id: 'other', name: 'Other' } });
    const user = await localUser('isolated@example.com');
    expect((await server.admin(`/tenants/other/users/${user.id}`)).status).toBe(404);
    expect(
      (await server.admin(`/tenants/other/access-check?id=${user.id}`).then(json)).status,
    ).toBe('unknown');
    expect(await json(await server.admin('/tenants/other/locks'))).toEqual([]);
    expect(await json(await server.admin('/tenants/other/events'))).toEqual([]);
    expect(
      (
        await server.admin(`/tenants/other/users/${user.id}`, {
          method: 'PATCH',
          json: { displayName: 'x' },
        })
      ).status,
    ).toBe(404);
  });
});
