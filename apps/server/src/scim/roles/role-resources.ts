import {
  URN,
  assignableRoles,
  parseRoleType,
  roleId,
  type RoleAssignment,
  type RoleType,
} from '@scim/schema';
import type { Catalog } from '../../store/port.ts';

export interface RoleResource extends Record<string, unknown> {
  schemas: string[];
  id: string;
  type: string;
  value: string;
  display: string;
  meta: { resourceType: 'Role'; location: string };
}

/** Every role the tenant's catalog makes assignable, as SCIM resources (id = role id). */
export function roleResources(catalog: Catalog, baseUrl: string): RoleResource[] {
  return assignableRoles({
    workspaces: catalog.workspaces,
    secretScopes: catalog.secretScopes,
  }).map((role) => toRoleResource(role, baseUrl));
}

function toRoleResource(role: RoleAssignment, baseUrl: string): RoleResource {
  const id = roleId(role);
  return {
    schemas: [URN.role],
    id,
    type: role.type,
    value: role.value,
    display: `${typeLabel(parseRoleType(role.type))}: ${capitalise(role.value.replace(/^secret_scope_/, ''))}`,
    meta: { resourceType: 'Role', location: `${baseUrl}/Roles/${encodeURIComponent(id)}` },
  };
}

function typeLabel(type: RoleType): string {
  switch (type.kind) {
    case 'account_type':
      return 'Account type';
    case 'all_workspaces':
      return 'All workspaces';
    case 'workspace':
      return `Workspace ${type.workspace}`;
    case 'secret_scope':
      return `Secret scope ${type.scope}`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
