import {
  ScimError,
  applyRoleChanges,
  parseRoleType,
  readRoleEntries,
  type RoleAssignment,
} from '@scim/schema';
import type { CatalogKind, JsonObject, Repositories, RoleManagement } from '../../store/port.ts';

/**
 * Settles the `roles` of a resource being written (POST, PUT, or the result
 * of a PATCH): every shape IdPs send (`{type, value}`, Okta's `"type:value"`
 * strings, Entra's fixed-type and JSON-encoded values) becomes one canonical
 * `{type, value}` per role type, in the role-type grammar, and every
 * workspace or secret scope named must be in the tenant's catalog, or is
 * added to it when the tenant allows that.
 */
export async function settleRoles(
  data: JsonObject,
  repositories: Repositories,
  tenantId: string,
  resource: { kind: keyof RoleManagement; currentRoles: unknown },
): Promise<void> {
  if (data.roles === undefined && resource.currentRoles === undefined) return;
  const tenant = await repositories.tenants.get(tenantId);
  if (tenant && !tenant.roleManagement[resource.kind]) {
    // Role management is off for this resource type: requests cannot change roles,
    // and responses keep showing the current assignments.
    if (resource.currentRoles === undefined) delete data.roles;
    else data.roles = resource.currentRoles;
    return;
  }
  await canonicalizeRoles(data, repositories, tenantId);
}

/**
 * The role grammar and catalog check of settleRoles, without the tenant's
 * role-management switch: the admin API assigns roles whatever it says.
 */
export async function canonicalizeRoles(
  data: JsonObject,
  repositories: Repositories,
  tenantId: string,
): Promise<void> {
  if (data.roles === undefined) return;
  const roles = applyRoleChanges([], readRoleEntries(data.roles));
  await checkCatalog(roles, repositories, tenantId);
  if (roles.length === 0) delete data.roles;
  else data.roles = roles.map(({ type, value }) => ({ type, value }));
}

async function checkCatalog(
  roles: RoleAssignment[],
  repositories: Repositories,
  tenantId: string,
): Promise<void> {
  const named = roles.flatMap((role): { kind: CatalogKind; name: string; type: string }[] => {
    const type = parseRoleType(role.type);
    if (type.kind === 'workspace')
      return [{ kind: 'workspace', name: type.workspace, type: role.type }];
    if (type.kind === 'secret_scope')
      return [{ kind: 'secret_scope', name: type.scope, type: role.type }];
    return [];
  });
  if (named.length === 0) return;
  const catalog = await repositories.catalog.list(tenantId);
  const known = {
    workspace: new Set(catalog.workspaces),
    secret_scope: new Set(catalog.secretScopes),
  };
  const missing = named.filter((n) => !known[n.kind].has(n.name));
  if (missing.length === 0) return;
  const tenant = await repositories.tenants.get(tenantId);
  if (!tenant?.catalogAutoCreate) {
    const first = missing[0] as (typeof missing)[number];
    const what = first.kind === 'workspace' ? 'workspace' : 'secret scope';
    throw ScimError.of(
      'invalidValue',
      `Role type "${first.type}" names ${what} "${first.name}", which is not in this tenant's catalog`,
    );
  }
  for (const kind of ['workspace', 'secret_scope'] as const) {
    await repositories.catalog.add(
      tenantId,
      kind,
      missing.filter((m) => m.kind === kind).map((m) => m.name),
    );
  }
}
