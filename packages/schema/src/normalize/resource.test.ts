import { describe, expect, it } from 'vitest';
import { groupResourceType, userResourceType } from '../discovery/resource-types.ts';
import { URN } from '../discovery/urns.ts';
import { ScimError } from '../errors.ts';
import { normalizeResource } from './resource.ts';

const user = (raw: unknown) => normalizeResource(raw, userResourceType);

describe('normalizeResource', () => {
  it('canonicalises attribute and sub-attribute names (RFC 7643 §2.1)', () => {
    expect(
      user({
        USERNAME: 'a',
        Name: { GIVENNAME: 'A' },
        Emails: [{ VALUE: 'a@x', Primary: 'True' }],
      }),
    ).toEqual({
      userName: 'a',
      name: { givenName: 'A' },
      emails: [{ value: 'a@x', primary: true }],
    });
  });

  it.each([
    ['True', true],
    ['false', false],
    [' FALSE ', false],
    [true, true],
  ])('reads active %j as %j', (raw, expected) => {
    expect(user({ userName: 'a', active: raw }).active).toBe(expected);
  });

  it('drops read-only attributes and schemas; keeps writeOnly password for the service', () => {
    expect(
      user({
        schemas: [URN.user],
        id: 'x',
        meta: { created: 'y' },
        groups: [{ value: 'g' }],
        userName: 'a',
        password: 'p',
      }),
    ).toEqual({ userName: 'a', password: 'p' });
  });

  it('keeps unknown attributes and unknown extension objects verbatim', () => {
    const raw = { userName: 'a', shoeSize: 44, 'urn:acme:ext:1.0:User': { badge: 'B-1' } };
    expect(user(raw)).toEqual(raw);
  });

  it('puts enterprise attributes under the canonical URN, from any spelling', () => {
    expect(
      user({
        userName: 'a',
        'URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER': {
          Department: 'R&D',
          manager: 'boss',
        },
      }),
    ).toEqual({
      userName: 'a',
      [URN.enterpriseUser]: { department: 'R&D', manager: { value: 'boss' } },
    });
  });

  it('reads URN-qualified attribute names used as keys', () => {
    expect(
      user({
        userName: 'a',
        [`${URN.enterpriseUser}:employeeNumber`]: 12,
        [`${URN.user}:title`]: 'Dr',
      }),
    ).toEqual({
      userName: 'a',
      title: 'Dr',
      [URN.enterpriseUser]: { employeeNumber: '12' },
    });
  });

  it('folds an object keyed by the core URN into the top level (Okta KB shape)', () => {
    expect(user({ userName: 'a', [URN.user]: { roles: [{ type: 't', value: 'v' }] } })).toEqual({
      userName: 'a',
      roles: [{ type: 't', value: 'v' }],
    });
  });

  it('wraps a single object where an array is declared, and treats null and [] as absent', () => {
    expect(
      user({ userName: 'a', emails: { value: 'a@x' }, phoneNumbers: [], title: null }),
    ).toEqual({
      userName: 'a',
      emails: [{ value: 'a@x' }],
    });
  });

  it.each([
    [{ userName: 'a', active: 'yes' }, 'active'],
    [{ userName: 'a', name: 'Ada' }, 'name'],
    [{ userName: 'a', [URN.enterpriseUser]: 'R&D' }, URN.enterpriseUser],
    [[{ userName: 'a' }], 'JSON object'],
  ])('refuses %j naming %s', (raw, mention) => {
    try {
      user(raw);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScimError);
      expect((error as ScimError).message).toContain(mention);
    }
  });

  it('normalises groups: members sub-attributes in any case', () => {
    expect(
      normalizeResource(
        { DisplayName: 'G', Members: [{ Value: '1', TYPE: 'User' }] },
        groupResourceType,
      ),
    ).toEqual({
      displayName: 'G',
      members: [{ value: '1', type: 'User' }],
    });
  });
});
