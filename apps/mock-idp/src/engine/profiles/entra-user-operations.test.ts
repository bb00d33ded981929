import { describe, expect, it } from 'vitest';
import { sentAttributes } from '../app-profile/serialize-app-user.ts';
import { templateAttributes } from '../app-profile/okta-scim-template.ts';
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import type { AppAttribute } from '../model/app.ts';
import { ENTERPRISE_USER_URN } from '../scim-urns.ts';
import { userPatchOperations } from './entra-user-operations.ts';

const vip: AppAttribute = {
  variableName: 'vip',
  displayName: 'VIP',
  dataType: 'boolean',
  externalName: 'vip',
  externalNamespace: 'urn:example:custom:2.0:User',
  scope: 'personal',
};
const attributes = [
  ...templateAttributes(),
  ...tectonRoleAttributes({ workspaces: ['prod'], secretScopes: [] }),
  vip,
];

const current = {
  id: 'u1',
  userName: 'ada@example.com',
  name: { givenName: 'Ada', familyName: 'Lovelace' },
  title: 'Countess',
  roles: [{ type: 'workspace_prod', value: 'viewer' }],
  'urn:example:custom:2.0:User': { vip: false },
};

const desired = sentAttributes(attributes, {
  userName: 'ada@example.com',
  givenName: 'Augusta',
  familyName: 'Lovelace',
  title: null,
  nickName: 'Ada',
  department: 'Mathematics',
  workspace_prod: 'editor',
  vip: true,
});

describe('userPatchOperations: what Entra sends for a changed user (idp-wire-behavior §3.3)', () => {
  it('default job: one op per attribute, capitalised, Booleans as strings, cleared values not sent (E-5..E-8, §3.1)', () => {
    expect(userPatchOperations(current, desired, false)).toEqual([
      { op: 'Replace', path: 'name.givenName', value: 'Augusta' },
      { op: 'Add', path: 'nickName', value: 'Ada' },
      { op: 'Add', path: `${ENTERPRISE_USER_URN}:department`, value: 'Mathematics' },
      { op: 'Replace', path: 'roles[type eq "workspace_prod"].value', value: 'editor' },
      { op: 'Replace', path: 'urn:example:custom:2.0:User:vip', value: 'True' },
    ]);
  });

  it('aadOptscim062020: path-less add and replace with dotted and URN keys, filtered paths kept (E-8)', () => {
    expect(userPatchOperations(current, desired, true)).toEqual([
      {
        op: 'add',
        value: { nickName: 'Ada', [`${ENTERPRISE_USER_URN}:department`]: 'Mathematics' },
      },
      {
        op: 'replace',
        value: { 'name.givenName': 'Augusta', 'urn:example:custom:2.0:User:vip': true },
      },
      { op: 'replace', path: 'roles[type eq "workspace_prod"].value', value: 'editor' },
    ]);
  });

  it('sends nothing when the server already has every value', () => {
    const same = sentAttributes(attributes, {
      userName: 'ada@example.com',
      givenName: 'Ada',
      familyName: 'Lovelace',
      title: 'Countess',
      workspace_prod: 'viewer',
      vip: false,
    });
    expect(userPatchOperations(current, same, false)).toEqual([]);
  });
});
