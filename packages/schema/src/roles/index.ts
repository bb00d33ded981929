/**
 * Tecton's role-type grammar for the multi-valued `roles` attribute (Tecton SCIM doc, "Managing
 * Role Assignments"), shared by the server, the SDK and the mock IdP.
 */
export { applyRoleChanges } from './apply-changes.ts';
export type { RoleAssignment } from './assignment.ts';
export { assignableRoles, type RoleCatalog } from './catalog.ts';
export {
  MAX_ENCODED_ROLE_VALUE_LENGTH,
  MAX_ROLE_ENTRIES,
  MAX_ROLE_NAME_LENGTH,
  MAX_ROLE_TYPE_LENGTH,
} from './limits.ts';
export { readRoleEntries, type RoleChanges } from './role-entries.ts';
export { parseRoleId, roleId } from './role-id.ts';
export { formatRoleType, parseRoleType, type RoleType } from './role-type.ts';
export {
  ACCOUNT_TYPE_VALUES,
  allowedValues,
  parseRoleValue,
  SECRET_SCOPE_ROLE_VALUES,
  WORKSPACE_ROLE_VALUES,
} from './role-value.ts';
