import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import type { RoleAssignment } from './assignment.ts';
import { parseRoleId, roleId } from './role-id.ts';

describe('role ids', () => {
  it.each<[string, RoleAssignment]>([
    ['account_type:admin', { type: 'account_type', value: 'admin' }],
    ['all_workspaces:viewer', { type: 'all_workspaces', value: 'viewer' }],
    ['workspace_prod:editor', { type: 'workspace_prod', value: 'editor' }],
    ['workspace_snowflake_test:owner', { type: 'workspace_snowflake_test', value: 'owner' }],
    [
      'secret_scope_my_scope:secret_scope_writer',
      { type: 'secret_scope_my_scope', value: 'secret_scope_writer' },
    ],
  ])('%s both ways', (id, assignment) => {
    expect(parseRoleId(id)).toEqual(assignment);
    expect(roleId(assignment)).toBe(id);
  });

  it('folds case both ways', () => {
    expect(parseRoleId('Workspace_Prod:Editor')).toEqual({
      type: 'workspace_prod',
      value: 'editor',
    });
    expect(roleId({ type: 'ACCOUNT_TYPE', value: 'Admin' })).toBe('account_type:admin');
  });

  it.each<[string, string]>([
    ['workspace_prod', 'Role id "workspace_prod" is not of the form "<type>:<value>"'],
    ['workspace_prod:', 'Role id "workspace_prod:" has no value'],
    [':editor', 'Role type "" is not valid'],
    ['workspace_:editor', 'Role type "workspace_" has no workspace name'],
    ['admin:admin', 'Role type "admin" is not valid'],
    [
      'all_workspaces:superuser',
      'Role value "superuser" is not valid for role type "all_workspaces"',
    ],
    [
      'workspace_prod:editor:x',
      'Role value "editor:x" is not valid for role type "workspace_prod"',
    ],
  ])('refuses %j', (id, detail) => {
    const error = catchScimError(() => parseRoleId(id));
    expect(error.scimType).toBe('invalidValue');
    expect(error.message).toContain(detail);
  });

  it('refuses assignments outside the grammar', () => {
    expect(
      catchScimError(() => roleId({ type: 'account_type', value: 'owner' })).message,
    ).toContain('Role value "owner" is not valid for role type "account_type"');
    expect(catchScimError(() => roleId({ type: 'account_type', value: '' })).message).toBe(
      'Role type "account_type" has no value to assign',
    );
  });
});
