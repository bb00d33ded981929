/**
 * Role assignments in the role-type grammar, in every shape IdPs send
 * (idp-wire-behavior.md §1.4, §3.3 E-10), and /Roles discovery.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scimJson, startTestServer, type TestServer } from './test-server.ts';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod,dev', SCIM_BOOTSTRAP_SECRET_SCOPES: 'snowflake_test' },
  });
});
afterAll(() => server.stop());

const createUser = async (body: Record<string, unknown>) => {
  const res = await server.scim('/Users', { method: 'POST', body });
  return { res, user: await scimJson(res) };
};
const patch = (path: string, Operations: unknown[]) =>
  server.scim(path, { method: 'PATCH', body: { schemas: [PATCH_OP], Operations } });

describe('roles on users', () => {
  it('Okta: three role mappings merged into one array, values in any case, stored canonical', async () => {
    const { res, user } = await createUser({
      userName: 'okta-roles@example.com',
      roles: [
        { type: 'account_type', value: 'Admin' },
        { type: 'all_workspaces', value: 'Viewer' },
        { type: 'Workspace_Prod', value: 'OWNER' },
      ],
    });
    expect(res.status).toBe(201);
    expect(user.roles).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'all_workspaces', value: 'viewer' },
      { type: 'workspace_prod', value: 'owner' },
    ]);
  });

  it('Okta default template: roles as "type:value" strings', async () => {
    const { user } = await createUser({
      userName: 'okta-strings@example.com',
      roles: ['workspace_dev:editor', 'secret_scope_snowflake_test:secret_scope_reader'],
    });
    expect(user.roles).toEqual([
      { type: 'secret_scope_snowflake_test', value: 'secret_scope_reader' },
      { type: 'workspace_dev', value: 'editor' },
    ]);
  });

  it('PATCH roles[type eq "…"].value: replace creates the assignment, null removes it', async () => {
    const { user } = await createUser({ userName: 'patch-roles@example.com' });
    const created = await scimJson(
      await patch(`/Users/${user.id}`, [
        { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: 'Editor' },
      ]),
    );
    expect(created.roles).toEqual([{ type: 'workspace_prod', value: 'editor' }]);
    const changed = await scimJson(
      await patch(`/Users/${user.id}`, [
        { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: 'consumer' },
      ]),
    );
    expect(changed.roles).toEqual([{ type: 'workspace_prod', value: 'consumer' }]);
    const removed = await scimJson(
      await patch(`/Users/${user.id}`, [
        { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: null },
      ]),
    );
    expect(removed.roles).toBeUndefined();
  });

  it('Entra app-role assignment: a fixed type with "type:value" values, plain and JSON-encoded', async () => {
    const { user } = await createUser({
      userName: 'entra-roles@example.com',
      roles: [
        { primary: true, type: 'WindowsAzureActiveDirectoryRole', value: 'account_type:admin' },
      ],
    });
    expect(user.roles).toEqual([{ type: 'account_type', value: 'admin' }]);
    const res = await patch(`/Users/${user.id}`, [
      {
        op: 'Add',
        path: 'roles',
        value: [
          {
            value:
              '{"id":"06b07648-ecfe-589f-9d2f-6325724a46ee","value":"workspace_dev:operator","displayName":"Dev operator"}',
          },
        ],
      },
    ]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).roles).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'workspace_dev', value: 'operator' },
    ]);
  });

  it('a later entry for the same type wins (one assignment per type)', async () => {
    const { user } = await createUser({
      userName: 'one-per-type@example.com',
      roles: [
        { type: 'all_workspaces', value: 'viewer' },
        { type: 'all_workspaces', value: 'editor' },
      ],
    });
    expect(user.roles).toEqual([{ type: 'all_workspaces', value: 'editor' }]);
  });

  it.each([
    [{ type: 'all_workspaces', value: 'superuser' }, 'superuser'],
    [{ type: 'account_type', value: 'owner' }, 'owner'],
    [{ type: 'workspace_', value: 'viewer' }, 'workspace_'],
    [{ type: 'workspace_staging', value: 'viewer' }, 'staging'],
    [{ type: 'secret_scope_nope', value: 'secret_scope_reader' }, 'nope'],
  ])('refuses %j with 400 invalidValue naming %s, writing nothing', async (role, named) => {
    const userName = `bad-${Math.random().toString(36).slice(2)}@example.com`;
    const { res, user } = await createUser({ userName, roles: [role] });
    expect(res.status).toBe(400);
    expect(user.scimType).toBe('invalidValue');
    expect(user.detail).toContain(named);
    expect(
      (await scimJson(await server.scim(`/Users?filter=userName eq "${userName}"`))).totalResults,
    ).toBe(0);
  });

  it('roles can be filtered on', async () => {
    const list = await scimJson(
      await server.scim(
        `/Users?filter=${encodeURIComponent('roles[type eq "account_type" and value eq "admin"]')}`,
      ),
    );
    expect(list.Resources.map((u: { userName: string }) => u.userName).sort()).toEqual([
      'entra-roles@example.com',
      'okta-roles@example.com',
    ]);
  });

  it('with catalog auto-create on, an unknown workspace joins the catalog and /Roles', async () => {
    await server.store.transaction(({ tenants }) =>
      tenants.setCatalogAutoCreate(server.tenant, true),
    );
    const { res } = await createUser({
      userName: 'auto@example.com',
      roles: [{ type: 'workspace_staging', value: 'viewer' }],
    });
    expect(res.status).toBe(201);
    const role = await server.scim('/Roles/workspace_staging:viewer');
    expect(role.status).toBe(200);
    await server.store.transaction(({ tenants }) =>
      tenants.setCatalogAutoCreate(server.tenant, false),
    );
  });
});

describe('roles and attributes on groups', () => {
  it('groups carry roles, description and idpMappingNames', async () => {
    const res = await server.scim('/Groups', {
      method: 'POST',
      body: {
        displayName: 'ML Ops',
        description: 'Runs the feature platform',
        idpMappingNames: ['okta-ml-ops', 'entra-ml-ops'],
        roles: [{ type: 'all_workspaces', value: 'Owner' }],
      },
    });
    expect(res.status).toBe(201);
    const group = await scimJson(res);
    expect(group).toMatchObject({
      description: 'Runs the feature platform',
      idpMappingNames: ['okta-ml-ops', 'entra-ml-ops'],
      roles: [{ type: 'all_workspaces', value: 'owner' }],
    });
    const patched = await scimJson(
      await patch(`/Groups/${group.id}`, [
        { op: 'add', path: 'idpMappingNames', value: ['jumpcloud-ml-ops'] },
        { op: 'replace', path: 'roles[type eq "account_type"].value', value: 'admin' },
      ]),
    );
    expect(patched.idpMappingNames).toEqual(['okta-ml-ops', 'entra-ml-ops', 'jumpcloud-ml-ops']);
    expect(patched.roles).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'all_workspaces', value: 'owner' },
    ]);
  });
});

describe('role management switched off for users', () => {
  it('ignores roles in requests without error, keeps showing current ones, and /Schemas marks roles readOnly', async () => {
    const { user } = await createUser({
      userName: 'switch@example.com',
      roles: [{ type: 'all_workspaces', value: 'viewer' }],
    });
    await server.store.transaction(({ tenants }) =>
      tenants.setRoleManagement(server.tenant, { users: false }),
    );
    try {
      const put = await server.scim(`/Users/${user.id}`, {
        method: 'PUT',
        body: { userName: 'switch@example.com', roles: [{ type: 'account_type', value: 'admin' }] },
      });
      expect(put.status).toBe(200);
      expect((await scimJson(put)).roles).toEqual([{ type: 'all_workspaces', value: 'viewer' }]);
      const patched = await patch(`/Users/${user.id}`, [{ op: 'remove', path: 'roles' }]);
      expect((await scimJson(patched)).roles).toEqual([
        { type: 'all_workspaces', value: 'viewer' },
      ]);
      const created = await createUser({
        userName: 'switch-new@example.com',
        roles: [{ type: 'not_a_type', value: 'x' }],
      });
      expect(created.res.status).toBe(201);
      expect(created.user.roles).toBeUndefined();
      const schema = await scimJson(
        await server.scim('/Schemas/urn:ietf:params:scim:schemas:core:2.0:User'),
      );
      expect(schema.attributes.find((a: { name: string }) => a.name === 'roles').mutability).toBe(
        'readOnly',
      );
      // Groups are still managed.
      const group = await scimJson(
        await server.scim('/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group'),
      );
      expect(group.attributes.find((a: { name: string }) => a.name === 'roles').mutability).toBe(
        'readWrite',
      );
    } finally {
      await server.store.transaction(({ tenants }) =>
        tenants.setRoleManagement(server.tenant, { users: true }),
      );
    }
  });
});

describe('/Roles discovery', () => {
  it('lists every assignable role of the catalog as SCIM resources', async () => {
    const list = await scimJson(await server.scim('/Roles?count=1000'));
    const ids = list.Resources.map((r: { id: string }) => r.id);
    expect(ids).toContain('account_type:admin');
    expect(ids).toContain('all_workspaces:viewer');
    expect(ids).toContain('workspace_prod:editor');
    expect(ids).toContain('secret_scope_snowflake_test:secret_scope_reader');
    expect(list.totalResults).toBe(ids.length);
    const role = list.Resources.find((r: { id: string }) => r.id === 'workspace_prod:editor');
    expect(role).toMatchObject({
      type: 'workspace_prod',
      value: 'editor',
      display: 'Workspace prod: Editor',
    });
  });

  it('filters and pages, like Okta’s entitlement discovery (count=1 gives itemsPerPage 1)', async () => {
    const one = await scimJson(await server.scim('/Roles?count=1&startIndex=1'));
    expect(one.itemsPerPage).toBe(1);
    const prod = await scimJson(
      await server.scim(`/Roles?filter=${encodeURIComponent('type eq "workspace_prod"')}`),
    );
    expect(prod.totalResults).toBe(5);
    const bad = await server.scim(`/Roles?filter=${encodeURIComponent('colour eq "red"')}`);
    expect((await scimJson(bad)).scimType).toBe('invalidFilter');
    expect((await server.scim('/Roles/workspace_nowhere:viewer')).status).toBe(404);
  });
});
