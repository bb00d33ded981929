import { describe, expect, it } from 'vitest';
import type { AppAttribute } from '../model/app.ts';
import { templateAttributes } from './okta-scim-template.ts';
import { extensionUrnsOf, scimAttributesOf, sentAttributes } from './serialize-app-user.ts';
import { tectonRoleAttributes } from './tecton-role-attributes.ts';

const attributes: AppAttribute[] = [
  ...templateAttributes(),
  ...tectonRoleAttributes({ workspaces: ['prod', 'dev'], secretScopes: ['snowflake_test'] }),
];

describe('an app user profile as SCIM attributes', () => {
  it("serialises the seed's role attributes into one merged roles array", () => {
    const resource = scimAttributesOf(
      sentAttributes(attributes, {
        userName: 'ada@example.com',
        givenName: 'Ada',
        familyName: 'Lovelace',
        email: 'ada@example.com',
        account_type: 'admin',
        all_workspaces: 'viewer',
        workspace_prod: 'editor',
        workspace_dev: null,
        secret_scope_snowflake_test: 'secret_scope_reader',
      }),
    );
    expect(resource).toEqual({
      userName: 'ada@example.com',
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ type: 'work', primary: true, value: 'ada@example.com' }],
      roles: [
        { type: 'account_type', value: 'admin' },
        { type: 'all_workspaces', value: 'viewer' },
        { type: 'workspace_prod', value: 'editor' },
        { type: 'secret_scope_snowflake_test', value: 'secret_scope_reader' },
      ],
    });
  });

  it("has the seed's external names, namespace and enum members", () => {
    const byName = new Map(attributes.map((attribute) => [attribute.variableName, attribute]));
    expect(byName.get('workspace_prod')).toMatchObject({
      displayName: 'Workspace prod',
      externalName: "roles.^[type=='workspace_prod'].value",
      externalNamespace: 'urn:ietf:params:scim:schemas:core:2.0:User',
      scope: 'personal',
      enum: expect.arrayContaining([{ displayName: 'Editor', value: 'editor' }]),
    });
    expect(byName.get('account_type')?.enum).toEqual([{ displayName: 'Admin', value: 'admin' }]);
    expect(byName.get('secret_scope_snowflake_test')?.enum?.map((m) => m.value)).toEqual([
      'secret_scope_manager',
      'secret_scope_writer',
      'secret_scope_reader',
    ]);
  });

  it('never sends an attribute without a namespace (§1.4)', () => {
    const unsent: AppAttribute = {
      variableName: 'costCode',
      displayName: 'Cost code',
      dataType: 'string',
      externalName: 'costCode',
      externalNamespace: null,
      scope: 'personal',
    };
    expect(sentAttributes([unsent], { costCode: '42' })).toEqual([]);
  });

  it('lists extension URNs for schemas', () => {
    const resource = scimAttributesOf(
      sentAttributes(attributes, { department: 'R&D', userName: 'a' }),
    );
    expect(extensionUrnsOf(resource)).toEqual([
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
    ]);
  });
});
