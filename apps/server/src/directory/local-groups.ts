/**
 * Groups defined in the app rather than pushed by an IdP (Alation's
 * "Defined in Alation" groups): the admin API creates, edits and deletes
 * them. Roles can be assigned to any group, SCIM-managed ones included.
 */
import { randomUUID } from 'node:crypto';
import {
  ScimError,
  GroupInput,
  groupResourceType,
  normalizeResource,
  parseModel,
} from '@scim/schema';
import { membershipChanges, resourceChanges } from '../changes/describe-changes.ts';
import { assertWritten } from '../scim/conditional-write.ts';
import { resolveMembers } from '../scim/groups/resolve-members.ts';
import { canonicalizeRoles } from '../scim/roles/settle-roles.ts';
import { withUniqueness } from '../scim/uniqueness.ts';
import type {
  JsonObject,
  NewChange,
  Repositories,
  Store,
  StoredGroup,
  WriteScope,
} from '../store/port.ts';
import { assertLocal } from './managed-by-scim.ts';

export interface LocalGroupInput {
  displayName: string;
  description?: string;
  members?: string[];
  roles?: unknown;
}

export function createLocalGroup(
  store: Store,
  scope: WriteScope,
  input: LocalGroupInput,
): Promise<StoredGroup> {
  const { tenantId } = scope;
  const data = validate({
    displayName: input.displayName,
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.roles !== undefined ? { roles: input.roles } : {}),
  });
  return store.transaction(async (repositories) => {
    await canonicalizeRoles(data, repositories, tenantId);
    const id = randomUUID();
    const group = await withUniqueness(
      () => repositories.groups.insert(tenantId, { id, data, origin: 'local' }),
      taken(input.displayName),
    );
    const delta = await repositories.groups.addMembers(
      tenantId,
      id,
      await resolveMembers(repositories, tenantId, id, input.members ?? []),
    );
    await repositories.changes.append(tenantId, scope.actor, [
      ...resourceChanges('Group', undefined, group),
      ...membershipChanges(id, delta),
    ]);
    // Read back: the member count changed after the insert.
    return (await repositories.groups.get(tenantId, id)) ?? group;
  });
}

export function updateLocalGroup(
  store: Store,
  scope: WriteScope,
  id: string,
  change: { displayName?: string; addMembers?: string[]; removeMembers?: string[] },
): Promise<StoredGroup> {
  const { tenantId } = scope;
  return store.transaction(async (repositories) => {
    const current = await requireGroup(repositories, tenantId, id);
    assertLocal(current, 'Group', id);
    const events: NewChange[] = [];
    const { groups } = repositories;
    if (change.removeMembers?.length) {
      events.push(
        ...membershipChanges(id, await groups.removeMembers(tenantId, id, change.removeMembers)),
      );
    }
    if (change.addMembers?.length) {
      const members = await resolveMembers(repositories, tenantId, id, change.addMembers);
      events.push(...membershipChanges(id, await groups.addMembers(tenantId, id, members)));
    }
    const data =
      change.displayName === undefined
        ? current.data
        : validate({ ...current.data, displayName: change.displayName });
    const result =
      data === current.data
        ? await groups.touch(tenantId, id, current.version)
        : await withUniqueness(
            () => groups.update(tenantId, id, data, { expectedVersion: current.version }),
            taken(String(data.displayName)),
          );
    assertWritten(result);
    await repositories.changes.append(tenantId, scope.actor, [
      ...resourceChanges('Group', current, result.value),
      ...events,
    ]);
    return result.value;
  });
}

export function deleteLocalGroup(store: Store, scope: WriteScope, id: string): Promise<void> {
  const { tenantId } = scope;
  return store.transaction(async (repositories) => {
    const current = await requireGroup(repositories, tenantId, id);
    assertLocal(current, 'Group', id);
    assertWritten(await repositories.groups.delete(tenantId, id, current.version));
    await repositories.changes.append(
      tenantId,
      scope.actor,
      resourceChanges('Group', current, undefined),
    );
  });
}

/** Alation: "Admins can manually assign roles to groups", whoever manages the group. */
export function setGroupRoles(
  store: Store,
  scope: WriteScope,
  id: string,
  roles: unknown,
): Promise<StoredGroup> {
  const { tenantId } = scope;
  return store.transaction(async (repositories) => {
    const current = await requireGroup(repositories, tenantId, id);
    const data: JsonObject = { ...current.data, roles };
    await canonicalizeRoles(data, repositories, tenantId);
    const result = await repositories.groups.update(tenantId, id, data, {
      expectedVersion: current.version,
    });
    assertWritten(result);
    await repositories.changes.append(
      tenantId,
      scope.actor,
      resourceChanges('Group', current, result.value),
    );
    return result.value;
  });
}

async function requireGroup(
  repositories: Repositories,
  tenantId: string,
  id: string,
): Promise<StoredGroup> {
  const group = await repositories.groups.get(tenantId, id);
  if (!group) throw ScimError.notFound(`Group ${id} not found`);
  return group;
}

function validate(data: JsonObject): JsonObject {
  const normalized = normalizeResource(data, groupResourceType);
  parseModel(GroupInput, normalized);
  delete normalized.members;
  return normalized;
}

function taken(displayName: string): string {
  return `A group named '${displayName}' already exists`;
}
