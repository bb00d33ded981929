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

export type PrincipalType = 'User' | 'ServiceAccount';

export type EffectiveAccess = {
  principal: {
    type: PrincipalType;
    id: string;
    display: string;
    active: boolean;
    /** A user locked by deprovisioning has no access, whatever its roles say. */
    locked: boolean;
  };
  roles: EffectiveRole[];
};

/**
 * A principal's effective roles with their provenance: its own, and those
 * of every group it is in, directly or through nested groups (members
 * inherit their groups' roles). An inactive or locked principal has none.
 */
export function effectiveAccess(
  store: Store,
  tenantId: string,
  type: PrincipalType,
  id: string,
): Promise<EffectiveAccess> {
  return store.read(async ({ users, serviceAccounts, access, locks }) => {
    const found =
      type === 'User'
        ? await users
            .get(tenantId, id)
            .then((u) => u && { ...u, display: displayOf(u.data, u.userName) })
        : await serviceAccounts
            .get(tenantId, id)
            .then((s) => s && { ...s, display: s.displayName });
    if (!found) throw ScimError.notFound(`${type} ${id} not found`);
    const locked =
      type === 'User' && (await locks.active(tenantId, { userId: found.id })) !== undefined;
    const principal = { type, id: found.id, display: found.display, active: found.active, locked };
    if (!found.active || locked) return { principal, roles: [] };

    const byId = new Map<string, EffectiveRole>();
    const grant = (role: RoleAssignment, source: RoleSource) => {
      const key = roleId(role);
      const entry = byId.get(key) ?? { id: key, type: role.type, value: role.value, sources: [] };
      entry.sources.push(source);
      byId.set(key, entry);
    };
    for (const role of canonical(found.data.roles)) grant(role, { kind: 'direct' });
    for (const group of await access.groupsContaining(tenantId, found.id)) {
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

function displayOf(data: Record<string, unknown>, fallback: string): string {
  return typeof data.displayName === 'string' ? data.displayName : fallback;
}

/** Stored roles are canonical already; reading them through the grammar keeps this honest. */
function canonical(roles: unknown): RoleAssignment[] {
  if (roles === undefined || roles === null) return [];
  return applyRoleChanges([], readRoleEntries(roles));
}
