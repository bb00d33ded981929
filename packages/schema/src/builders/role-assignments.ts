/**
 * Role assignments through the role-type grammar (Tecton SCIM doc, "Managing Role
 * Assignments"): each builder folds and checks the type and value the way the server
 * does, so a bad workspace name or role fails before any request is sent.
 */
import { canonicalAssignment, type RoleAssignment } from '../roles/assignment.ts';
import { formatRoleType, parseRoleType, type RoleType } from '../roles/role-type.ts';
import {
  type ACCOUNT_TYPE_VALUES,
  parseRoleValue,
  type SECRET_SCOPE_ROLE_VALUES,
  type WORKSPACE_ROLE_VALUES,
} from '../roles/role-value.ts';
import { eq } from './filters.ts';
import { patchPath, type PatchOperationBody } from './patch-operations.ts';

export type AccountTypeRole = (typeof ACCOUNT_TYPE_VALUES)[number];
export type WorkspaceRole = (typeof WORKSPACE_ROLE_VALUES)[number];
export type SecretScopeRole = (typeof SECRET_SCOPE_ROLE_VALUES)[number];

function assignment(type: RoleType, value: string): RoleAssignment {
  const canonical = parseRoleValue(type, value);
  // parseRoleValue returns null only for null or ''; the typed values are neither.
  return { type: formatRoleType(type), value: canonical ?? value };
}

/** `{ type: 'account_type', value: 'admin' }` */
export function accountTypeRole(value: AccountTypeRole): RoleAssignment {
  return assignment({ kind: 'account_type' }, value);
}

/** A role in every workspace: `{ type: 'all_workspaces', value }`. */
export function allWorkspacesRole(value: WorkspaceRole): RoleAssignment {
  return assignment({ kind: 'all_workspaces' }, value);
}

/** A role in one workspace: `workspaceRole('prod', 'editor')` → `{ type: 'workspace_prod', value: 'editor' }`. */
export function workspaceRole(workspace: string, value: WorkspaceRole): RoleAssignment {
  return assignment({ kind: 'workspace', workspace }, value);
}

/** A role on one secret scope: `{ type: 'secret_scope_<scope>', value }`. */
export function secretScopeRole(scope: string, value: SecretScopeRole): RoleAssignment {
  return assignment({ kind: 'secret_scope', scope }, value);
}

/** PATCH that sets the assignment of its type: `replace roles[type eq "…"].value`. */
export function assignRole(role: RoleAssignment): PatchOperationBody {
  const { type, value } = canonicalAssignment(role.type, role.value);
  return { op: 'replace', path: patchPath('roles', eq('type', type), 'value'), value };
}

/** PATCH that removes the assignment of a type: `remove roles[type eq "…"]`. */
export function unassignRole(role: RoleAssignment | string): PatchOperationBody {
  const type = formatRoleType(parseRoleType(typeof role === 'string' ? role : role.type));
  return { op: 'remove', path: patchPath('roles', eq('type', type)) };
}
