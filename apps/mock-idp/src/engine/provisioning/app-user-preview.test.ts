import { describe, expect, it } from 'vitest';
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import { assignGroup, setMapping } from '../model/app-changes.ts';
import { addGroup, addPerson } from '../model/directory-changes.ts';
import { createState } from '../model/new-state.ts';
import type { IdpState } from '../model/state.ts';
import { previewAppUser } from './app-user-preview.ts';

function org(): { state: IdpState; ada: string; grace: string } {
  const base = createState({
    baseUrl: 'http://scim.test/scim/v2/acme',
    auth: { type: 'bearer', token: 't' },
    idSeed: 'prev0',
  });
  let state: IdpState = {
    ...base,
    app: {
      ...base.app,
      attributes: [
        ...base.app.attributes,
        ...tectonRoleAttributes({ workspaces: ['prod', 'dev'], secretScopes: [] }),
      ],
    },
  };
  const person = (login: string, firstName: string) => {
    const added = addPerson(state, {
      profile: { login, firstName, lastName: 'Test', email: login },
    });
    state = added.state;
    return added.personId;
  };
  const ada = person('ada@example.com', 'Ada');
  const grace = person('grace@example.com', 'Grace');
  const mlOps = addGroup(state, { name: 'ML Ops', members: [ada] });
  const engineering = addGroup(mlOps.state, { name: 'Engineering', members: [ada, grace] });
  state = assignGroup(engineering.state, engineering.groupId, { workspace_dev: 'editor' });
  state = setMapping(state, 'workspace_prod', {
    expression: 'isMemberOfGroupName("ML Ops") ? "owner" : "viewer"',
    apply: 'createAndUpdate',
  });
  return { state, ada, grace };
}

describe('previewAppUser', () => {
  it('gives the app user profile and its SCIM attributes from mappings and assignment values', () => {
    const { state, ada, grace } = org();
    const preview = previewAppUser(state, ada);
    expect(preview.problems).toEqual([]);
    expect(preview.profile).toMatchObject({
      userName: 'ada@example.com',
      givenName: 'Ada',
      workspace_prod: 'owner',
      workspace_dev: 'editor',
      account_type: null,
    });
    expect(preview.scim).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'ada@example.com',
      name: { givenName: 'Ada', familyName: 'Test' },
      emails: [{ type: 'work', value: 'ada@example.com', primary: true }],
      roles: [
        { type: 'workspace_prod', value: 'owner' },
        { type: 'workspace_dev', value: 'editor' },
      ],
      externalId: ada,
    });
    expect(previewAppUser(state, grace).profile.workspace_prod).toBe('viewer');
  });

  it('reports a mapping that fails for the person, with the attribute', () => {
    const { state, ada } = org();
    const broken = {
      ...state,
      app: {
        ...state.app,
        mappings: {
          ...state.app.mappings,
          workspace_prod: {
            expression: 'Convert.toInt(user.firstName)',
            apply: 'createAndUpdate' as const,
          },
        },
      },
    };
    const preview = previewAppUser(broken, ada);
    expect(preview.problems).toEqual([
      {
        variableName: 'workspace_prod',
        message: expect.stringMatching(/cannot convert 'Ada' to a number/),
        column: 1,
      },
    ]);
    expect(preview.profile.workspace_prod).toBeNull();
  });

  it('refuses an unknown person', () => {
    expect(() => previewAppUser(org().state, '00unope')).toThrow('No person with id 00unope');
  });
});
