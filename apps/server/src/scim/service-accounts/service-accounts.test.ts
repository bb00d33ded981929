import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../credentials/token-hash.ts';
import { scimJson, startTestServer, type TestServer } from '../../../test/test-server.ts';

const SERVICE_ACCOUNT = 'urn:scim-server:schemas:core:1.0:ServiceAccount';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const otherToken = 'globex-sa-token-abcdefghij';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod' } });
  await server.store.transaction(async ({ tenants, credentials }) => {
    await tenants.ensure('globex', 'Globex');
    await credentials.create({
      id: randomUUID(),
      tenantId: 'globex',
      label: 'test',
      secretHash: hashToken(otherToken),
      expiresAt: null,
    });
  });
});
afterAll(() => server.stop());

async function createAccount(body: Record<string, unknown>) {
  const res = await server.scim('/ServiceAccounts', { method: 'POST', body });
  expect(res.status).toBe(201);
  return scimJson(res);
}

async function getJson(path: string): Promise<any> {
  const res = await server.scim(path);
  expect(res.status).toBe(200);
  return scimJson(res);
}

const patchAccount = (id: string, Operations: unknown[], headers: Record<string, string> = {}) =>
  server.scim(`/ServiceAccounts/${id}`, {
    method: 'PATCH',
    headers,
    body: { schemas: [PATCH_OP], Operations },
  });

const globex = (path: string, init: Parameters<TestServer['scim']>[1] = {}) =>
  server.scim(`${server.url}/scim/v2/globex${path}`, { ...init, token: otherToken });

