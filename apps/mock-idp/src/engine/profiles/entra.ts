/**
 * Microsoft Entra ID's provisioning service (idp-wire-behavior §3, §7):
 * - `entra` (default `scim` job): matches by filter with `+` for spaces, creates with the
 *   enterprise schema and `meta`, updates by per-attribute PATCH with capitalised ops and
 *   string Booleans, deactivates with `"False"`, removes members with a value list, reads
 *   groups with `excludedAttributes=members`, hard-deletes users.
 * - `entra-flag` (`aadOptscim062020`): the compliant forms of the four switched behaviours:
 *   Boolean `active`, path-less multi-attribute ops, `members[value eq "…"]` removals.
 * Entra never sends passwords (§3.1) and has no "Push Now": a full push adds everyone.
 */
import { scimAttributesOf } from '../app-profile/serialize-app-user.ts';
import { OKTA_RATE_LIMIT } from '../scim-client/rate-limit.ts';
import type { ScimRequest } from '../scim-client/scim-client.ts';
import { CORE_GROUP_URN, CORE_USER_URN, ENTERPRISE_USER_URN, PATCH_OP_URN } from '../scim-urns.ts';
import { entraOp, entraValue, userPatchOperations } from './entra-user-operations.ts';
import { ENTRA_WITHOUT_MEMBERS, entraFilterQuery } from './filter-queries.ts';
import { inBatches } from './member-batches.ts';
import { expectListPage, expectResource, expectStatus, firstResource, OK } from './outcomes.ts';
import type { MemberRef, Outcome, ProfileCall, RequestProfile } from './request-profile.ts';

/** The non-URN schema Entra puts on created groups (E-13). */
const AD_GROUP_SCHEMA = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';

const send = (call: ProfileCall, request: ScimRequest) => call.client.send(request, call.cause);

const patchBody = (Operations: unknown[]) => ({ schemas: [PATCH_OP_URN], Operations });

