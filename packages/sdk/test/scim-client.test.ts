/** createScimClient against a real server: CRUD, paging, builders, ETags and typed errors. */
import { startTestServer, type TestServer } from '@scim/server/test/test-server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accountTypeRole,
  and,
  assignRole,
  createScimClient,
  eq,
  isScimApiError,
  patch,
  patchPath,
  pr,
  ScimApiError,
  sw,
  unassignRole,
  versionOf,
  workspaceRole,
  type ScimClient,
} from '../src/index.ts';

let server: TestServer;
let scim: ScimClient;

beforeAll(async () => {
  server = await startTestServer({ env: { SCIM_BOOTSTRAP_WORKSPACES: 'prod,dev' } });
  scim = createScimClient({ baseUrl: server.url, tenant: server.tenant, token: server.token });
});
afterAll(() => server.stop());

async function caught(promise: Promise<unknown>): Promise<ScimApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ScimApiError) return error;
    throw error;
  }
  throw new Error('expected a ScimApiError');
}

describe('users', () => {
  it('create, get, replace, patch and delete, with typed roles', async () => {
    const ada = await scim.users.create({
      userName: 'ada@example.com',
      roles: [workspaceRole('prod', 'editor'), accountTypeRole('admin')],
    });
    expect(ada.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ada.roles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'workspace_prod', value: 'editor' }),
        expect.objectContaining({ type: 'account_type', value: 'admin' }),
      ]),
    );
    expect((await scim.users.get(ada.id, { attributes: ['userName'] })).userName).toBe(
      'ada@example.com',
    );

    const replaced = await scim.users.replace(ada.id, { ...ada, displayName: 'Ada L.' });
    expect(replaced.displayName).toBe('Ada L.');

    const patched = await scim.users.patch(ada.id, [
      assignRole(workspaceRole('dev', 'viewer')),
      unassignRole('account_type'),
      patch.replace({ active: false }),
    ]);
    expect(patched?.active).toBe(false);
    expect(patched?.roles?.map((r) => `${r.type}:${r.value}`).sort()).toEqual([
      'workspace_dev:viewer',
      'workspace_prod:editor',
    ]);

    await scim.users.delete(ada.id);
    expect((await caught(scim.users.get(ada.id))).status).toBe(404);
  });

  it('throws a typed 409 uniqueness, and 400 with the scimType the server gives', async () => {
    await scim.users.create({ userName: 'taken@example.com' });
    const conflict = await caught(scim.users.create({ userName: 'TAKEN@example.com' }));
    expect([conflict.status, conflict.scimType]).toEqual([409, 'uniqueness']);
    expect(isScimApiError(conflict, 409)).toBe(true);
    const invalid = await caught(scim.users.list({ filter: 'userName eq' }).next());
    expect([invalid.status, invalid.scimType]).toEqual([400, 'invalidFilter']);
    expect(invalid.headers.get('x-request-id')).toBeTruthy();
  });

  it('honours ifMatch (412 when stale) and ifNoneMatch (undefined when current)', async () => {
    const user = await scim.users.create({ userName: 'etag@example.com' });
    const version = versionOf(user);
    expect(version).toMatch(/^W\/"/);
    expect(await scim.users.get(user.id, { ifNoneMatch: version ?? '' })).toBeUndefined();

    const changed = await scim.users.patch(user.id, [patch.replace('title', 'Dr')], {
      ifMatch: version,
    });
    const stale = await caught(
      scim.users.patch(user.id, [patch.replace('title', 'Prof')], { ifMatch: version }),
    );
    expect(stale.status).toBe(412);
    expect((await scim.users.get(user.id, { ifNoneMatch: version ?? '' }))?.title).toBe('Dr');
    expect(
      await scim.users.patch(user.id, [patch.replace('title', 'Prof')], {
        ifMatch: versionOf(changed ?? {}),
        minimal: true,
      }),
    ).toBeUndefined();
    expect((await caught(scim.users.delete(user.id, { ifMatch: version }))).status).toBe(412);
  });
});

