import { ScimError } from '../errors.ts';
import { formatRoleType, type RoleType } from './role-type.ts';
import { asciiLower, show } from './text.ts';

/** The values of each type, in the Tecton SCIM doc's order ("Managing Role Assignments"). */
export const ACCOUNT_TYPE_VALUES = ['admin'] as const;
export const WORKSPACE_ROLE_VALUES = ['owner', 'editor', 'consumer', 'operator', 'viewer'] as const;
export const SECRET_SCOPE_ROLE_VALUES = [
  'secret_scope_manager',
  'secret_scope_writer',
  'secret_scope_reader',
] as const;

/** The canonical values a type accepts; null (removal) is always accepted too. */
export function allowedValues(type: RoleType): readonly string[] {
  switch (type.kind) {
    case 'account_type':
      return ACCOUNT_TYPE_VALUES;
    case 'all_workspaces':
    case 'workspace':
      return WORKSPACE_ROLE_VALUES;
    case 'secret_scope':
      return SECRET_SCOPE_ROLE_VALUES;
  }
}

/**
 * The canonical value, or null to remove the assignment of this type. Values match ignoring case
 * because Okta mappings produce display names ("Admin", "Owner"). An empty string is null: Okta
 * sends "" for a cleared mapping, and RFC 7643 §2.5 makes null and unassigned the same state.
 * Nothing else is folded: " admin" is refused, not trimmed.
 */
export function parseRoleValue(type: RoleType, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const allowed = allowedValues(type);
  if (typeof value === 'string') {
    const folded = asciiLower(value);
    if (allowed.includes(folded)) return folded;
  }
  throw ScimError.of(
    'invalidValue',
    `Role value ${show(value)} is not valid for role type ${show(formatRoleType(type))}; ` +
      `allowed values: ${allowed.join(', ')}, or null`,
  );
}
