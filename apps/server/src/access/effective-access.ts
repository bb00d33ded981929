import {
  ScimError,
  readRoleEntries,
  applyRoleChanges,
  roleId,
  type RoleAssignment,
} from '@scim/schema';
import type { Store } from '../store/port.ts';

export type RoleSource =
  | { kind: 'direct' }
  | {
      kind: 'group';
      group: { id: string; displayName: string };
      /** The direct group of the principal through which this group's roles arrive. */
      via: { id: string; displayName: string };
      depth: number;
    };

export type EffectiveRole = {
  id: string;
  type: string;
  value: string;
  sources: RoleSource[];
};

export type EffectiveAccess = {
  principal: { type: 'User'; id: string; display: string; active: boolean };
  roles: EffectiveRole[];
};

/**
 * A principal's effective roles with their provenance: its own, and those
 * of every group it is in, directly or through nested groups (members
 * inherit their groups' roles). An inactive principal has none.
 */
export function effectiveAccess(
  store: Store,
  tenantId: string,
  userId: string,
): Promise<EffectiveAccess> {
  return store.read(async ({ users, access }) => {
    const user = await users.get(tenantId, userId);
    if (!user) throw ScimError.notFound(`User ${userId} not found`);
    const display =
      typeof user.data.displayName === 'string' ? user.data.displayName : user.userName;
    const principal = { type: 'User' as const, id: user.id, display, active: user.active };
    if (!user.active) return { principal, roles: [] };

    const byId = new Map<string, EffectiveRole>();
    const grant = (role: RoleAssignment, source: RoleSource) => {
      const id = roleId(role);
      const entry = byId.get(id) ?? { id, type: role.type, value: role.value, sources: [] };
      entry.sources.push(source);
      byId.set(id, entry);
    };
    for (const role of canonical(user.data.roles)) grant(role, { kind: 'direct' });
    for (const group of await access.groupsContaining(tenantId, user.id)) {
      for (const role of canonical(group.roles)) {
        grant(role, {
          kind: 'group',
          group: { id: group.id, displayName: group.displayName },
          via: group.via,
          depth: group.depth,
        });
      }
    }
    const roles = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
    return { principal, roles };
  });
}

/** Stored roles are canonical already; reading them through the grammar keeps this honest. */
function canonical(roles: unknown): RoleAssignment[] {
  if (roles === undefined || roles === null) return [];
  return applyRoleChanges([], readRoleEntries(roles));
}
