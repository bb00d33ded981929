import type { RoleAssignment } from './assignment.ts';
import { formatRoleType, type RoleType } from './role-type.ts';
import { allowedValues } from './role-value.ts';
import { compareText } from './text.ts';

/** The workspaces and secret scopes a tenant has. */
export interface RoleCatalog {
  workspaces: readonly string[];
  secretScopes: readonly string[];
}

/**
 * Every assignable role for a catalog, for discovery (e.g. Okta enum members, a Roles endpoint):
 * sorted by type like applyRoleChanges, values in the grammar's order. Names are folded like
 * parseRoleType does, duplicates after folding appear once, and invalid names throw invalidValue.
 */
export function assignableRoles(catalog: RoleCatalog): RoleAssignment[] {
  const types: RoleType[] = [
    { kind: 'account_type' },
    { kind: 'all_workspaces' },
    ...catalog.workspaces.map((workspace): RoleType => ({ kind: 'workspace', workspace })),
    ...catalog.secretScopes.map((scope): RoleType => ({ kind: 'secret_scope', scope })),
  ];
  const valuesByType = new Map<string, readonly string[]>();
  for (const type of types) valuesByType.set(formatRoleType(type), allowedValues(type));
  return [...valuesByType]
    .sort(([a], [b]) => compareText(a, b))
    .flatMap(([type, values]) => values.map((value) => ({ type, value })));
}
