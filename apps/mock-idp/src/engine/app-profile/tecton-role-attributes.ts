/**
 * The role attributes Tecton's Okta guide has admins add in the Profile Editor (seed 000):
 * account_type, all_workspaces, workspace_<name>, secret_scope_<name>, each a string enum in
 * the core namespace whose external name selects one element of `roles` by `type`.
 */
import type { AppAttribute, EnumMember } from '../model/app.ts';
import { CORE_USER_URN } from '../scim-urns.ts';

export interface RoleCatalog {
  workspaces: readonly string[];
  secretScopes: readonly string[];
}

const WORKSPACE_ROLES: EnumMember[] = [
  { displayName: 'Owner', value: 'owner' },
  { displayName: 'Editor', value: 'editor' },
  { displayName: 'Consumer', value: 'consumer' },
  { displayName: 'Operator', value: 'operator' },
  { displayName: 'Viewer', value: 'viewer' },
];

const SECRET_SCOPE_ROLES: EnumMember[] = [
  { displayName: 'Manager', value: 'secret_scope_manager' },
  { displayName: 'Writer', value: 'secret_scope_writer' },
  { displayName: 'Reader', value: 'secret_scope_reader' },
];

function roleAttribute(
  variableName: string,
  displayName: string,
  description: string,
  members: EnumMember[],
): AppAttribute {
  return {
    variableName,
    displayName,
    dataType: 'string',
    externalName: `roles.^[type=='${variableName}'].value`,
    externalNamespace: CORE_USER_URN,
    description,
    enum: members,
    scope: 'personal',
  };
}

export function tectonRoleAttributes(catalog: RoleCatalog): AppAttribute[] {
  return [
    roleAttribute('account_type', 'Account Type', 'Tecton Account Type', [
      { displayName: 'Admin', value: 'admin' },
    ]),
    roleAttribute(
      'all_workspaces',
      'All Workspaces',
      'Role granted over all workspaces',
      WORKSPACE_ROLES,
    ),
    ...catalog.workspaces.map((name) =>
      roleAttribute(
        `workspace_${name}`,
        `Workspace ${name}`,
        `Role granted on ${name} workspace`,
        WORKSPACE_ROLES,
      ),
    ),
    ...catalog.secretScopes.map((name) =>
      roleAttribute(
        `secret_scope_${name}`,
        `Secret Scope ${name}`,
        `Role granted on ${name} secret scope`,
        SECRET_SCOPE_ROLES,
      ),
    ),
  ];
}
