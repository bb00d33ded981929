import { ScimError } from '../errors.ts';
import { canonicalAssignment, type RoleAssignment } from './assignment.ts';
import { show } from './text.ts';

/**
 * The role id `"<type>:<value>"`, e.g. `workspace_prod:editor`: how roles travel where an IdP has
 * no room for our `type` (Okta's default string-array `roles`, Entra's fixed-type app roles).
 * Unambiguous because neither types nor values contain `:`.
 */
export function roleId(assignment: RoleAssignment): string {
  const { type, value } = canonicalAssignment(assignment.type, assignment.value);
  return `${type}:${value}`;
}

/** Inverse of roleId, folding case like the rest of the grammar. */
export function parseRoleId(text: string): RoleAssignment {
  const colon = text.indexOf(':');
  if (colon < 0) {
    throw ScimError.of('invalidValue', `Role id ${show(text)} is not of the form "<type>:<value>"`);
  }
  const value = text.slice(colon + 1);
  if (value === '') throw ScimError.of('invalidValue', `Role id ${show(text)} has no value`);
  return canonicalAssignment(text.slice(0, colon), value);
}
