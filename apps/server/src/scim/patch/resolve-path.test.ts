import { groupResourceType, ScimError, URN, userResourceType, type ScimType } from '@scim/schema';
import { describe, expect, it } from 'vitest';
import { isReadOnly, resolvePatchPath, type PatchTarget } from './resolve-path.ts';

/** The parts of a target a row checks. */
function summary(target: PatchTarget) {
  if (target.kind !== 'attribute') {
    return {
      kind: target.kind,
      schema: target.kind === 'extension' ? target.schema.id : undefined,
    };
  }
  return {
    kind: target.kind,
    attribute: target.definition.name,
    extension: target.extensionUrn,
    sub: target.sub?.name,
    filtered: target.filter !== undefined,
    readOnly: isReadOnly(target),
  };
}

const attr = (attribute: string, more: Record<string, unknown> = {}) => ({
  kind: 'attribute',
  attribute,
  extension: undefined,
  sub: undefined,
  filtered: false,
  readOnly: false,
  ...more,
});

const rows: { path: string; group?: boolean; expected: unknown }[] = [
  { path: 'userName', expected: attr('userName') },
  { path: 'USERNAME', expected: attr('userName') },
  { path: 'name.GIVENNAME', expected: attr('name', { sub: 'givenName' }) },
  { path: `${URN.user}:name.familyName`, expected: attr('name', { sub: 'familyName' }) },
  {
    path: `${URN.enterpriseUser}:manager`,
    expected: attr('manager', { extension: URN.enterpriseUser }),
  },
  {
    path: `${URN.enterpriseUser}:manager.displayName`,
    expected: attr('manager', {
      extension: URN.enterpriseUser,
      sub: 'displayName',
      readOnly: true,
    }),
  },
  { path: 'department', expected: attr('department', { extension: URN.enterpriseUser }) },
  { path: URN.enterpriseUser, expected: { kind: 'extension', schema: URN.enterpriseUser } },
  {
    path: URN.enterpriseUser.toUpperCase().replace('URN:', 'urn:'),
    expected: { kind: 'extension', schema: URN.enterpriseUser },
  },
  { path: URN.user, expected: { kind: 'root', schema: undefined } },
  { path: 'emails[type eq "work"]', expected: attr('emails', { filtered: true }) },
  {
    path: 'emails[type eq "work"].value',
    expected: attr('emails', { filtered: true, sub: 'value' }),
  },
  { path: 'id', expected: attr('id', { readOnly: true }) },
  { path: 'meta.created', expected: attr('meta', { sub: 'created', readOnly: true }) },
  { path: 'groups', expected: attr('groups', { readOnly: true }) },
  {
    path: 'members[value eq "x"].display',
    group: true,
    expected: attr('members', { filtered: true, sub: 'display', readOnly: true }),
  },
];

const errors: { path: string; group?: boolean; scimType: ScimType }[] = [
  { path: 'emails[type eq', scimType: 'invalidPath' },
  { path: 'nope', scimType: 'invalidPath' },
  { path: 'name.nope', scimType: 'invalidPath' },
  { path: 'userName.x', scimType: 'invalidPath' },
  { path: 'name[givenName eq "x"]', scimType: 'invalidPath' },
  { path: 'urn:acme:1.0:User:x[value eq "y"]', scimType: 'invalidPath' },
  { path: 'department', group: true, scimType: 'invalidPath' },
];

describe('resolvePatchPath', () => {
  it.each(rows)('$path', ({ path, group, expected }) => {
    expect(summary(resolvePatchPath(path, group ? groupResourceType : userResourceType))).toEqual(
      expected,
    );
  });

  it.each(errors)('$path → $scimType', ({ path, group, scimType }) => {
    let thrown: unknown;
    try {
      resolvePatchPath(path, group ? groupResourceType : userResourceType);
    } catch (error) {
      thrown = error;
    }
    expect(ScimError.isScimError(thrown) && thrown.scimType).toBe(scimType);
  });
});
