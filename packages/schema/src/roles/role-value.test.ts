import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import { allowedValues, parseRoleValue } from './role-value.ts';
import type { RoleType } from './role-type.ts';

const ACCOUNT: RoleType = { kind: 'account_type' };
const ALL: RoleType = { kind: 'all_workspaces' };
const PROD: RoleType = { kind: 'workspace', workspace: 'prod' };
const SCOPE: RoleType = { kind: 'secret_scope', scope: 'snowflake_test' };

const WORKSPACE_VALUES = ['owner', 'editor', 'consumer', 'operator', 'viewer'];
const SCOPE_VALUES = ['secret_scope_manager', 'secret_scope_writer', 'secret_scope_reader'];

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

describe('allowedValues', () => {
  it.each<[RoleType, string[]]>([
    [ACCOUNT, ['admin']],
    [ALL, WORKSPACE_VALUES],
    [PROD, WORKSPACE_VALUES],
    [SCOPE, SCOPE_VALUES],
  ])('%j', (type, values) => {
    expect(allowedValues(type)).toEqual(values);
  });
});

describe('parseRoleValue', () => {
  const cases: [RoleType, string, string][] = [ACCOUNT, ALL, PROD, SCOPE].flatMap((type) =>
    allowedValues(type).flatMap((value): [RoleType, string, string][] => [
      [type, value, value],
      [type, value.toUpperCase(), value],
      [type, capitalize(value), value],
    ]),
  );

  it('covers every value of every type', () => {
    expect(cases).toHaveLength(3 * (1 + 5 + 5 + 3));
  });

  it.each(cases)('%j %j → %j', (type, text, canonical) => {
    expect(parseRoleValue(type, text)).toBe(canonical);
  });

  it.each([null, undefined, ''])('%j removes the assignment', (value) => {
    for (const type of [ACCOUNT, ALL, PROD, SCOPE]) expect(parseRoleValue(type, value)).toBeNull();
  });

  it.each<[RoleType, unknown, string]>([
    [
      ALL,
      'superuser',
      'Role value "superuser" is not valid for role type "all_workspaces"; allowed values: owner, editor, consumer, operator, viewer, or null',
    ],
    [
      ACCOUNT,
      'owner',
      'Role value "owner" is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      ACCOUNT,
      'Owner',
      'Role value "Owner" is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      PROD,
      'secret_scope_reader',
      'Role value "secret_scope_reader" is not valid for role type "workspace_prod"; allowed values: owner, editor, consumer, operator, viewer, or null',
    ],
    [
      SCOPE,
      'reader',
      'Role value "reader" is not valid for role type "secret_scope_snowflake_test"; allowed values: secret_scope_manager, secret_scope_writer, secret_scope_reader, or null',
    ],
    [
      ACCOUNT,
      ' admin',
      'Role value " admin" is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      ACCOUNT,
      5,
      'Role value 5 is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      ACCOUNT,
      true,
      'Role value true is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      ACCOUNT,
      { value: 'admin' },
      'Role value an object is not valid for role type "account_type"; allowed values: admin, or null',
    ],
    [
      PROD,
      ['editor'],
      'Role value an array is not valid for role type "workspace_prod"; allowed values: owner, editor, consumer, operator, viewer, or null',
    ],
  ])('refuses %j %j, naming type, value and the allowed values', (type, value, detail) => {
    const error = catchScimError(() => parseRoleValue(type, value));
    expect(error.scimType).toBe('invalidValue');
    expect(error.message).toBe(detail);
  });

  it('cuts long values in the detail', () => {
    const error = catchScimError(() => parseRoleValue(ACCOUNT, 'a'.repeat(5000)));
    expect(error.message).toMatch(/^Role value "a{64}…" is not valid/);
  });
});
