import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import {
  GroupInput,
  ScimError,
  groupResourceType,
  normalizePatchRequest,
  normalizeResource,
  parseModel,
} from '@scim/schema';
import type {
  JsonObject,
  ListQuery,
  Member,
  MembershipDelta,
  NewChange,
  Page,
  Repositories,
  Store,
  StoredGroup,
  WriteScope,
} from '../../store/port.ts';
import {
  leftGroupChanges,
  membershipChanges,
  resourceChanges,
} from '../../changes/describe-changes.ts';
import { assertWritten, deleteIfMatch } from '../conditional-write.ts';
import { applyPatch } from '../patch/index.ts';
import { expectedVersionFrom, preconditionFailed } from '../resource-meta.ts';
import { settleRoles } from '../roles/settle-roles.ts';
import { withUniqueness } from '../uniqueness.ts';
import { resolveMembers } from './resolve-members.ts';
import {
  memberIds,
  memberMatches,
  splitMemberOperations,
  type MemberCommand,
} from './member-operations.ts';

export interface GroupView {
  group: StoredGroup;
  /** Undefined when members were not asked for. */
  members: Member[] | undefined;
}

export interface ReadOptions {
  /**
   * Load members: always, never (Entra's `excludedAttributes=members`), or only
   * for groups up to a size, so a PATCH on a huge group does not echo it whole.
   */
  withMembers: boolean | { upTo: number };
}

/** Groups and memberships (RFC 7644 §3.3–3.6, RFC 7643 §4.2). */
export class GroupService {
  constructor(private readonly store: Store) {}