describe('ServiceAccounts: create and read', () => {
  it('POST is 201 with Location and ETag, defaults active to true and fills meta', async () => {
    const res = await server.scim('/ServiceAccounts', {
      method: 'POST',
      body: {
        schemas: [SERVICE_ACCOUNT],
        displayName: 'ci-deployer',
        description: 'Deploys from CI',
        externalId: 'ext-ci',
      },
    });
    expect(res.status).toBe(201);
    const account = await scimJson(res);
    expect(res.headers.get('location')).toBe(`${server.base}/ServiceAccounts/${account.id}`);
    expect(res.headers.get('etag')).toBe('W/"1"');
    expect(account).toMatchObject({
      schemas: [SERVICE_ACCOUNT],
      displayName: 'ci-deployer',
      description: 'Deploys from CI',
      externalId: 'ext-ci',
      active: true,
      meta: {
        resourceType: 'ServiceAccount',
        version: 'W/"1"',
        location: `${server.base}/ServiceAccounts/${account.id}`,
      },
    });
    expect(account.groups).toBeUndefined();

    const read = await server.scim(`/ServiceAccounts/${account.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('W/"1"');
    expect(await scimJson(read)).toEqual(account);

    const notModified = await server.scim(`/ServiceAccounts/${account.id}`, {
      headers: { 'if-none-match': 'W/"1"' },
    });
    expect(notModified.status).toBe(304);
  });

  it('reads attribute names case-insensitively and string booleans as booleans', async () => {
    const account = await createAccount({ DisplayName: 'case-bot', ACTIVE: 'False' });
    expect(account.displayName).toBe('case-bot');
    expect(account.active).toBe(false);
  });

  it('rejects a missing displayName with 400 invalidValue', async () => {
    const res = await server.scim('/ServiceAccounts', {
      method: 'POST',
      body: { description: 'nameless' },
    });
    expect(res.status).toBe(400);
    expect(await scimJson(res)).toMatchObject({
      scimType: 'invalidValue',
      detail: 'displayName: is required',
    });
  });

  it('treats displayName uniqueness case-insensitively (409), on POST and PUT', async () => {
    const first = await createAccount({ displayName: 'Unique-Bot' });
    const res = await server.scim('/ServiceAccounts', {
      method: 'POST',
      body: { displayName: 'unique-BOT' },
    });
    expect(res.status).toBe(409);
    expect((await scimJson(res)).scimType).toBe('uniqueness');

    const other = await createAccount({ displayName: 'other-bot' });
    const put = await server.scim(`/ServiceAccounts/${other.id}`, {
      method: 'PUT',
      body: { displayName: 'UNIQUE-bot' },
    });
    expect(put.status).toBe(409);
    expect((await getJson(`/ServiceAccounts/${other.id}`)).displayName).toBe('other-bot');
    expect((await getJson(`/ServiceAccounts/${first.id}`)).displayName).toBe('Unique-Bot');
  });

  it('a service account name may equal a group name or a user name (separate namespaces)', async () => {
    const group = await server.scim('/Groups', { method: 'POST', body: { displayName: 'shared' } });
    expect(group.status).toBe(201);
    await createAccount({ displayName: 'shared' });
  });

  it('an unknown id is 404', async () => {
    const res = await server.scim(`/ServiceAccounts/${randomUUID()}`);
    expect(res.status).toBe(404);
    expect((await scimJson(res)).status).toBe('404');
  });
});

describe('ServiceAccounts: filters, sorting, paging, projection', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    ids = {};
    for (const [name, body] of Object.entries({
      'list-charlie': { active: false, roles: [{ type: 'account_type', value: 'admin' }] },
      'List-Alpha': { externalId: 'list-ext', roles: ['workspace_prod:editor'] },
      'list-bravo': {
        description: 'reads prod',
        roles: [{ type: 'workspace_prod', value: 'consumer' }],
      },
    })) {
      const res = await server.scim('/ServiceAccounts', {
        method: 'POST',
        body: { displayName: name, ...body },
      });
      expect(res.status).toBe(201);
      ids[name] = (await scimJson(res)).id;
    }
  });

  const names = async (query: string) => {
    const res = await server.scim(`/ServiceAccounts?${query}`);
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    return (body.Resources as { displayName: string }[]).map((a) => a.displayName);
  };
  const filtered = (filter: string, more = '') =>
    names(`filter=${encodeURIComponent(filter)}${more}`);

  it.each([
    ['displayName eq "list-alpha"', ['List-Alpha']],
    ['displayName sw "list-" and active eq false', ['list-charlie']],
    ['roles[type eq "account_type"] and displayName sw "list-"', ['list-charlie']],
    ['roles[type eq "account_type" and value eq "admin"]', ['list-charlie']],
    ['roles[type eq "workspace_prod"] and displayName sw "list-"', ['List-Alpha', 'list-bravo']],
    ['roles[type eq "workspace_prod" and value eq "editor"]', ['List-Alpha']],
    ['externalId eq "list-ext"', ['List-Alpha']],
    ['description co "prod"', ['list-bravo']],
    ['displayName eq "nobody"', []],
  ])('%s', async (filter, expected) => {
    expect((await filtered(filter)).sort()).toEqual([...expected].sort());
  });

  it('answers an unknown attribute with 400 invalidFilter', async () => {
    const res = await server.scim(
      `/ServiceAccounts?filter=${encodeURIComponent('userName eq "x"')}`,
    );
    expect(res.status).toBe(400);
    expect((await scimJson(res)).scimType).toBe('invalidFilter');
  });

  it('sorts by displayName, case-insensitively, both ways', async () => {
    const filter = 'displayName sw "list-"';
    expect(await filtered(filter, '&sortBy=displayName')).toEqual([
      'List-Alpha',
      'list-bravo',
      'list-charlie',
    ]);
    expect(await filtered(filter, '&sortBy=displayName&sortOrder=descending')).toEqual([
      'list-charlie',
      'list-bravo',
      'List-Alpha',
    ]);
  });

  it('pages by index and by cursor', async () => {
    const filter = encodeURIComponent('displayName sw "list-"');
    const page = await getJson(
      `/ServiceAccounts?filter=${filter}&sortBy=displayName&startIndex=2&count=1`,
    );
    expect(page).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
    expect(page.Resources[0].displayName).toBe('list-bravo');

    const seen: string[] = [];
    let cursor = '';
    for (let i = 0; i < 5; i++) {
      const body = await getJson(
        `/ServiceAccounts?filter=${filter}&sortBy=displayName&count=2&cursor=${encodeURIComponent(cursor)}`,
      );
      seen.push(...body.Resources.map((a: { displayName: string }) => a.displayName));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
    }
    expect(seen).toEqual(['List-Alpha', 'list-bravo', 'list-charlie']);
  });

  it('projects with attributes and excludedAttributes, on list and get', async () => {
    const id = ids['list-bravo'] ?? '';
    const only = await getJson(`/ServiceAccounts/${id}?attributes=displayName`);
    expect(Object.keys(only).sort()).toEqual(['displayName', 'id', 'schemas']);
    const without = await getJson(`/ServiceAccounts/${id}?excludedAttributes=description,roles`);
    expect(without.description).toBeUndefined();
    expect(without.roles).toBeUndefined();
    expect(without.displayName).toBe('list-bravo');
    const list = await getJson(
      `/ServiceAccounts?filter=${encodeURIComponent('displayName eq "list-bravo"')}&attributes=description`,
    );
    expect(list.Resources).toEqual([{ schemas: [SERVICE_ACCOUNT], id, description: 'reads prod' }]);
  });

  it('POST /ServiceAccounts/.search answers like GET', async () => {
    const res = await server.scim('/ServiceAccounts/.search', {
      method: 'POST',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
        filter: 'displayName sw "list-"',
        sortBy: 'displayName',
        attributes: ['displayName'],
      },
    });
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.Resources.map((a: { displayName: string }) => a.displayName)).toEqual([
      'List-Alpha',
      'list-bravo',
      'list-charlie',
    ]);
  });

  it('the root .search includes service accounts', async () => {
    const res = await server.scim('/.search', {
      method: 'POST',
      body: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:SearchRequest'],
        filter: 'displayName eq "list-bravo"',
      },
    });
    expect(res.status).toBe(200);
    const body = await scimJson(res);
    expect(body.totalResults).toBe(1);
    expect(body.Resources[0]).toMatchObject({ id: ids['list-bravo'], schemas: [SERVICE_ACCOUNT] });
  });
});

describe('ServiceAccounts: replace, patch, delete', () => {
  it('PUT replaces the writable attributes, keeps active when omitted and ignores read-only ones', async () => {
    const account = await createAccount({
      displayName: 'put-bot',
      description: 'old',
      active: false,
    });
    const res = await server.scim(`/ServiceAccounts/${account.id}`, {
      method: 'PUT',
      body: {
        ...account,
        id: 'ignored',
        meta: { created: '2000-01-01T00:00:00Z' },
        description: undefined,
        externalId: 'put-ext',
      },
    });
    expect(res.status).toBe(200);
    const replaced = await scimJson(res);
    expect(replaced).toMatchObject({
      id: account.id,
      displayName: 'put-bot',
      externalId: 'put-ext',
      active: false,
      meta: { created: account.meta.created, version: 'W/"2"' },
    });
    expect(replaced.description).toBeUndefined();
  });

  it('PATCH path-less replace deactivates (Entra and Okta shape)', async () => {
    const account = await createAccount({ displayName: 'patch-bot' });
    const res = await patchAccount(account.id, [{ op: 'Replace', value: { active: 'False' } }]);
    expect(res.status).toBe(200);
    const patched = await scimJson(res);
    expect(patched.active).toBe(false);
    expect(patched.meta.version).toBe('W/"2"');
    const filter = encodeURIComponent('displayName eq "patch-bot" and active eq false');
    expect((await getJson(`/ServiceAccounts?filter=${filter}`)).totalResults).toBe(1);
  });

  it('PATCH of roles: add, replace by type, remove', async () => {
    const account = await createAccount({ displayName: 'roles-bot' });
    const added = await patchAccount(account.id, [
      { op: 'add', path: 'roles', value: [{ type: 'account_type', value: 'Admin' }] },
    ]);
    expect(added.status).toBe(200);
    expect((await scimJson(added)).roles).toEqual([{ type: 'account_type', value: 'admin' }]);

    const replaced = await patchAccount(account.id, [
      { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: 'Editor' },
    ]);
    expect(replaced.status).toBe(200);
    expect((await scimJson(replaced)).roles).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'workspace_prod', value: 'editor' },
    ]);

    const removed = await patchAccount(account.id, [
      { op: 'remove', path: 'roles[type eq "account_type"]' },
    ]);
    expect(removed.status).toBe(200);
    expect((await scimJson(removed)).roles).toEqual([{ type: 'workspace_prod', value: 'editor' }]);

    const cleared = await patchAccount(account.id, [
      { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: null },
    ]);
    expect((await scimJson(cleared)).roles).toBeUndefined();
  });

  it('a role naming a workspace not in the catalog is 400 and writes nothing', async () => {
    const account = await createAccount({ displayName: 'catalog-bot' });
    const res = await patchAccount(account.id, [
      { op: 'add', path: 'roles', value: [{ type: 'workspace_nosuch', value: 'editor' }] },
    ]);
    expect(res.status).toBe(400);
    expect((await getJson(`/ServiceAccounts/${account.id}`)).meta.version).toBe('W/"1"');
  });

  it('PATCH that fails in its second operation writes nothing (atomic)', async () => {
    const account = await createAccount({ displayName: 'atomic-bot' });
    const res = await patchAccount(account.id, [
      { op: 'replace', path: 'description', value: 'changed' },
      { op: 'replace', path: 'displayName', value: null },
    ]);
    expect(res.status).toBe(400);
    const after = await getJson(`/ServiceAccounts/${account.id}`);
    expect(after.description).toBeUndefined();
    expect(after.meta.version).toBe('W/"1"');
  });

  it('PATCH to a taken displayName is 409', async () => {
    await createAccount({ displayName: 'taken-bot' });
    const account = await createAccount({ displayName: 'renamer-bot' });
    const res = await patchAccount(account.id, [
      { op: 'replace', path: 'displayName', value: 'TAKEN-bot' },
    ]);
    expect(res.status).toBe(409);
  });

  it('If-Match: a stale version is 412 and changes nothing; the current one succeeds', async () => {
    const account = await createAccount({ displayName: 'etag-bot' });
    const stale = await patchAccount(
      account.id,
      [{ op: 'replace', path: 'description', value: 'x' }],
      { 'if-match': 'W/"7"' },
    );
    expect(stale.status).toBe(412);
    const stalePut = await server.scim(`/ServiceAccounts/${account.id}`, {
      method: 'PUT',
      headers: { 'if-match': 'W/"7"' },
      body: { displayName: 'etag-bot', description: 'y' },
    });
    expect(stalePut.status).toBe(412);
    const staleDelete = await server.scim(`/ServiceAccounts/${account.id}`, {
      method: 'DELETE',
      headers: { 'if-match': 'W/"7"' },
    });
    expect(staleDelete.status).toBe(412);
    expect((await getJson(`/ServiceAccounts/${account.id}`)).meta.version).toBe('W/"1"');

    const current = await patchAccount(
      account.id,
      [{ op: 'replace', path: 'description', value: 'x' }],
      { 'if-match': 'W/"1"' },
    );
    expect(current.status).toBe(200);
    expect(current.headers.get('etag')).toBe('W/"2"');
  });

  it('a no-op PATCH does not bump the version', async () => {
    const account = await createAccount({ displayName: 'noop-bot', description: 'same' });
    const res = await patchAccount(account.id, [
      { op: 'replace', path: 'description', value: 'same' },
    ]);
    expect(res.status).toBe(200);
    expect((await scimJson(res)).meta.version).toBe('W/"1"');
  });

  it('DELETE is 204, then 404', async () => {
    const account = await createAccount({ displayName: 'delete-bot' });
    const res = await server.scim(`/ServiceAccounts/${account.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await server.scim(`/ServiceAccounts/${account.id}`)).status).toBe(404);
    expect((await server.scim(`/ServiceAccounts/${account.id}`, { method: 'DELETE' })).status).toBe(
      404,
    );
  });
});

