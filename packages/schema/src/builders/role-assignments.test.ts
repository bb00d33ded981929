import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.ts';
import { parsePath } from '../path/parse.ts';
import {
  accountTypeRole,
  allWorkspacesRole,
  assignRole,
  secretScopeRole,
  unassignRole,
  workspaceRole,
} from './role-assignments.ts';

describe('role assignment builders', () => {
  it('build canonical assignments of every type', () => {
    expect([
      accountTypeRole('admin'),
      allWorkspacesRole('viewer'),
      workspaceRole('Prod', 'editor'),
      secretScopeRole('vault', 'secret_scope_reader'),
    ]).toEqual([
      { type: 'account_type', value: 'admin' },
      { type: 'all_workspaces', value: 'viewer' },
      { type: 'workspace_prod', value: 'editor' },
      { type: 'secret_scope_vault', value: 'secret_scope_reader' },
    ]);
  });

  it('refuse names outside the grammar with invalidValue', () => {
    for (const build of [
      () => workspaceRole('prod "x"', 'owner'),
      () => workspaceRole('', 'owner'),
      () => secretScopeRole('a:b', 'secret_scope_writer'),
      // A value the types forbid, as plain JavaScript could still pass it.
      () => workspaceRole('prod', 'admin' as never),
    ]) {
      expect(build).toThrow(ScimError);
    }
  });

  it('build PATCH operations that set and remove one assignment by type', () => {
    const set = assignRole({ type: 'Workspace_Prod', value: 'Owner' });
    expect(set).toEqual({
      op: 'replace',
      path: 'roles[type eq "workspace_prod"].value',
      value: 'owner',
    });
    expect(unassignRole(workspaceRole('prod', 'owner'))).toEqual({
      op: 'remove',
      path: 'roles[type eq "workspace_prod"]',
    });
    expect(unassignRole('ACCOUNT_TYPE')).toEqual({
      op: 'remove',
      path: 'roles[type eq "account_type"]',
    });
    expect(() => parsePath('roles[type eq "workspace_prod"].value')).not.toThrow();
    expect(() => unassignRole('workspace_')).toThrow(ScimError);
  });
});
