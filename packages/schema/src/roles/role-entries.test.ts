import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import { MAX_ROLE_ENTRIES } from './limits.ts';
import { readRoleEntries, type RoleChanges } from './role-entries.ts';

const ENTRA_TYPE = 'WindowsAzureActiveDirectoryRole';
const entraValue = (id: string): string =>
  JSON.stringify({
    id: '06b0a1c2-0000-4000-8000-000000000000',
    value: id,
    displayName: 'Role1234',
  });

describe('readRoleEntries: every shape IdPs send', () => {
  it.each<[string, unknown, RoleChanges]>([
    ['nothing (null)', null, { set: [], remove: [] }],
    ['nothing (absent)', undefined, { set: [], remove: [] }],
    ['an empty array', [], { set: [], remove: [] }],
    [
      // idp-wire-behavior.md §1.4: three `roles.^[type=='…'].value` mappings merged into one array.
      'Okta merged array from three mappings',
      [
        { type: 'account_type', value: 'Admin' },
        { type: 'all_workspaces', value: 'Viewer' },
        { type: 'workspace_prod', value: 'Owner' },
      ],
      {
        set: [
          { type: 'account_type', value: 'admin' },
          { type: 'all_workspaces', value: 'viewer' },
          { type: 'workspace_prod', value: 'owner' },
        ],
        remove: [],
      },
    ],
    [
      'Okta mappings cleared with null, "" and no value',
      [
        { type: 'account_type', value: null },
        { type: 'workspace_prod', value: '' },
        { type: 'secret_scope_snowflake_test' },
        { type: 'all_workspaces', value: 'owner' },
      ],
      {
        set: [{ type: 'all_workspaces', value: 'owner' }],
        remove: ['account_type', 'secret_scope_snowflake_test', 'workspace_prod'],
      },
    ],
    [
      'typed entries with folded types and extra sub-attributes',
      [
        { Type: 'Workspace_Prod', Value: 'EDITOR', primary: true, display: 'Prod editor' },
        { type: 'SECRET_SCOPE_X', value: 'Secret_Scope_Reader', $ref: null },
      ],
      {
        set: [
          { type: 'secret_scope_x', value: 'secret_scope_reader' },
          { type: 'workspace_prod', value: 'editor' },
        ],
        remove: [],
      },
    ],
    [
      // Okta's default template: `roles` as an array of strings.
      'Okta string array',
      ['workspace_prod:editor', 'account_type:Admin', 'secret_scope_x:secret_scope_writer'],
      {
        set: [
          { type: 'account_type', value: 'admin' },
          { type: 'secret_scope_x', value: 'secret_scope_writer' },
          { type: 'workspace_prod', value: 'editor' },
        ],
        remove: [],
      },
    ],
    [
      'a single string',
      'workspace_prod:editor',
      { set: [{ type: 'workspace_prod', value: 'editor' }], remove: [] },
    ],
    [
      'a single typed object',
      { type: 'account_type', value: null },
      { set: [], remove: ['account_type'] },
    ],
    [
      // idp-wire-behavior.md §3.3 E-10: one fixed type for every app role.
      'Entra fixed type, plain values',
      [
        { primary: true, type: ENTRA_TYPE, value: 'workspace_prod:editor' },
        { primary: false, type: ENTRA_TYPE, display: 'x', value: 'all_workspaces:viewer' },
      ],
      {
        set: [
          { type: 'all_workspaces', value: 'viewer' },
          { type: 'workspace_prod', value: 'editor' },
        ],
        remove: [],
      },
    ],
    [
      'Entra fixed type, JSON-encoded value',
      [{ type: ENTRA_TYPE, value: entraValue('workspace_prod:editor') }],
      { set: [{ type: 'workspace_prod', value: 'editor' }], remove: [] },
    ],
    [
      'Entra PATCH: no type, JSON-encoded values',
      [{ value: entraValue('workspace_prod:editor') }, { value: '{"value":"account_type:admin"}' }],
      {
        set: [
          { type: 'account_type', value: 'admin' },
          { type: 'workspace_prod', value: 'editor' },
        ],
        remove: [],
      },
    ],
    [
      'no type, plain role id',
      [{ value: 'Secret_Scope_X:Secret_Scope_Manager', display: 'Manager' }],
      { set: [{ type: 'secret_scope_x', value: 'secret_scope_manager' }], remove: [] },
    ],
    [
      'entries that carry nothing are skipped',
      [null, '', { value: '' }, { type: ENTRA_TYPE, value: null }, { type: '', value: '' }, {}],
      { set: [], remove: [] },
    ],
  ])('%s', (_, entries, changes) => {
    expect(readRoleEntries(entries)).toEqual(changes);
  });
});