  create(scope: WriteScope, body: unknown, options: ReadOptions): Promise<GroupView> {
    const { data, members } = validate(body);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const id = randomUUID();
      await settleRoles(data, repositories, tenantId, { kind: 'groups', currentRoles: undefined });
      const group = await withUniqueness(
        () => repositories.groups.insert(tenantId, { id, data }),
        takenDetail(data),
      );
      const delta = await repositories.groups.addMembers(
        tenantId,
        id,
        await resolveMembers(repositories, tenantId, id, members),
      );
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('Group', undefined, group),
        ...membershipChanges(id, delta),
      ]);
      return this.view(repositories, group, options);
    });
  }

  get(tenantId: string, id: string, options: ReadOptions): Promise<GroupView> {
    return this.store.read(async (repositories) => {
      const group = await repositories.groups.get(tenantId, id);
      if (!group) throw ScimError.notFound(`Group ${id} not found`);
      return this.view(repositories, group, options);
    });
  }

  list(tenantId: string, query: ListQuery, options: ReadOptions): Promise<Page<GroupView>> {
    return this.store.read(async ({ groups }) => {
      const page = await groups.list(tenantId, query);
      const members = options.withMembers
        ? await groups.members(
            tenantId,
            page.items.map((g) => g.id),
          )
        : undefined;
      return {
        ...page,
        items: page.items.map((group) => ({
          group,
          members: members ? (members.get(group.id) ?? []) : undefined,
        })),
      };
    });
  }

  /** PUT: the body's members become the full membership (Okta AIW O-15). */
  replace(
    scope: WriteScope,
    id: string,
    body: unknown,
    ifMatch: string | null,
    options: ReadOptions,
  ): Promise<GroupView> {
    const { data, members } = validate(body);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const current = await repositories.groups.get(tenantId, id);
      if (!current) throw ScimError.notFound(`Group ${id} not found`);
      await settleRoles(data, repositories, tenantId, {
        kind: 'groups',
        currentRoles: current.data.roles,
      });
      const result = await withUniqueness(
        () =>
          repositories.groups.update(tenantId, id, data, {
            expectedVersion: expectedVersionFrom(ifMatch, current.version) ?? current.version,
          }),
        takenDetail(data),
      );
      assertWritten(result);
      const delta = await repositories.groups.replaceMembers(
        tenantId,
        id,
        await resolveMembers(repositories, tenantId, id, members),
      );
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('Group', current, result.value),
        ...membershipChanges(id, delta),
      ]);
      return this.view(repositories, result.value, options);
    });
  }

  /**
   * PATCH: membership operations become row changes; the rest goes through
   * the PATCH engine. One transaction: all of it or nothing.
   */
  patch(
    scope: WriteScope,
    id: string,
    body: unknown,
    ifMatch: string | null,
    options: ReadOptions,
  ): Promise<GroupView> {
    const split = splitMemberOperations(normalizePatchRequest(body));
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const current = await repositories.groups.get(tenantId, id);
      if (!current) throw ScimError.notFound(`Group ${id} not found`);
      const expectedVersion = expectedVersionFrom(ifMatch, current.version);
      if (expectedVersion === -1) throw preconditionFailed();

      let data = current.data;
      if (split.document.length > 0) {
        const patched = applyPatch({ ...current.data, id }, split.document, groupResourceType);
        delete patched.id;
        data = validate(patched).data;
        await settleRoles(data, repositories, tenantId, {
          kind: 'groups',
          currentRoles: current.data.roles,
        });
      }
      const memberEvents: NewChange[] = [];
      for (const command of split.members) {
        const delta = await applyMemberCommand(repositories, tenantId, id, command);
        memberEvents.push(...membershipChanges(id, delta));
      }
      // Okta sends a no-op rename with every membership change (O-14): no version bump for it.
      const documentChanged = !isDeepStrictEqual(data, current.data);
      if (!documentChanged && split.members.length === 0)
        return this.view(repositories, current, options);
      const result = documentChanged
        ? await withUniqueness(
            () =>
              repositories.groups.update(tenantId, id, data, { expectedVersion: current.version }),
            takenDetail(data),
          )
        : await repositories.groups.touch(tenantId, id, current.version);
      assertWritten(result);
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('Group', current, result.value),
        ...memberEvents,
      ]);
      return this.view(repositories, result.value, options);
    });
  }

  delete(scope: WriteScope, id: string, ifMatch: string | null): Promise<void> {
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { deleted, leftGroups } = await deleteIfMatch(
        repositories.groups,
        tenantId,
        id,
        ifMatch,
        `Group ${id} not found`,
      );
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('Group', deleted, undefined),
        ...leftGroupChanges(id, leftGroups),
      ]);
    });
  }

  private async view(
    repositories: Repositories,
    group: StoredGroup,
    options: ReadOptions,
  ): Promise<GroupView> {
    const { withMembers } = options;
    const load =
      typeof withMembers === 'boolean' ? withMembers : group.memberCount <= withMembers.upTo;
    if (!load) return { group, members: undefined };
    const members = await repositories.groups.members(group.tenantId, [group.id]);
    return { group, members: members.get(group.id) ?? [] };
  }
}

async function applyMemberCommand(
  repositories: Repositories,
  tenantId: string,
  groupId: string,
  command: MemberCommand,
): Promise<MembershipDelta> {
  const { groups } = repositories;
  switch (command.kind) {
    case 'add':
      return groups.addMembers(
        tenantId,
        groupId,
        await resolveMembers(repositories, tenantId, groupId, command.values),
      );
    case 'replace':
      return groups.replaceMembers(
        tenantId,
        groupId,
        await resolveMembers(repositories, tenantId, groupId, command.values),
      );
    case 'remove':
      // Removing a member that is not there is not an error (idempotent, RFC 7644 §3.5.2.2).
      return groups.removeMembers(tenantId, groupId, command.values);
    case 'removeAll':
      return groups.replaceMembers(tenantId, groupId, []);
    case 'removeWhere': {
      const members = (await groups.members(tenantId, [groupId])).get(groupId) ?? [];
      const matching = members.filter((m) => memberMatches(command.filter, m)).map((m) => m.value);
      return groups.removeMembers(tenantId, groupId, matching);
    }
  }
}

/** Normalises and validates a group body; members are kept apart from the document. */
function validate(body: unknown): { data: JsonObject; members: string[] } {
  const data = normalizeResource(body, groupResourceType);
  parseModel(GroupInput, data);
  const members = memberIds(data.members);
  delete data.members;
  return { data, members };
}

function takenDetail(data: JsonObject): string {
  return `A group named '${String(data.displayName)}' already exists`;
}
