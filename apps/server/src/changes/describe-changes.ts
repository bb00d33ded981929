/**
 * Turns a write into the change events it stands for: what the audit
 * trail records and webhooks deliver. Services call these inside the
 * transaction of the write, so a change and its events commit together.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonObject, MemberRef, NewChange, ResourceTypeName } from '../store/port.ts';
import type { ChangeType } from './change-types.ts';

const PREFIX: Record<ResourceTypeName, 'user' | 'group' | 'serviceAccount'> = {
  User: 'user',
  Group: 'group',
  ServiceAccount: 'serviceAccount',
};

/** Members per membership event: a 100,000-member replace is many events, none unbounded. */
export const MEMBERS_PER_EVENT = 1000;

export interface ResourceState {
  id: string;
  /** The stored document; for users and service accounts `active` included. */
  data: JsonObject;
}

function change(
  type: ChangeType,
  resourceType: ResourceTypeName,
  resourceId: string,
  data: JsonObject,
): NewChange {
  return { type, resourceType, resourceId, data };
}

/** A user or service account as change events see it: its document with `active`, kept in a column. */
export function activeState(resource: {
  id: string;
  data: JsonObject;
  active: boolean;
}): ResourceState {
  return { id: resource.id, data: { ...resource.data, active: resource.active } };
}

/** Attribute-level before/after of what differs between two documents. */
export function attributeChanges(
  before: JsonObject,
  after: JsonObject,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!isDeepStrictEqual(before[key], after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}

/**
 * The events of a create (no `before`), an update, or a delete (no `after`):
 * `<type>.created|updated|deleted`, `deactivated`/`reactivated` when
 * `active` flips, and `role.assigned`/`role.removed` per role that changed.
 */
export function resourceChanges(
  resourceType: ResourceTypeName,
  before: ResourceState | undefined,
  after: ResourceState | undefined,
): NewChange[] {
  const id = after?.id ?? before?.id;
  if (id === undefined) return [];
  const prefix = PREFIX[resourceType];
  const events: NewChange[] = [];
  if (!before && after) {
    events.push(change(`${prefix}.created`, resourceType, id, { attributes: after.data }));
  } else if (before && !after) {
    events.push(change(`${prefix}.deleted`, resourceType, id, { attributes: before.data }));
  } else if (before && after) {
    const { active, ...others } = attributeChanges(before.data, after.data);
    if (Object.keys(others).length > 0) {
      events.push(change(`${prefix}.updated`, resourceType, id, { changes: others }));
    }
    if (active && prefix !== 'group') {
      const type = after.data.active === false ? 'deactivated' : 'reactivated';
      events.push(change(`${prefix}.${type}`, resourceType, id, { changes: { active } }));
    }
  }
  events.push(...roleChanges(resourceType, id, before?.data.roles, after?.data.roles));
  return events;
}

/** Stored roles are canonical `{type, value}` lists (settle-roles.ts). */
function roleChanges(
  resourceType: ResourceTypeName,
  id: string,
  before: unknown,
  after: unknown,
): NewChange[] {
  const key = (role: { type: unknown; value: unknown }) =>
    `${String(role.type)}\u0000${String(role.value)}`;
  const was = new Map(rolesOf(before).map((role) => [key(role), role]));
  const is = new Map(rolesOf(after).map((role) => [key(role), role]));
  const events: NewChange[] = [];
  for (const [k, role] of was) {
    if (!is.has(k)) events.push(change('role.removed', resourceType, id, { role }));
  }
  for (const [k, role] of is) {
    if (!was.has(k)) events.push(change('role.assigned', resourceType, id, { role }));
  }
  return events;
}

function rolesOf(roles: unknown): { type: unknown; value: unknown }[] {
  if (!Array.isArray(roles)) return [];
  return roles.filter(
    (role): role is { type: unknown; value: unknown } => typeof role === 'object' && role !== null,
  );
}

/** `group.membership.added` / `removed`, in chunks of MEMBERS_PER_EVENT members. */
export function membershipChanges(
  groupId: string,
  delta: { added: MemberRef[]; removed: string[] },
): NewChange[] {
  const events: NewChange[] = [];
  for (let i = 0; i < delta.removed.length; i += MEMBERS_PER_EVENT) {
    const members = delta.removed.slice(i, i + MEMBERS_PER_EVENT).map((value) => ({ value }));
    events.push(change('group.membership.removed', 'Group', groupId, { members }));
  }
  for (let i = 0; i < delta.added.length; i += MEMBERS_PER_EVENT) {
    const members = delta.added
      .slice(i, i + MEMBERS_PER_EVENT)
      .map(({ value, type }) => ({ value, type }));
    events.push(change('group.membership.added', 'Group', groupId, { members }));
  }
  return events;
}

/** A deleted member leaves its groups: one `removed` event per group. */
export function leftGroupChanges(memberId: string, groupIds: string[]): NewChange[] {
  return groupIds.flatMap((groupId) =>
    membershipChanges(groupId, { added: [], removed: [memberId] }),
  );
}