describe('lists', () => {
  beforeAll(async () => {
    for (let i = 0; i < 7; i++) {
      await scim.users.create({
        userName: `page${i}@example.com`,
        ...(i % 2 ? { externalId: `x${i}` } : {}),
      });
    }
  });

  it.each(['index', 'cursor'] as const)(
    'page through every match with %s paging',
    async (paging) => {
      const seen: string[] = [];
      for await (const user of scim.users.list({
        filter: sw('userName', 'page'),
        count: 2,
        paging,
        sortBy: 'userName',
      })) {
        seen.push(user.userName ?? '');
      }
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `page${i}@example.com`));
    },
  );

  it('filter with builders, quoting what needs quoting', async () => {
    await scim.users.create({ userName: 'quote"d\\@example.com', externalId: 'q' });
    const found = [];
    for await (const user of scim.users.list({
      filter: and(eq('userName', 'quote"d\\@example.com'), pr('externalId')),
    })) {
      found.push(user.userName);
    }
    expect(found).toEqual(['quote"d\\@example.com']);
  });

  it('search by POST .search, per type and across types, with pages', async () => {
    const users = [];
    for await (const user of scim.users.search({
      filter: sw('userName', 'page'),
      count: 3,
      attributes: ['userName'],
    }))
      users.push(user);
    expect(users).toHaveLength(7);
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(['id', 'schemas', 'userName']);
    const pages = [];
    for await (const page of scim.search.pages({ filter: sw('userName', 'page'), count: 4 }))
      pages.push(page.Resources.length);
    expect(pages).toEqual([4, 3]);
  });
});

describe('groups, service accounts, roles and bulk', () => {
  it('patch a group with ifMatch, members by value filter', async () => {
    const user = await scim.users.create({ userName: 'member@example.com' });
    const group = await scim.groups.create({
      displayName: 'Engineering',
      roles: [workspaceRole('prod', 'viewer')],
    });
    const added = await scim.groups.patch(group.id, [patch.add('members', [{ value: user.id }])], {
      ifMatch: versionOf(group),
    });
    expect(added?.members?.map((m) => m.value)).toEqual([user.id]);
    const stale = await caught(
      scim.groups.patch(group.id, [patch.add('members', [{ value: user.id }])], {
        ifMatch: versionOf(group),
      }),
    );
    expect(stale.status).toBe(412);
    const removed = await scim.groups.patch(
      group.id,
      [patch.remove(patchPath('members', eq('value', user.id)))],
      {
        ifMatch: versionOf(added ?? {}),
      },
    );
    expect(removed?.members ?? []).toEqual([]);
  });

  it('service accounts have the same operations', async () => {
    const account = await scim.serviceAccounts.create({
      displayName: 'ci-bot',
      roles: [workspaceRole('dev', 'operator')],
    });
    const list = [];
    for await (const found of scim.serviceAccounts.list({ filter: eq('displayName', 'ci-bot') }))
      list.push(found.id);
    expect(list).toEqual([account.id]);
    await scim.serviceAccounts.delete(account.id, { ifMatch: versionOf(account) });
  });

  it('roles are listed and read', async () => {
    const roles = [];
    for await (const role of scim.roles.list({ filter: eq('type', 'workspace_prod'), count: 2 }))
      roles.push(role.value);
    expect(roles).toEqual(['owner', 'editor', 'consumer', 'operator', 'viewer']);
    expect((await scim.roles.get('workspace_dev:viewer')).type).toBe('workspace_dev');
  });

  it('bulk reports each operation with its own status', async () => {
    const response = await scim.bulk.submit([
      { method: 'POST', path: '/Users', bulkId: 'a', data: { userName: 'bulk@example.com' } },
      {
        method: 'POST',
        path: '/Groups',
        bulkId: 'b',
        data: { displayName: 'Bulk', members: [{ value: 'bulkId:a' }] },
      },
      { method: 'POST', path: '/Users', bulkId: 'c', data: { userName: 'bulk@example.com' } },
    ]);
    expect(response.Operations.map((o) => o.status)).toEqual(['201', '201', '409']);
    expect(response.Operations[2]?.response?.scimType).toBe('uniqueness');
  });
});

describe('credentials', () => {
  it('a wrong token is a typed 401 on every call', async () => {
    const wrong = createScimClient({
      baseUrl: server.url,
      tenant: server.tenant,
      token: 'wrong-token-0000',
    });
    expect((await caught(wrong.users.list().next())).status).toBe(401);
    expect((await caught(wrong.users.create({ userName: 'x' }))).status).toBe(401);
  });

  it('needs a credential', () => {
    expect(() => createScimClient({ baseUrl: server.url, tenant: 'acme' })).toThrow(TypeError);
  });
});

/** Compile-time checks: these lines are type errors, which `pnpm typecheck` verifies. */
export function typeErrors(client: ScimClient): void {
  // @ts-expect-error 'admin' is not a workspace role
  workspaceRole('prod', 'admin');
  // @ts-expect-error userName is required when creating a user
  void client.users.create({ displayName: 'no userName' });
  // @ts-expect-error roles have no create
  void client.roles.create;
}
