import { describe, expect, it } from 'vitest';
import { CORE_USER_URN, ENTERPRISE_USER_URN } from '../scim-urns.ts';
import {
  readAttribute,
  removeAttribute,
  scimPathOf,
  writeAttribute,
  type AttributeLocation,
} from './resource-paths.ts';

const core = (externalName: string, primary = false): AttributeLocation => ({
  externalName,
  externalNamespace: CORE_USER_URN,
  ...(primary ? { primary } : {}),
});

describe('writing app attributes into a SCIM resource (idp-wire-behavior §1.4)', () => {
  it('puts core attributes at the top level and nests dotted names', () => {
    const resource = {};
    writeAttribute(resource, core('userName'), 'ada@example.com');
    writeAttribute(resource, core('name.givenName'), 'Ada');
    writeAttribute(resource, core('name.familyName'), 'Lovelace');
    expect(resource).toEqual({
      userName: 'ada@example.com',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
    });
  });

  it('puts another namespace inside an object keyed by its URN', () => {
    const resource = {};
    writeAttribute(
      resource,
      { externalName: 'department', externalNamespace: ENTERPRISE_USER_URN },
      'R&D',
    );
    expect(resource).toEqual({ [ENTERPRISE_USER_URN]: { department: 'R&D' } });
  });

  it("merges two role slots into one roles array, as Okta's KB shows", () => {
    const resource = {};
    writeAttribute(resource, core("roles.^[type=='LICENSED_USER'].value"), 'LICENSED_USER');
    writeAttribute(resource, core("roles.^[type=='GROUP_ADMIN'].value"), 'GROUP_ADMIN');
    expect(resource).toEqual({
      roles: [
        { type: 'LICENSED_USER', value: 'LICENSED_USER' },
        { type: 'GROUP_ADMIN', value: 'GROUP_ADMIN' },
      ],
    });
  });

  it("writes Datadog's roles.^[primary==true].value with a Boolean selector", () => {
    const resource = {};
    writeAttribute(resource, core('roles.^[primary==true].value'), 'role-uuid');
    expect(resource).toEqual({ roles: [{ primary: true, value: 'role-uuid' }] });
  });

  it('marks a created element primary when the attribute asks for it (O-3 work email)', () => {
    const resource = {};
    writeAttribute(resource, core("emails.^[type=='work'].value", true), 'ada@example.com');
    expect(resource).toEqual({
      emails: [{ type: 'work', primary: true, value: 'ada@example.com' }],
    });
  });

  it('updates the selected element in place and keeps its other sub-attributes', () => {
    const resource = {
      emails: [{ type: 'WORK', value: 'old@example.com', display: 'Old', primary: true }],
      roles: [{ type: 'workspace_prod', value: 'viewer' }],
    };
    writeAttribute(resource, core("emails.^[type=='work'].value"), 'new@example.com');
    writeAttribute(resource, core("roles.^[type=='workspace_prod'].value"), 'editor');
    expect(resource).toEqual({
      emails: [{ type: 'WORK', value: 'new@example.com', display: 'Old', primary: true }],
      roles: [{ type: 'workspace_prod', value: 'editor' }],
    });
  });
});

describe('reading and removing', () => {
  const resource = () => ({
    Name: { givenName: 'Ada' },
    roles: [
      { type: 'account_type', value: 'admin' },
      { type: 'workspace_prod', value: 'editor' },
    ],
    [ENTERPRISE_USER_URN]: { department: 'R&D' },
  });

  it('reads by external name, attribute names case-insensitively', () => {
    expect(readAttribute(resource(), core('name.givenName'))).toBe('Ada');
    expect(readAttribute(resource(), core("roles.^[type=='workspace_prod'].value"))).toBe('editor');
    expect(readAttribute(resource(), core("roles.^[type=='workspace_dev'].value"))).toBeUndefined();
    expect(
      readAttribute(resource(), {
        externalName: 'department',
        externalNamespace: ENTERPRISE_USER_URN,
      }),
    ).toBe('R&D');
  });

  it('removes a role slot as a whole element, and an emptied array or extension', () => {
    const value = resource();
    removeAttribute(value, core("roles.^[type=='workspace_prod'].value"));
    expect(value.roles).toEqual([{ type: 'account_type', value: 'admin' }]);
    removeAttribute(value, core("roles.^[type=='account_type'].value"));
    expect(value).not.toHaveProperty('roles');
    removeAttribute(value, { externalName: 'department', externalNamespace: ENTERPRISE_USER_URN });
    expect(value).not.toHaveProperty([ENTERPRISE_USER_URN]);
    removeAttribute(value, core('name.givenName'));
    expect(value).toEqual({});
  });
});

describe('scimPathOf: the attribute as Entra writes PATCH paths (§3.3 E-5, E-8)', () => {
  it('turns selectors into value filters and prefixes extension URNs', () => {
    expect(scimPathOf(core('name.givenName'))).toBe('name.givenName');
    expect(scimPathOf(core("emails.^[type=='work'].value"))).toBe('emails[type eq "work"].value');
    expect(scimPathOf(core('roles.^[primary==true].value'))).toBe('roles[primary eq true].value');
    expect(
      scimPathOf({ externalName: 'employeeNumber', externalNamespace: ENTERPRISE_USER_URN }),
    ).toBe(`${ENTERPRISE_USER_URN}:employeeNumber`);
  });
});
