import { ScimError } from '../errors.ts';
import { MAX_ROLE_NAME_LENGTH, MAX_ROLE_TYPE_LENGTH } from './limits.ts';
import { asciiLower, show } from './text.ts';

/**
 * A role type of Tecton's grammar (Tecton SCIM doc, "Managing Role Assignments"): the `type` of an
 * entry in the multi-valued `roles` attribute.
 */
export type RoleType =
  | { kind: 'account_type' }
  | { kind: 'all_workspaces' }
  | { kind: 'workspace'; workspace: string }
  | { kind: 'secret_scope'; scope: string };

const ACCOUNT_TYPE = 'account_type';
const ALL_WORKSPACES = 'all_workspaces';
const WORKSPACE_PREFIX = 'workspace_';
const SECRET_SCOPE_PREFIX = 'secret_scope_';

/**
 * Workspace and secret scope names, after folding. Types end up inside SCIM filters
 * (`roles[type eq "workspace_prod"]`) and Okta external names (`roles.^[type=='workspace_prod']`),
 * where quotes, brackets and spaces break the expression, and `:` would make role ids ambiguous.
 */
const NAME = /^[a-z0-9_-]+$/;

/**
 * Parses a role type. Type names are case-insensitive and folded to lower case, names included:
 * one assignment per type per principal only holds if `Workspace_Prod` and `workspace_prod` are
 * the same type, and people type these into Okta's Profile Editor by hand.
 */
export function parseRoleType(text: string): RoleType {
  if (text.length > MAX_ROLE_TYPE_LENGTH) {
    throw invalid(`Role type ${show(text)} is longer than ${MAX_ROLE_TYPE_LENGTH} characters`);
  }
  const folded = asciiLower(text);
  if (folded === ACCOUNT_TYPE) return { kind: 'account_type' };
  if (folded === ALL_WORKSPACES) return { kind: 'all_workspaces' };
  if (folded.startsWith(WORKSPACE_PREFIX)) {
    const workspace = checkName(folded.slice(WORKSPACE_PREFIX.length), 'workspace', text);
    return { kind: 'workspace', workspace };
  }
  if (folded.startsWith(SECRET_SCOPE_PREFIX)) {
    const scope = checkName(folded.slice(SECRET_SCOPE_PREFIX.length), 'secret scope', text);
    return { kind: 'secret_scope', scope };
  }
  throw invalid(
    `Role type ${show(text)} is not valid; expected ${ACCOUNT_TYPE}, ${ALL_WORKSPACES}, ` +
      `${WORKSPACE_PREFIX}<name> or ${SECRET_SCOPE_PREFIX}<name>`,
  );
}

/**
 * The canonical type string. Names are folded and checked like parseRoleType does, so the result
 * always parses back to the same type.
 */
export function formatRoleType(type: RoleType): string {
  switch (type.kind) {
    case 'account_type':
      return ACCOUNT_TYPE;
    case 'all_workspaces':
      return ALL_WORKSPACES;
    case 'workspace': {
      const text = WORKSPACE_PREFIX + type.workspace;
      return WORKSPACE_PREFIX + checkName(asciiLower(type.workspace), 'workspace', text);
    }
    case 'secret_scope': {
      const text = SECRET_SCOPE_PREFIX + type.scope;
      return SECRET_SCOPE_PREFIX + checkName(asciiLower(type.scope), 'secret scope', text);
    }
  }
}

/**
 * Whether a type string claims the grammar (starts with one of its words, in any case). Such types
 * must parse; any other type, such as Entra's fixed `WindowsAzureActiveDirectoryRole`, is foreign.
 */
export function claimsRoleType(text: string): boolean {
  const head = asciiLower(text.slice(0, ALL_WORKSPACES.length));
  return [ACCOUNT_TYPE, ALL_WORKSPACES, WORKSPACE_PREFIX, SECRET_SCOPE_PREFIX].some((word) =>
    head.startsWith(word),
  );
}

function checkName(name: string, what: string, type: string): string {
  if (name === '') throw invalid(`Role type ${show(type)} has no ${what} name`);
  if (name.length > MAX_ROLE_NAME_LENGTH) {
    throw invalid(
      `Role type ${show(type)} has a ${what} name longer than ${MAX_ROLE_NAME_LENGTH} characters`,
    );
  }
  if (!NAME.test(name)) {
    throw invalid(
      `Role type ${show(type)} has an invalid ${what} name; names use only letters, digits, '_' and '-'`,
    );
  }
  return name;
}

function invalid(detail: string): ScimError {
  return ScimError.of('invalidValue', detail);
}
