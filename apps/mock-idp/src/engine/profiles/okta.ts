/**
 * Okta's two provisioning styles (idp-wire-behavior §1.2, §7):
 * - `okta-oin` (OIN catalog apps): profile updates GET then PUT the whole user; activation,
 *   deactivation and password go as path-less PATCH; group membership is PATCHed and every
 *   membership PATCH is followed by the no-op rename `{"id":…, "displayName":…}` (O-13, O-14).
 * - `okta-aiw` (App Integration Wizard apps): PUT for everything, groups included (O-15).
 */
import { scimAttributesOf, extensionUrnsOf } from '../app-profile/serialize-app-user.ts';
import { OKTA_RATE_LIMIT } from '../scim-client/rate-limit.ts';
import type { ScimRequest } from '../scim-client/scim-client.ts';
import { CORE_GROUP_URN, CORE_USER_URN, PATCH_OP_URN } from '../scim-urns.ts';
import { oktaFilterQuery } from './filter-queries.ts';
import { inBatches } from './member-batches.ts';
import { expectListPage, expectResource, expectStatus, firstResource, OK } from './outcomes.ts';
import type {
  DesiredUser,
  GroupRef,
  MemberRef,
  Outcome,
  ProfileCall,
  RequestProfile,
  ScimResource,
} from './request-profile.ts';
import { overlayUser } from './user-overlay.ts';

type OktaVariant = 'oin' | 'aiw';

const send = (call: ProfileCall, request: ScimRequest) => call.client.send(request, call.cause);

const patchBody = (...Operations: unknown[]) => ({ schemas: [PATCH_OP_URN], Operations });

const memberValues = (members: readonly MemberRef[]) =>
  members.map((member) => ({ value: member.id, display: member.display }));

/** O-3: the documented create body, `groups: []` and the password placeholder included. */
function createBody(user: DesiredUser): ScimResource {
  const attributes = scimAttributesOf(user.sent);
  return {
    schemas: [CORE_USER_URN, ...extensionUrnsOf(attributes)],
    ...attributes,
    externalId: user.externalId,
    groups: [],
    password: user.password,
    active: true,
  };
}

async function getUser(call: ProfileCall, id: string): Promise<Outcome<ScimResource>> {
  const response = await send(call, { method: 'GET', path: `/Users/${id}` });
  return expectResource(call, response, [200], 'GET returned no user');
}

/** O-5 then O-6: GET, change, PUT back. */
async function putUser(
  call: ProfileCall,
  id: string,
  change: (current: ScimResource) => ScimResource,
): Promise<Outcome> {
  const current = await getUser(call, id);
  if (!current.ok) return current;
  const response = await send(call, {
    method: 'PUT',
    path: `/Users/${id}`,
    body: change(current.value),
  });
  return expectStatus(call, response, [200]);
}

async function patchUser(call: ProfileCall, id: string, value: ScimResource): Promise<Outcome> {
  const response = await send(call, {
    method: 'PATCH',
    path: `/Users/${id}`,
    body: patchBody({ op: 'replace', value }),
  });
  return expectStatus(call, response, [200, 204]);
}

/** O-14: sent with every membership update, and for a real rename. */
async function renamePatch(call: ProfileCall, group: GroupRef): Promise<Outcome> {
  const response = await send(call, {
    method: 'PATCH',
    path: `/Groups/${group.id}`,
    body: patchBody({ op: 'replace', value: { id: group.id, displayName: group.displayName } }),
  });
  return expectStatus(call, response, [200, 204]);
}

/** A membership PATCH followed by the no-op rename (O-13 + O-14). */
async function membershipPatch(
  call: ProfileCall,
  group: GroupRef,
  operations: unknown[],
): Promise<Outcome> {
  const response = await send(call, {
    method: 'PATCH',
    path: `/Groups/${group.id}`,
    body: patchBody(...operations),
  });
  const outcome = expectStatus(call, response, [200, 204]);
  return outcome.ok ? renamePatch(call, group) : outcome;
}

/** O-15: the whole group, membership included. */
async function putGroup(
  call: ProfileCall,
  group: GroupRef,
  members: readonly MemberRef[] | undefined,
): Promise<Outcome> {
  const response = await send(call, {
    method: 'PUT',
    path: `/Groups/${group.id}`,
    body: {
      schemas: [CORE_GROUP_URN],
      displayName: group.displayName,
      ...(members ? { members: memberValues(members) } : {}),
    },
  });
  return expectStatus(call, response, [200]);
}

