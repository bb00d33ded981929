/** Typed builders for what clients send: filters, PATCH operations and role assignments. */
export {
  and,
  attributePath,
  co,
  eq,
  ew,
  filterText,
  ge,
  gt,
  le,
  lt,
  ne,
  not,
  or,
  pr,
  sw,
  valuePath,
  type FilterOperand,
} from './filters.ts';
export {
  patch,
  patchPath,
  patchRequest,
  type PatchOperationBody,
  type PatchRequestBody,
} from './patch-operations.ts';
export {
  accountTypeRole,
  allWorkspacesRole,
  assignRole,
  secretScopeRole,
  unassignRole,
  workspaceRole,
  type AccountTypeRole,
  type SecretScopeRole,
  type WorkspaceRole,
} from './role-assignments.ts';
export type { Filter } from '../filter/ast.ts';
export type { RoleAssignment } from '../roles/assignment.ts';
export { ScimError, type ScimType } from '../errors.ts';
