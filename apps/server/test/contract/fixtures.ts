/**
 * For each documented operation, a request it answers with success (and, where a
 * conflict can be provoked, with 409). The contract test derives every other
 * status from these (exercise-plan.ts); an operation without a fixture fails the
 * test, naming the fixture to add here.
 */
import { patch, patchRequest, URN } from '@scim/schema';
import type { ContractClient, RequestSpec } from './contract-client.ts';

/** Builds a request, making whatever it needs first (a user to get, a token to revoke). */
export type RequestBuilder = (client: ContractClient) => RequestSpec | Promise<RequestSpec>;

export interface OperationFixture {
  /** A request the operation answers with its first documented 2xx status. */
  success: RequestBuilder;
  /** A request it answers with 409. */
  conflict?: RequestBuilder;
  /** A request it answers with 403 (admin API: a SCIM-managed resource is read-only there). */
  forbidden?: RequestBuilder;
}

let counter = 0;
/** A name no other request of this run uses. */
export const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}`;

interface Created {
  id: string;
  etag: string;
  name: string;
}

/** The SCIM CRUD operations of one resource type, built by resource-routes.ts. */
function resourceFixtures(
  prefix: string,
  uniqueAttribute: 'userName' | 'displayName',
  sample: (name: string) => Record<string, unknown>,
): Record<string, OperationFixture> {
  const create = async (client: ContractClient): Promise<Created> => {
    const name = unique(prefix.toLowerCase());
    const response = await client.call(`${prefix}-create`, { body: sample(name) }, 201);
    return { id: response.json.id, etag: response.headers.get('etag') ?? '', name };
  };
  const existing = async (client: ContractClient): Promise<RequestSpec> => {
    const { id, etag } = await create(client);
    return { params: { id }, etag };
  };
  return {
    [`${prefix}-list`]: {
      success: () => ({ query: { count: '2', sortBy: uniqueAttribute } }),
    },
    [`${prefix}-create`]: {
      success: () => ({ body: sample(unique(prefix.toLowerCase())) }),
      conflict: async (client) => ({ body: sample((await create(client)).name) }),
    },
    [`${prefix}-get`]: { success: existing },
    [`${prefix}-replace`]: {
      success: async (client) => {
        const { id, etag, name } = await create(client);
        return { params: { id }, etag, body: sample(name) };
      },
      conflict: async (client) => {
        const taken = await create(client);
        return { ...(await existing(client)), body: sample(taken.name) };
      },
    },
    [`${prefix}-patch`]: {
      success: async (client) => ({
        ...(await existing(client)),
        body: patchRequest(patch.replace({ externalId: unique('external') })),
      }),
      conflict: async (client) => {
        const taken = await create(client);
        return {
          ...(await existing(client)),
          body: patchRequest(patch.replace(uniqueAttribute, taken.name)),
        };
      },
    },
    [`${prefix}-delete`]: { success: existing },
  };
}

const userBody = (userName: string) => ({
  schemas: [URN.user],
  userName,
  name: { givenName: 'Ada', familyName: 'Contract' },
  emails: [{ value: `${userName}@example.com`, type: 'work', primary: true }],
});
const groupBody = (displayName: string) => ({ schemas: [URN.group], displayName });
const serviceAccountBody = (displayName: string) => ({
  schemas: [URN.serviceAccount],
  displayName,
});

const search = (filter: string): RequestSpec => ({
  body: { schemas: [URN.searchRequest], filter, count: 2 },
});

async function scimGroupId(client: ContractClient): Promise<string> {
  return (await client.call('groups-create', { body: groupBody(unique('group')) }, 201)).json.id;
}

async function scimUserId(client: ContractClient): Promise<string> {
  const response = await client.call('users-create', { body: userBody(unique('user')) }, 201);
  return response.json.id as string;
}

async function adminCall(client: ContractClient, id: string, spec: RequestSpec): Promise<any> {
  return (await client.call(id, spec, 200)).json;
}

const newTenant = async (client: ContractClient): Promise<string> => {
  const id = unique('tenant');
  await adminCall(client, 'admin-tenants-create', { body: { id, name: 'Contract' } });
  return id;
};
const newToken = async (client: ContractClient): Promise<string> =>
  (await adminCall(client, 'admin-tokens-create', { body: { label: unique('token') } })).id;
const localUser = async (client: ContractClient): Promise<any> =>
  adminCall(client, 'admin-directory-createUser', { body: { userName: unique('local') } });
const localGroup = async (client: ContractClient): Promise<any> =>
  adminCall(client, 'admin-directory-createGroup', { body: { displayName: unique('local') } });
const webhook = async (client: ContractClient): Promise<string> =>
  (await adminCall(client, 'admin-webhooks-create', { body: { url: 'http://127.0.0.1:9/hook' } }))
    .id;

export const fixtures: Record<string, OperationFixture> = {
  'discovery-serviceProviderConfig': { success: () => ({}) },
  'discovery-resourceTypes': { success: () => ({}) },
  'discovery-resourceType': { success: () => ({ params: { id: 'User' } }) },
  'discovery-schemas': { success: () => ({}) },
  'discovery-schema': { success: () => ({ params: { id: URN.user } }) },
  ...resourceFixtures('users', 'userName', userBody),
  ...resourceFixtures('groups', 'displayName', groupBody),
  ...resourceFixtures('serviceAccounts', 'displayName', serviceAccountBody),
  'search-users': { success: () => search('userName pr') },
  'search-groups': { success: () => search('displayName pr') },
  'search-serviceAccounts': { success: () => search('displayName pr') },
  'search-root': { success: () => search('displayName pr') },
  'roles-list': { success: () => ({ query: { count: '3' } }) },
  'roles-get': { success: () => ({ params: { id: 'account_type:admin' } }) },
  'bulk-submit': {
    success: () => ({
      body: {
        schemas: [URN.bulkRequest],
        Operations: [
          { method: 'POST', path: '/Users', bulkId: 'one', data: userBody(unique('bulk')) },
          { method: 'POST', path: '/Users', bulkId: 'two', data: { userName: '' } },
        ],
      },
    }),
  },

  'admin-tenants-create': {
    success: () => ({ body: { id: unique('tenant'), name: 'Contract' } }),
    conflict: async (client) => ({ body: { id: await newTenant(client), name: 'Again' } }),
  },
  'admin-tenants-rename': {
    success: async (client) => ({
      params: { tenant: await newTenant(client) },
      body: { name: 'Renamed' },
    }),
  },
  'admin-tenants-delete': {
    success: async (client) => ({ params: { tenant: await newTenant(client) } }),
  },
  'admin-tokens-create': { success: () => ({ body: { label: unique('token') } }) },
  'admin-tokens-revoke': {
    success: async (client) => ({ params: { id: await newToken(client) } }),
  },
  'admin-tokens-regenerate': {
    success: async (client) => ({ params: { id: await newToken(client) }, body: {} }),
  },
  'admin-basicCredentials-create': {
    success: () => ({
      body: { username: unique('basic'), password: 'Contract-password-0123!' },
    }),
    conflict: async (client) => {
      const username = unique('basic');
      const body = { username, password: 'Contract-password-0123!' };
      await adminCall(client, 'admin-basicCredentials-create', { body });
      return { body };
    },
  },
  'admin-catalog-add': { success: () => ({ body: { workspaces: ['contract'] } }) },
  'admin-settings-update': { success: () => ({ body: { catalogAutoCreate: false } }) },
  'admin-access-user': {
    success: async (client) => ({ params: { id: await scimUserId(client) } }),
  },
  'admin-access-serviceAccount': {
    success: async (client) => {
      const body = serviceAccountBody(unique('sa'));
      const created = await client.call('serviceAccounts-create', { body }, 201);
      return { params: { id: created.json.id } };
    },
  },

  'admin-directory-getUser': {
    success: async (client) => ({ params: { id: await scimUserId(client) } }),
  },
  'admin-directory-createUser': {
    success: () => ({ body: { userName: unique('local') } }),
    conflict: async (client) => ({ body: { userName: (await localUser(client)).userName } }),
  },
  'admin-directory-updateUser': {
    success: async (client) => ({
      params: { id: (await localUser(client)).id },
      body: { displayName: 'Local' },
    }),
    conflict: async (client) => ({
      params: { id: (await localUser(client)).id },
      body: { userName: (await localUser(client)).userName },
    }),
    forbidden: async (client) => ({
      params: { id: await scimUserId(client) },
      body: { displayName: 'Edited' },
    }),
  },
  'admin-directory-getGroup': {
    success: async (client) => ({ params: { id: (await localGroup(client)).id } }),
  },
  'admin-directory-createGroup': {
    success: () => ({ body: { displayName: unique('local') } }),
    conflict: async (client) => ({
      body: { displayName: (await localGroup(client)).displayName },
    }),
  },
  'admin-directory-updateGroup': {
    success: async (client) => ({
      params: { id: (await localGroup(client)).id },
      body: { displayName: unique('renamed') },
    }),
    conflict: async (client) => ({
      params: { id: (await localGroup(client)).id },
      body: { displayName: (await localGroup(client)).displayName },
    }),
    forbidden: async (client) => ({
      params: { id: await scimGroupId(client) },
      body: { displayName: unique('renamed') },
    }),
  },
  'admin-directory-deleteGroup': {
    success: async (client) => ({ params: { id: (await localGroup(client)).id } }),
    forbidden: async (client) => ({ params: { id: await scimGroupId(client) } }),
  },
  'admin-directory-setGroupRoles': {
    success: async (client) => ({
      params: { id: (await localGroup(client)).id },
      body: { roles: [] },
    }),
  },
  'admin-directory-checkAccess': {
    success: () => ({ query: { userName: unique('nobody') } }),
  },
  'admin-directory-liftLock': {
    success: async (client) => {
      const userId = await scimUserId(client);
      await client.call('users-delete', { params: { id: userId } }, 204);
      const locks = await adminCall(client, 'admin-directory-locks', {});
      const lock = (locks as { id: string; userId: string }[]).find((l) => l.userId === userId);
      if (!lock) throw new Error('Deleting a user made no lock');
      return { params: { id: lock.id } };
    },
  },
  'admin-webhooks-create': { success: () => ({ body: { url: 'http://127.0.0.1:9/hook' } }) },
  'admin-webhooks-delete': {
    success: async (client) => ({ params: { id: await webhook(client) } }),
  },
  'admin-webhooks-deliveries': {
    success: async (client) => ({ params: { id: await webhook(client) } }),
  },
};
