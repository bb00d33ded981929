import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import { assignableRoles } from './catalog.ts';
import { roleId } from './role-id.ts';

describe('assignableRoles', () => {
  it('lists every role id of a catalog, sorted by type, values in grammar order', () => {
    const roles = assignableRoles({
      workspaces: ['prod', 'Dev'],
      secretScopes: ['snowflake_test'],
    });
    expect(roles.map(roleId)).toEqual([
      'account_type:admin',
      'all_workspaces:owner',
      'all_workspaces:editor',
      'all_workspaces:consumer',
      'all_workspaces:operator',
      'all_workspaces:viewer',
      'secret_scope_snowflake_test:secret_scope_manager',
      'secret_scope_snowflake_test:secret_scope_writer',
      'secret_scope_snowflake_test:secret_scope_reader',
      'workspace_dev:owner',
      'workspace_dev:editor',
      'workspace_dev:consumer',
      'workspace_dev:operator',
      'workspace_dev:viewer',
      'workspace_prod:owner',
      'workspace_prod:editor',
      'workspace_prod:consumer',
      'workspace_prod:operator',
      'workspace_prod:viewer',
    ]);
    expect(roles[0]).toEqual({ type: 'account_type', value: 'admin' });
  });

  it('lists the fixed types for an empty catalog', () => {
    expect(assignableRoles({ workspaces: [], secretScopes: [] })).toHaveLength(6);
  });

  it('lists names that fold together once', () => {
    const roles = assignableRoles({ workspaces: ['prod', 'PROD'], secretScopes: [] });
    expect(roles.filter((role) => role.type === 'workspace_prod')).toHaveLength(5);
  });

  it('refuses names outside the grammar', () => {
    const error = catchScimError(() =>
      assignableRoles({ workspaces: [], secretScopes: ['my scope'] }),
    );
    expect(error.scimType).toBe('invalidValue');
    expect(error.message).toContain('"secret_scope_my scope" has an invalid secret scope name');
  });
});