describe('readRoleEntries: one assignment per type, later entries win', () => {
  it.each<[string, unknown[], RoleChanges]>([
    [
      'set then set',
      [
        { type: 'workspace_prod', value: 'viewer' },
        { type: 'Workspace_Prod', value: 'owner' },
      ],
      { set: [{ type: 'workspace_prod', value: 'owner' }], remove: [] },
    ],
    [
      'set then remove',
      [
        { type: 'account_type', value: 'admin' },
        { type: 'ACCOUNT_TYPE', value: '' },
      ],
      { set: [], remove: ['account_type'] },
    ],
    [
      'remove then set, across shapes',
      [{ type: 'workspace_prod', value: null }, 'workspace_prod:editor'],
      { set: [{ type: 'workspace_prod', value: 'editor' }], remove: [] },
    ],
    [
      'typed entry then Entra entry',
      [
        { type: 'all_workspaces', value: 'owner' },
        { type: ENTRA_TYPE, value: entraValue('all_workspaces:consumer') },
      ],
      { set: [{ type: 'all_workspaces', value: 'consumer' }], remove: [] },
    ],
  ])('%s', (_, entries, changes) => {
    expect(readRoleEntries(entries)).toEqual(changes);
  });
});

describe('readRoleEntries: refusals name the entry', () => {
  it.each<[string, unknown, string]>([
    [
      'bad type',
      [
        { type: 'account_type', value: 'admin' },
        { type: 'workspace_Bad Name!', value: 'editor' },
      ],
      `roles[1]: Role type "workspace_Bad Name!" has an invalid workspace name`,
    ],
    [
      'empty workspace name',
      [{ type: 'workspace_', value: 'editor' }],
      'roles[0]: Role type "workspace_" has no workspace name',
    ],
    [
      'bad value',
      [{ type: 'all_workspaces', value: 'superuser' }],
      'roles[0]: Role value "superuser" is not valid for role type "all_workspaces"; allowed values: owner, editor, consumer, operator, viewer, or null',
    ],
    [
      'account_type: owner',
      [{ type: 'account_type', value: 'owner' }],
      'roles[0]: Role value "owner" is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      'foreign type with a bare value',
      [{ type: 'admin', value: 'admin' }],
      'roles[0]: Role type "admin" is not in the role grammar, so the value must be a role id: Role id "admin" is not of the form "<type>:<value>"',
    ],
    [
      'Entra app role with a value outside the grammar',
      [{ primary: true, type: ENTRA_TYPE, value: 'Admin' }],
      `roles[0]: Role type "${ENTRA_TYPE}" is not in the role grammar, so the value must be a role id: Role id "Admin"`,
    ],
    [
      'Entra JSON that is not an object',
      ['workspace_prod:editor', { type: ENTRA_TYPE, value: '["workspace_prod:editor"]' }],
      'roles[1]: Role type "WindowsAzureActiveDirectoryRole" is not in the role grammar, so the value must be a role id: JSON-encoded role value "[\\"workspace_prod:editor\\"]" is not an object',
    ],
    [
      'Entra JSON without value',
      [{ value: '{"id":"06b0","displayName":"Role1234"}' }],
      'roles[0]: JSON-encoded role value "{\\"id\\":\\"06b0\\",\\"displayName\\":\\"Role1234\\"}" has no "value" string',
    ],
    [
      'plain string outside the grammar',
      ['role1'],
      'roles[0]: Role id "role1" is not of the form "<type>:<value>"',
    ],
    [
      'string with a bad role',
      ['workspace_dev:viewer', 'workspace_prod:superuser'],
      'roles[1]: Role value "superuser"',
    ],
    [
      'a number',
      [42],
      'roles[0]: 42 is not a role; expected { "type", "value" } or a "<type>:<value>" string',
    ],
    ['a boolean', [true], 'roles[0]: true is not a role'],
    ['a nested array', [['workspace_prod:editor']], 'roles[0]: an array is not a role'],
    [
      'a non-string type',
      [{ type: 7, value: 'workspace_prod:editor' }],
      'roles[0]: Role type 7 is not a string',
    ],
    [
      'a non-string value',
      [{ value: 7 }],
      'roles[0]: Role value 7 is not a "<type>:<value>" string',
    ],
    [
      'an object value',
      [{ value: { value: 'workspace_prod:editor' } }],
      'roles[0]: Role value an object is not',
    ],
    [
      'two spellings of type',
      [{ type: 'account_type', TYPE: 'all_workspaces', value: 'admin' }],
      'roles[0]: Both "type" and "TYPE" are given',
    ],
  ])('%s', (_, entries, detail) => {
    const error = catchScimError(() => readRoleEntries(entries));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe('invalidValue');
    expect(error.message.slice(0, detail.length)).toBe(detail);
  });

  it(`reads at most ${MAX_ROLE_ENTRIES} entries`, () => {
    const entries = Array.from({ length: MAX_ROLE_ENTRIES }, (_, i) => `workspace_w${i}:viewer`);
    expect(readRoleEntries(entries).set).toHaveLength(MAX_ROLE_ENTRIES);
    expect(catchScimError(() => readRoleEntries([...entries, 'account_type:admin'])).message).toBe(
      'roles has 257 entries; at most 256 are accepted',
    );
  });
});
