import { describe, expect, it } from 'vitest';
import type { Filter } from '../filter/ast.ts';
import { catchScimError } from '../filter/test-helpers.ts';
import { MAX_PATH_LENGTH, parsePath, pathUrn, type PatchPath } from './parse.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

const eq = (name: string, value: string): Filter => ({
  kind: 'compare',
  path: { name },
  op: 'eq',
  value,
});

describe('parsePath: RFC 7644 §3.5.2 paths', () => {
  it.each<[string, PatchPath]>([
    ['active', { attribute: { name: 'active' } }],
    ['name.givenName', { attribute: { name: 'name', sub: 'givenName' } }],
    ['members', { attribute: { name: 'members' } }],
    [
      'members[value eq "2819c223-7f76-453a-919d-413861904646"]',
      {
        attribute: { name: 'members' },
        valueFilter: eq('value', '2819c223-7f76-453a-919d-413861904646'),
      },
    ],
    [
      'members[value eq "a" or value eq "b"]',
      {
        attribute: { name: 'members' },
        valueFilter: { kind: 'or', left: eq('value', 'a'), right: eq('value', 'b') },
      },
    ],
    [
      'emails[type eq "work"].value',
      { attribute: { name: 'emails' }, valueFilter: eq('type', 'work'), subAttribute: 'value' },
    ],
    [
      'addresses[type eq "work"].streetAddress',
      {
        attribute: { name: 'addresses' },
        valueFilter: eq('type', 'work'),
        subAttribute: 'streetAddress',
      },
    ],
    [`${ENTERPRISE}:manager`, { attribute: { urn: ENTERPRISE, name: 'manager' } }],
    [
      `${ENTERPRISE}:manager.value`,
      { attribute: { urn: ENTERPRISE, name: 'manager', sub: 'value' } },
    ],
    [
      `${CORE_USER}:name.familyName`,
      { attribute: { urn: CORE_USER, name: 'name', sub: 'familyName' } },
    ],
    [
      'roles[type eq "workspace_prod"].value',
      {
        attribute: { name: 'roles' },
        valueFilter: eq('type', 'workspace_prod'),
        subAttribute: 'value',
      },
    ],
    [
      'members[value eq "x"].display',
      { attribute: { name: 'members' }, valueFilter: eq('value', 'x'), subAttribute: 'display' },
    ],
    [
      ENTERPRISE,
      { attribute: { urn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0', name: 'User' } },
    ],
    [
      `${CORE_USER}:emails[type eq "work"].value`,
      {
        attribute: { urn: CORE_USER, name: 'emails' },
        valueFilter: eq('type', 'work'),
        subAttribute: 'value',
      },
    ],
    ['members.$ref', { attribute: { name: 'members', sub: '$ref' } }],
  ])('%s', (text, expected) => {
    expect(parsePath(text)).toStrictEqual(expected);
  });

  it('does not split the URN on a colon inside the bracket filter', () => {
    expect(parsePath('members[value eq "urn:a:b:c"]')).toStrictEqual({
      attribute: { name: 'members' },
      valueFilter: eq('value', 'urn:a:b:c'),
    });
    expect(parsePath(`${ENTERPRISE}:x[value eq "a:b"].display`)).toStrictEqual({
      attribute: { urn: ENTERPRISE, name: 'x' },
      valueFilter: eq('value', 'a:b'),
      subAttribute: 'display',
    });
  });

  it('accepts the full filter grammar inside brackets', () => {
    expect(
      parsePath('emails[(type EQ "work" or type eq "home") and not (primary eq TRUE)]').valueFilter,
    ).toStrictEqual({
      kind: 'and',
      left: { kind: 'or', left: eq('type', 'work'), right: eq('type', 'home') },
      right: {
        kind: 'not',
        filter: { kind: 'compare', path: { name: 'primary' }, op: 'eq', value: true },
      },
    });
    expect(parsePath('emails[value pr]').valueFilter).toStrictEqual({
      kind: 'present',
      path: { name: 'value' },
    });
  });

  it.each([
    '  active  ',
    '\tactive',
    'emails[  type   eq\t"work"  ].value  ',
    ' members[ value eq "x" ] ',
  ])('trims and skips whitespace: %j', (text) => {
    expect(() => parsePath(text)).not.toThrow();
  });
});

describe('pathUrn', () => {
  it.each<[string, string | undefined]>([
    [ENTERPRISE, ENTERPRISE],
    [`${ENTERPRISE}:manager`, `${ENTERPRISE}:manager`],
    [`${ENTERPRISE}:manager.value`, undefined],
    [`${CORE_USER}:emails[type eq "work"]`, undefined],
    [`${CORE_USER}:emails[type eq "work"].value`, undefined],
    ['active', undefined],
    ['name.givenName', undefined],
  ])('%s → %s', (text, urn) => {
    expect(pathUrn(parsePath(text))).toBe(urn);
  });
});

describe('parsePath: errors', () => {
  it.each([
    ['emails[', "Expected an attribute name, '(' or 'not' at column 8 in path: emails["],
    ['emails[type eq "work"', 'Expected \']\' at column 22 in path: emails[type eq "work"'],
    ['emails]', "Unexpected ']' at column 7 in path: emails]"],
    ['.value', 'Expected an attribute name at column 1 in path: .value'],
    ['name..x', 'Expected a sub-attribute name at column 6 in path: name..x'],
    ['name.', 'Expected a sub-attribute name at column 6 in path: name.'],
    [
      'emails[type eq "work"]value',
      "Expected '.' after ']' at column 23 in path: emails[type eq \"work\"]value",
    ],
    [
      'emails[type eq "work"].',
      'Expected a sub-attribute name at column 24 in path: emails[type eq "work"].',
    ],
    [
      'emails[type eq "work"].value.x',
      'Unexpected sub-attribute of a sub-attribute at column 29 in path: emails[type eq "work"].value.x',
    ],
    [
      'emails[type eq "work"] .value',
      'Unexpected \'.value\' at column 24 in path: emails[type eq "work"] .value',
    ],
    [
      'emails[type eq "work"][value pr]',
      'Unexpected \'[\' at column 23 in path: emails[type eq "work"][value pr]',
    ],
    [
      'name.givenName.x',
      'Unexpected sub-attribute of a sub-attribute at column 15 in path: name.givenName.x',
    ],
    ['name givenName', "Unexpected 'givenName' at column 6 in path: name givenName"],
    [
      'emails [type eq "work"]',
      'Unexpected whitespace before \'[\' at column 8 in path: emails [type eq "work"]',
    ],
    [
      'name.givenName[x pr]',
      'A sub-attribute cannot have a value filter at column 15 in path: name.givenName[x pr]',
    ],
    ['"emails"', 'Expected an attribute name at column 1 in path: "emails"'],
    ['[type eq "work"]', 'Expected an attribute name at column 1 in path: [type eq "work"]'],
    ['emails "x"', 'Unexpected string at column 8 in path: emails "x"'],
    ['1abc', 'Expected an attribute name at column 1 in path: 1abc'],
    ['foo:bar', 'Expected an attribute name or schema URN at column 1 in path: foo:bar'],
    [`${ENTERPRISE}:`, `Expected an attribute name at column 60 in path: ${ENTERPRISE}:`],
    // Bad filters inside the brackets keep the filter parser's detail, with scimType invalidPath.
    [
      'emails[type foo "work"]',
      'Expected a comparison operator at column 13 in path: emails[type foo "work"]',
    ],
    ['emails[type eq]', 'Expected a comparison value at column 15 in path: emails[type eq]'],
    [
      'emails[type eq "work" and]',
      "Expected an attribute name, '(' or 'not' at column 26 in path: emails[type eq \"work\" and]",
    ],
    ['emails[(type eq "work"]', 'Expected \')\' at column 23 in path: emails[(type eq "work"]'],
    [
      'emails[primary gt true]',
      "Operator 'gt' cannot compare with true at column 19 in path: emails[primary gt true]",
    ],
    [
      'emails[type[value pr]]',
      'Value filters cannot be nested at column 12 in path: emails[type[value pr]]',
    ],
    [
      'emails[type.x pr]',
      'Unexpected sub-attribute of a sub-attribute at column 12 in path: emails[type.x pr]',
    ],
    [
      'emails[value eq "x]',
      'Unterminated string starting at column 17 in path: emails[value eq "x]',
    ],
  ])('%s', (text, detail) => {
    const error = catchScimError(() => parsePath(text));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe('invalidPath');
    expect(error.message).toBe(detail);
  });

  it.each(['', '  ', '\t'])('rejects the empty path %j', (text) => {
    const error = catchScimError(() => parsePath(text));
    expect(error.scimType).toBe('invalidPath');
    expect(error.message).toBe('Path is empty');
  });

  it(`accepts ${MAX_PATH_LENGTH} characters and rejects one more`, () => {
    const base = 'members[value eq "';
    const atLimit = `${base}${'x'.repeat(MAX_PATH_LENGTH - base.length - 2)}"]`;
    expect(atLimit).toHaveLength(MAX_PATH_LENGTH);
    expect(parsePath(atLimit).attribute).toStrictEqual({ name: 'members' });
    const error = catchScimError(() => parsePath(`${atLimit} `));
    expect(error.scimType).toBe('invalidPath');
    expect(error.message).toBe('Path is longer than 2000 characters');
  });

  it('bounds nesting inside the brackets', () => {
    const deep = `members[${'('.repeat(200)}value pr${')'.repeat(200)}]`;
    const error = catchScimError(() => parsePath(deep));
    expect(error.scimType).toBe('invalidPath');
    expect(error.message).toMatch(/^Nesting deeper than 64 levels at column 72 in path: /);
  });
});
