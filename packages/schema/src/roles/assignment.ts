import { ScimError } from '../errors.ts';
import { formatRoleType, parseRoleType } from './role-type.ts';
import { parseRoleValue } from './role-value.ts';
import { show } from './text.ts';

/** One role assignment in canonical form, e.g. `{ type: 'workspace_prod', value: 'editor' }`. */
export interface RoleAssignment {
  type: string;
  value: string;
}

/** Folds and checks a type and a value into an assignment; a null value assigns nothing. */
export function canonicalAssignment(type: string, value: unknown): RoleAssignment {
  const roleType = parseRoleType(type);
  const canonical = parseRoleValue(roleType, value);
  if (canonical === null) {
    throw ScimError.of('invalidValue', `Role type ${show(type)} has no value to assign`);
  }
  return { type: formatRoleType(roleType), value: canonical };
}