describe('ServiceAccounts in groups', () => {
  it('a group holds a user and a service account, each with its type, $ref and display', async () => {
    const user = await scimJson(
      await server.scim('/Users', {
        method: 'POST',
        body: { userName: 'member@example.com', displayName: 'Member Person' },
      }),
    );
    const account = await createAccount({ displayName: 'member-bot' });
    const res = await server.scim('/Groups', {
      method: 'POST',
      body: {
        schemas: [GROUP],
        displayName: 'Mixed',
        members: [{ value: user.id }, { value: account.id, type: 'ServiceAccount' }],
      },
    });
    expect(res.status).toBe(201);
    const group = await scimJson(res);
    // Members added together are listed by id; compare without order.
    expect(group.members).toHaveLength(2);
    expect(group.members).toEqual(
      expect.arrayContaining([
        {
          value: user.id,
          type: 'User',
          $ref: `${server.base}/Users/${user.id}`,
          display: 'Member Person',
        },
        {
          value: account.id,
          type: 'ServiceAccount',
          $ref: `${server.base}/ServiceAccounts/${account.id}`,
          display: 'member-bot',
        },
      ]),
    );

    const byType = await getJson(
      `/Groups?filter=${encodeURIComponent('members.type eq "ServiceAccount"')}`,
    );
    expect(byType.Resources.map((g: { id: string }) => g.id)).toContain(group.id);

    // The read-only `groups` attribute of the service account, like a user's.
    const read = await getJson(`/ServiceAccounts/${account.id}`);
    expect(read.groups).toEqual([
      {
        value: group.id,
        display: 'Mixed',
        $ref: `${server.base}/Groups/${group.id}`,
        type: 'direct',
      },
    ]);
    const projected = await getJson(`/ServiceAccounts/${account.id}?excludedAttributes=groups`);
    expect(projected.groups).toBeUndefined();
  });

  it('PATCH adds a service account to a group; deleting the account removes the membership', async () => {
    const account = await createAccount({ displayName: 'leaving-bot' });
    const stay = await createAccount({ displayName: 'staying-bot' });
    const group = await scimJson(
      await server.scim('/Groups', {
        method: 'POST',
        body: { displayName: 'Leavers', members: [{ value: stay.id }] },
      }),
    );
    const patch = await server.scim(`/Groups/${group.id}`, {
      method: 'PATCH',
      body: {
        schemas: [PATCH_OP],
        Operations: [{ op: 'add', path: 'members', value: [{ value: account.id }] }],
      },
    });
    expect(patch.status).toBe(200);
    expect((await scimJson(patch)).members).toHaveLength(2);

    expect((await server.scim(`/ServiceAccounts/${account.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    const after = await getJson(`/Groups/${group.id}`);
    expect(after.members).toEqual([
      {
        value: stay.id,
        type: 'ServiceAccount',
        $ref: `${server.base}/ServiceAccounts/${stay.id}`,
        display: 'staying-bot',
      },
    ]);
    const filter = encodeURIComponent(`displayName eq "Leavers"`);
    const withCount = await getJson(`/Groups?filter=${filter}&excludedAttributes=members`);
    expect(withCount.totalResults).toBe(1);
    expect(
      (
        await getJson(
          `/Groups?filter=${encodeURIComponent(`members.value eq "${account.id}"`)}&count=0`,
        )
      ).totalResults,
    ).toBe(0);
  });

  it('Bulk: POST a service account and a group whose member is bulkId: of it', async () => {
    const res = await server.scim('/Bulk', {
      method: 'POST',
      body: {
        schemas: [BULK_REQUEST],
        Operations: [
          {
            method: 'POST',
            path: '/Groups',
            bulkId: 'g1',
            data: {
              schemas: [GROUP],
              displayName: 'Bulk Bots',
              members: [{ type: 'ServiceAccount', value: 'bulkId:sa1' }],
            },
          },
          {
            method: 'POST',
            path: '/ServiceAccounts',
            bulkId: 'sa1',
            data: { schemas: [SERVICE_ACCOUNT], displayName: 'bulk-bot' },
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    const ops = (await scimJson(res)).Operations as any[];
    expect(ops.map((o) => o.status)).toEqual(['201', '201']);
    const accountOp = ops.find((o) => o.bulkId === 'sa1');
    const groupOp = ops.find((o) => o.bulkId === 'g1');
    expect(accountOp.location).toMatch(`${server.base}/ServiceAccounts/`);
    const accountId = accountOp.location.split('/').pop();
    const group = await getJson(groupOp.location);
    expect(group.members).toEqual([
      {
        value: accountId,
        type: 'ServiceAccount',
        $ref: `${server.base}/ServiceAccounts/${accountId}`,
        display: 'bulk-bot',
      },
    ]);
  });

  it('Bulk: PATCH and DELETE of /ServiceAccounts/{id}', async () => {
    const account = await createAccount({ displayName: 'bulk-patch-bot' });
    const res = await server.scim('/Bulk', {
      method: 'POST',
      body: {
        schemas: [BULK_REQUEST],
        Operations: [
          {
            method: 'PATCH',
            path: `/ServiceAccounts/${account.id}`,
            data: {
              schemas: [PATCH_OP],
              Operations: [{ op: 'replace', value: { active: false } }],
            },
          },
          { method: 'DELETE', path: `/serviceaccounts/${account.id}/` },
        ],
      },
    });
    expect(res.status).toBe(200);
    const ops = (await scimJson(res)).Operations as any[];
    expect(ops.map((o) => o.status)).toEqual(['200', '204']);
    expect((await server.scim(`/ServiceAccounts/${account.id}`)).status).toBe(404);
  });
});

describe('ServiceAccounts: tenant isolation', () => {
  it('another tenant cannot see, change, delete or group a service account', async () => {
    const account = await createAccount({ displayName: 'isolated-bot' });
    expect((await globex(`/ServiceAccounts/${account.id}`)).status).toBe(404);
    const list = await scimJson(
      await globex(
        `/ServiceAccounts?filter=${encodeURIComponent('displayName eq "isolated-bot"')}`,
      ),
    );
    expect(list.totalResults).toBe(0);
    expect(
      (
        await globex(`/ServiceAccounts/${account.id}`, {
          method: 'PUT',
          body: { displayName: 'stolen' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await globex(`/ServiceAccounts/${account.id}`, {
          method: 'PATCH',
          body: { schemas: [PATCH_OP], Operations: [{ op: 'replace', value: { active: false } }] },
        })
      ).status,
    ).toBe(404);
    expect((await globex(`/ServiceAccounts/${account.id}`, { method: 'DELETE' })).status).toBe(404);
    const group = await globex('/Groups', {
      method: 'POST',
      body: { displayName: 'Spies', members: [{ value: account.id }] },
    });
    expect(group.status).toBe(400);

    const still = await getJson(`/ServiceAccounts/${account.id}`);
    expect(still).toMatchObject({ displayName: 'isolated-bot', active: true });
    expect(still.meta.version).toBe('W/"1"');
    // displayName uniqueness is per tenant.
    expect(
      (await globex('/ServiceAccounts', { method: 'POST', body: { displayName: 'isolated-bot' } }))
        .status,
    ).toBe(201);
  });
});

describe('ServiceAccounts: discovery', () => {
  it('/ResourceTypes and /Schemas list the ServiceAccount type and its schema', async () => {
    const types = await getJson('/ResourceTypes');
    expect(types.Resources).toContainEqual(
      expect.objectContaining({
        id: 'ServiceAccount',
        endpoint: '/ServiceAccounts',
        schema: SERVICE_ACCOUNT,
      }),
    );
    const schema = await getJson(`/Schemas/${SERVICE_ACCOUNT}`);
    expect(schema.attributes.map((a: { name: string }) => a.name)).toEqual([
      'displayName',
      'description',
      'active',
      'roles',
      'groups',
    ]);
    expect(schema.attributes[0]).toMatchObject({ required: true, uniqueness: 'server' });
  });

  it('with role management off for service accounts, roles are readOnly and ignored', async () => {
    await server.store.transaction(({ tenants }) =>
      tenants.setRoleManagement(server.tenant, { serviceAccounts: false }),
    );
    try {
      const schema = await getJson(`/Schemas/${SERVICE_ACCOUNT}`);
      const roles = schema.attributes.find((a: { name: string }) => a.name === 'roles');
      expect(roles.mutability).toBe('readOnly');
      const account = await createAccount({
        displayName: 'no-roles-bot',
        roles: [{ type: 'account_type', value: 'admin' }],
      });
      expect(account.roles).toBeUndefined();
    } finally {
      await server.store.transaction(({ tenants }) =>
        tenants.setRoleManagement(server.tenant, { serviceAccounts: true }),
      );
    }
  });
});
