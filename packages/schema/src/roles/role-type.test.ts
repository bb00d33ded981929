import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import { MAX_ROLE_NAME_LENGTH, MAX_ROLE_TYPE_LENGTH } from './limits.ts';
import { claimsRoleType, formatRoleType, parseRoleType, type RoleType } from './role-type.ts';

describe('parseRoleType: the Tecton role grammar', () => {
  it.each<[string, RoleType, string]>([
    ['account_type', { kind: 'account_type' }, 'account_type'],
    ['all_workspaces', { kind: 'all_workspaces' }, 'all_workspaces'],
    ['workspace_prod', { kind: 'workspace', workspace: 'prod' }, 'workspace_prod'],
    [
      'workspace_snowflake_test',
      { kind: 'workspace', workspace: 'snowflake_test' },
      'workspace_snowflake_test',
    ],
    ['workspace_team-a_2', { kind: 'workspace', workspace: 'team-a_2' }, 'workspace_team-a_2'],
    ['secret_scope_my_scope', { kind: 'secret_scope', scope: 'my_scope' }, 'secret_scope_my_scope'],
    // Case folds, prefix and name alike.
    ['ACCOUNT_TYPE', { kind: 'account_type' }, 'account_type'],
    ['All_Workspaces', { kind: 'all_workspaces' }, 'all_workspaces'],
    ['Workspace_Prod', { kind: 'workspace', workspace: 'prod' }, 'workspace_prod'],
    [
      'WORKSPACE_SNOWFLAKE_TEST',
      { kind: 'workspace', workspace: 'snowflake_test' },
      'workspace_snowflake_test',
    ],
    ['Secret_Scope_My_Scope', { kind: 'secret_scope', scope: 'my_scope' }, 'secret_scope_my_scope'],
    // A name may itself look like another word of the grammar; the prefix decides.
    [
      'workspace_secret_scope_x',
      { kind: 'workspace', workspace: 'secret_scope_x' },
      'workspace_secret_scope_x',
    ],
    [
      'secret_scope_workspace_x',
      { kind: 'secret_scope', scope: 'workspace_x' },
      'secret_scope_workspace_x',
    ],
  ])('%s', (text, type, canonical) => {
    expect(parseRoleType(text)).toEqual(type);
    expect(formatRoleType(parseRoleType(text))).toBe(canonical);
  });

  it.each<[string, string]>([
    ['workspace_', 'Role type "workspace_" has no workspace name'],
    ['secret_scope_', 'Role type "secret_scope_" has no secret scope name'],
    [
      'workspace_Bad Name!',
      `Role type "workspace_Bad Name!" has an invalid workspace name; names use only letters, digits, '_' and '-'`,
    ],
    [
      'secret_scope_a:b',
      `Role type "secret_scope_a:b" has an invalid secret scope name; names use only letters, digits, '_' and '-'`,
    ],
    [
      'admin',
      'Role type "admin" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    [
      '',
      'Role type "" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    [
      'workspace',
      'Role type "workspace" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    [
      'account_types',
      'Role type "account_types" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    [
      ' account_type',
      'Role type " account_type" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    // Only A–Z fold: the Kelvin sign is not a k.
    [
      'wor\u212Aspace_prod',
      'Role type "wor\u212Aspace_prod" is not valid; expected account_type, all_workspaces, workspace_<name> or secret_scope_<name>',
    ],
    [
      'workspace_pro\u212A',
      `Role type "workspace_pro\u212A" has an invalid workspace name; names use only letters, digits, '_' and '-'`,
    ],
  ])('refuses %j', (text, detail) => {
    const error = catchScimError(() => parseRoleType(text));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe('invalidValue');
    expect(error.message).toBe(detail);
  });

  it('bounds names and types', () => {
    const longest = 'n'.repeat(MAX_ROLE_NAME_LENGTH);
    expect(parseRoleType(`secret_scope_${longest}`)).toEqual({
      kind: 'secret_scope',
      scope: longest,
    });
    expect(catchScimError(() => parseRoleType(`workspace_${longest}n`)).message).toMatch(
      /^Role type "workspace_n+…" has a workspace name longer than 64 characters$/,
    );
    expect(
      catchScimError(() => parseRoleType('x'.repeat(MAX_ROLE_TYPE_LENGTH + 1))).message,
    ).toMatch(/^Role type "x{64}…" is longer than 128 characters$/);
  });
});

describe('formatRoleType', () => {
  it('folds names and refuses what parseRoleType refuses', () => {
    expect(formatRoleType({ kind: 'workspace', workspace: 'Prod' })).toBe('workspace_prod');
    expect(formatRoleType({ kind: 'secret_scope', scope: 'My_Scope' })).toBe(
      'secret_scope_my_scope',
    );
    expect(catchScimError(() => formatRoleType({ kind: 'workspace', workspace: '' })).message).toBe(
      'Role type "workspace_" has no workspace name',
    );
    expect(
      catchScimError(() => formatRoleType({ kind: 'secret_scope', scope: 'a b' })).message,
    ).toContain('"secret_scope_a b" has an invalid secret scope name');
  });
});

describe('claimsRoleType', () => {
  it.each<[string, boolean]>([
    ['account_type', true],
    ['Account_Type_x', true],
    ['ALL_WORKSPACES', true],
    ['workspace_', true],
    ['Secret_Scope_x y', true],
    ['WindowsAzureActiveDirectoryRole', false],
    ['admin', false],
    ['workspace', false],
    ['', false],
  ])('%j → %s', (text, claimed) => {
    expect(claimsRoleType(text)).toBe(claimed);
  });
});