/** A random GUID, as Entra's Test Connection looks up (E-1). */
function randomGuid(random: () => number): string {
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)] ?? '8'}${hex(3)}-${hex(12)}`;
}

export function createEntraProfile(flag: boolean): RequestProfile {
  const op = (kind: 'add' | 'replace') => entraOp(kind, flag);

  async function patch(call: ProfileCall, path: string, operations: unknown[]): Promise<Outcome> {
    const response = await send(call, { method: 'PATCH', path, body: patchBody(operations) });
    return expectStatus(call, response, [200, 204]);
  }

  // E-16: `$ref: null` included, many members per op.
  const addOperation = (members: readonly MemberRef[]) => ({
    op: op('add'),
    path: 'members',
    value: members.map((member) => ({ $ref: null, value: member.id })),
  });

  // E-17: a value list by default, one filter path per member with the flag.
  const removeOperations = (members: readonly MemberRef[]) =>
    flag
      ? members.map((member) => ({
          op: 'remove',
          path: `members[value eq ${JSON.stringify(member.id)}]`,
        }))
      : [{ op: 'Remove', path: 'members', value: members.map((member) => ({ value: member.id })) }];

  return {
    name: flag ? 'entra-flag' : 'entra',
    label: flag ? 'Microsoft Entra ID (aadOptscim062020)' : 'Microsoft Entra ID',
    summary: flag
      ? 'PATCH with lower-case ops, path-less multi-attribute values with dotted keys, Boolean active, members[value eq] removals'
      : 'PATCH per attribute with capitalised ops and "True"/"False", remove members by value list, excludedAttributes=members',
    headers: {
      accept: 'application/scim+json',
      contentType: 'application/scim+json; charset=utf-8',
    },
    // Entra documents back-off without numbers (§3.1); Okta's rule is the documented one.
    rateLimit: OKTA_RATE_LIMIT,
    matchesGroupBeforeCreate: true,

    // E-1: a random GUID must give 200 with an empty ListResponse.
    async testConnection(call) {
      const response = await send(call, {
        method: 'GET',
        path: '/Users',
        query: entraFilterQuery(
          'userName',
          randomGuid(() => call.random()),
        ),
      });
      const page = expectListPage(call, response, false);
      return page.ok ? OK : page;
    },

    // E-2; Entra insists on 200 for a miss (§3.5), so a 404 is a failure here.
    async findUser(call, userName) {
      const response = await send(call, {
        method: 'GET',
        path: '/Users',
        query: entraFilterQuery('userName', userName),
      });
      return firstResource(expectListPage(call, response, false));
    },

    // E-3.
    async createUser(call, user) {
      const response = await send(call, {
        method: 'POST',
        path: '/Users',
        body: {
          schemas: [CORE_USER_URN, ENTERPRISE_USER_URN],
          externalId: user.externalId,
          userName: user.userName,
          active: true,
          ...scimAttributesOf(user.sent),
          meta: { resourceType: 'User' },
        },
      });
      return expectResource(call, response, [201, 200], 'Create returned no user');
    },

    // E-4 then E-5/E-6/E-8: only what differs from what the server returned.
    async updateUser(call, id, user) {
      const read = await send(call, { method: 'GET', path: `/Users/${id}` });
      const current = expectResource(call, read, [200], 'GET returned no user');
      if (!current.ok) return current;
      const operations = userPatchOperations(current.value, user.sent, flag);
      if (operations.length === 0) return OK;
      return patch(call, `/Users/${id}`, operations);
    },

    // E-7.
    setUserActive: (call, id, active) =>
      patch(call, `/Users/${id}`, [
        { op: op('replace'), path: 'active', value: entraValue(active, flag) },
      ]),

    syncPassword: () => Promise.resolve(OK),

    // E-12.
    async deleteUser(call, id) {
      const response = await send(call, { method: 'DELETE', path: `/Users/${id}` });
      return expectStatus(call, response, [204, 200]);
    },

    // E-14.
    async findGroup(call, displayName) {
      const response = await send(call, {
        method: 'GET',
        path: '/Groups',
        query: `${ENTRA_WITHOUT_MEMBERS}&${entraFilterQuery('displayName', displayName)}`,
      });
      return firstResource(expectListPage(call, response, false));
    },

    // E-13: created without members.
    async createGroup(call, group) {
      const response = await send(call, {
        method: 'POST',
        path: '/Groups',
        body: {
          schemas: [CORE_GROUP_URN, AD_GROUP_SCHEMA],
          externalId: group.externalId,
          displayName: group.displayName,
          meta: { resourceType: 'Group' },
        },
      });
      return expectResource(call, response, [201, 200], 'Create returned no group');
    },

    // E-14 read, then E-15 only if the name differs.
    async renameGroup(call, group) {
      const read = await send(call, {
        method: 'GET',
        path: `/Groups/${group.id}`,
        query: ENTRA_WITHOUT_MEMBERS,
      });
      const current = expectResource(call, read, [200], 'GET returned no group');
      if (!current.ok) return current;
      if (current.value.displayName === group.displayName) return OK;
      return patch(call, `/Groups/${group.id}`, [
        { op: op('replace'), path: 'displayName', value: group.displayName },
      ]);
    },

    async changeMembers(call, group, change, onProgress) {
      const items = [
        ...change.remove.map((member) => ({ remove: true, member })),
        ...change.add.map((member) => ({ remove: false, member })),
      ];
      let sent = 0;
      for (const batch of inBatches(items)) {
        const removed = batch.filter((item) => item.remove).map((item) => item.member);
        const added = batch.filter((item) => !item.remove).map((item) => item.member);
        const operations = [
          ...(added.length > 0 ? [addOperation(added)] : []),
          ...(removed.length > 0 ? removeOperations(removed) : []),
        ];
        const outcome = await patch(call, `/Groups/${group.id}`, operations);
        if (!outcome.ok) return outcome;
        sent += batch.length;
        onProgress?.(sent);
      }
      return OK;
    },

    // Entra cannot overwrite a membership; a full push adds everyone (idempotent).
    async replaceMembers(call, group, members, onProgress) {
      let sent = 0;
      for (const batch of inBatches(members)) {
        const outcome = await patch(call, `/Groups/${group.id}`, [addOperation(batch)]);
        if (!outcome.ok) return outcome;
        sent += batch.length;
        onProgress?.(sent);
      }
      return OK;
    },

    // E-18.
    async deleteGroup(call, id) {
      const response = await send(call, { method: 'DELETE', path: `/Groups/${id}` });
      return expectStatus(call, response, [204, 200]);
    },

    async listPage(call, resource, startIndex, count) {
      const paging = `startIndex=${startIndex}&count=${count}`;
      const response = await send(call, {
        method: 'GET',
        path: `/${resource}`,
        query: resource === 'Groups' ? `${ENTRA_WITHOUT_MEMBERS}&${paging}` : paging,
      });
      return expectListPage(call, response, false);
    },
  };
}
