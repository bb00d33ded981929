import { attribute, type SchemaDefinition } from './attribute.ts';
import { URN } from './urns.ts';

/**
 * An assignable role of a tenant, listed at /Roles for IdPs that discover
 * entitlements (Okta's "SCIM 2.0 with entitlements", idp-wire-behavior.md O-17).
 * Its id is the role id of the role-type grammar, e.g. `workspace_prod:editor`.
 */
export const roleSchema: SchemaDefinition = {
  id: URN.role,
  name: 'Role',
  description: 'An assignable role in the role-type grammar',
  attributes: [
    attribute('type', 'string', {
      mutability: 'readOnly',
      caseExact: true,
      description:
        'The role type, e.g. account_type, all_workspaces, workspace_prod, secret_scope_x.',
    }),
    attribute('value', 'string', {
      mutability: 'readOnly',
      caseExact: true,
      description: 'The role value, e.g. admin, editor, secret_scope_reader.',
    }),
    attribute('display', 'string', {
      mutability: 'readOnly',
      description: 'A human-readable name.',
    }),
  ],
};