export function createOktaProfile(variant: OktaVariant): RequestProfile {
  const oin = variant === 'oin';
  return {
    name: oin ? 'okta-oin' : 'okta-aiw',
    label: oin ? 'Okta (OIN catalog app)' : 'Okta (App Integration Wizard app)',
    summary: oin
      ? 'GET then PUT for profile updates, path-less PATCH to (de)activate, membership PATCH + no-op rename'
      : 'GET then PUT for every user change, PUT of the whole group for every group change',
    headers: {
      userAgent: 'Okta SCIM Client 1.0.0',
      accept: 'application/scim+json',
      // The Runscope suites POST with application/json (§1.1).
      contentType: 'application/json',
    },
    rateLimit: OKTA_RATE_LIMIT,
    matchesGroupBeforeCreate: false,

    // O-1: two list requests with constant parameters.
    async testConnection(call) {
      for (const path of ['/Users', '/Groups'] as const) {
        const count = path === '/Users' ? 2 : 100;
        const response = await send(call, {
          method: 'GET',
          path,
          query: `startIndex=1&count=${count}`,
        });
        const page = expectListPage(call, response, false);
        if (!page.ok) return page;
      }
      return OK;
    },

    async findUser(call, userName) {
      const response = await send(call, {
        method: 'GET',
        path: '/Users',
        query: oktaFilterQuery('userName', userName),
      });
      return firstResource(expectListPage(call, response, true));
    },

    async createUser(call, user) {
      const response = await send(call, { method: 'POST', path: '/Users', body: createBody(user) });
      // The message Okta shows for an empty 201 (§1.2 O-3).
      return expectResource(call, response, [201, 200], 'Create new user returned empty user');
    },

    updateUser: (call, id, user) => putUser(call, id, (current) => overlayUser(current, user)),

    setUserActive(call, id, active, user) {
      if (oin) return patchUser(call, id, { active });
      return putUser(call, id, (current) => ({ ...overlayUser(current, user), active }));
    },

    // O-9; the body of the PATCH is [INFERRED] in the research.
    syncPassword(call, id, user) {
      if (oin) return patchUser(call, id, { password: user.password });
      return putUser(call, id, (current) => ({ ...current, password: user.password }));
    },

    deleteUser: () => Promise.resolve(OK),

    async findGroup(call, displayName) {
      const response = await send(call, {
        method: 'GET',
        path: '/Groups',
        query: oktaFilterQuery('displayName', displayName),
      });
      return firstResource(expectListPage(call, response, true));
    },

    async createGroup(call, group) {
      const response = await send(call, {
        method: 'POST',
        path: '/Groups',
        body: { schemas: [CORE_GROUP_URN], displayName: group.displayName, members: [] },
      });
      return expectResource(call, response, [201, 200], 'Create group returned empty group');
    },

    renameGroup: (call, group, members) =>
      oin ? renamePatch(call, group) : putGroup(call, group, members),

    async changeMembers(call, group, change, onProgress) {
      if (!oin) return putGroup(call, group, change.all);
      // O-13: removals by filter, additions as one list, at most a batch of members a request.
      const items = [
        ...change.remove.map((member) => ({ remove: true, member })),
        ...change.add.map((member) => ({ remove: false, member })),
      ];
      let sent = 0;
      for (const batch of inBatches(items)) {
        const added = batch.filter((item) => !item.remove).map((item) => item.member);
        const operations: unknown[] = batch
          .filter((item) => item.remove)
          .map((item) => ({
            op: 'remove',
            path: `members[value eq ${JSON.stringify(item.member.id)}]`,
          }));
        if (added.length > 0)
          operations.push({ op: 'add', path: 'members', value: memberValues(added) });
        const outcome = await membershipPatch(call, group, operations);
        if (!outcome.ok) return outcome;
        sent += batch.length;
        onProgress?.(sent);
      }
      return OK;
    },

    replaceMembers(call, group, members) {
      if (!oin) return putGroup(call, group, members);
      return membershipPatch(call, group, [
        { op: 'replace', path: 'members', value: memberValues(members) },
      ]);
    },

    // O-16: "Delete the group in the target app".
    async deleteGroup(call, id) {
      const response = await send(call, { method: 'DELETE', path: `/Groups/${id}` });
      return expectStatus(call, response, [204, 200]);
    },

    // O-4, O-12.
    async listPage(call, resource, startIndex, count) {
      const response = await send(call, {
        method: 'GET',
        path: `/${resource}`,
        query: `startIndex=${startIndex}&count=${count}`,
      });
      return expectListPage(call, response, false);
    },
  };
}
