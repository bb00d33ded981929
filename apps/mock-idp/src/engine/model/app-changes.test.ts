import { describe, expect, it } from 'vitest';
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import { IdpActionError } from './action-error.ts';
import {
  addAttribute,
  assignGroup,
  assignUser,
  removeAttribute,
  setAssignmentValues,
  setConnection,
  setMapping,
  setRequestProfile,
  updateAttribute,
} from './app-changes.ts';
import { addGroup } from './directory-changes.ts';
import { addPerson } from './directory-changes.ts';
import { createState } from './new-state.ts';

function setup() {
  const base = createState({ baseUrl: 'http://scim.test', auth: { type: 'bearer', token: 't' } });
  const withRoles = {
    ...base,
    app: {
      ...base.app,
      attributes: [
        ...base.app.attributes,
        ...tectonRoleAttributes({ workspaces: ['prod'], secretScopes: [] }),
      ],
    },
  };
  const { state, personId } = addPerson(withRoles, {
    profile: {
      login: 'ada@example.com',
      firstName: 'Ada',
      lastName: 'L',
      email: 'ada@example.com',
    },
  });
  return { state, personId };
}

describe('app changes', () => {
  it('accepts enum values and refuses others, naming the allowed ones', () => {
    const { state, personId } = setup();
    expect(assignUser(state, personId, { workspace_prod: 'editor' }).app.userAssignments).toEqual([
      { personId, values: { workspace_prod: 'editor' } },
    ]);
    expect(() => assignUser(state, personId, { workspace_prod: 'Editor' })).toThrow(
      'workspace_prod: "Editor" is not one of owner, editor, consumer, operator, viewer',
    );
    expect(() => assignUser(state, personId, { workspace_prd: 'editor' })).toThrow(
      /no attribute workspace_prd/,
    );
  });

  it('merges assignment values, null clearing one', () => {
    const { state, personId } = setup();
    const assigned = assignUser(state, personId, {
      workspace_prod: 'editor',
      account_type: 'admin',
    });
    const changed = setAssignmentValues(assigned, { personId }, { workspace_prod: null });
    expect(changed.app.userAssignments[0]?.values).toEqual({
      workspace_prod: null,
      account_type: 'admin',
    });
  });

  it('refuses a mapping that does not parse, with the column', () => {
    const { state } = setup();
    let caught: unknown;
    try {
      setMapping(state, 'account_type', {
        expression: 'isMemberOfGroupName("x") ? "admin" :',
        apply: 'createAndUpdate',
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IdpActionError);
    expect((caught as IdpActionError).message).toMatch(
      /^Mapping of account_type: .* at column 37$/,
    );
    expect((caught as IdpActionError).column).toBe(37);
    expect(setMapping(state, 'account_type', null).app.mappings).not.toHaveProperty('account_type');
  });

  it('refuses an attribute whose external name does not parse', () => {
    const { state } = setup();
    expect(() =>
      addAttribute(state, {
        variableName: 'team',
        displayName: 'Team',
        dataType: 'string',
        externalName: "roles.^[type=='team']",
        externalNamespace: 'urn:ietf:params:scim:schemas:core:2.0:User',
        scope: 'personal',
      }),
    ).toThrow('External name of team: An external name must end with an attribute at column 22');
  });

  it('updates an attribute in place and checks it like a new one', () => {
    const { state } = setup();
    const before = state.app.attributes.find((a) => a.variableName === 'workspace_prod');
    if (!before) throw new Error('no workspace_prod');
    const fewer = { ...before, enum: [{ displayName: 'Viewer', value: 'viewer' }] };
    const updated = updateAttribute(state, fewer);
    expect(updated.app.attributes.map((a) => a.variableName)).toEqual(
      state.app.attributes.map((a) => a.variableName),
    );
    expect(updated.app.attributes.find((a) => a.variableName === 'workspace_prod')?.enum).toEqual(
      fewer.enum,
    );
    expect(() => updateAttribute(state, { ...before, variableName: 'workspace_prd' })).toThrow(
      /no attribute workspace_prd/,
    );
    expect(() => updateAttribute(state, { ...before, externalName: 'roles.^[' })).toThrow(
      /^External name of workspace_prod: /,
    );
    const twice = [...fewer.enum, { displayName: 'Viewer again', value: 'viewer' }];
    expect(() => updateAttribute(state, { ...before, enum: twice })).toThrow(
      'workspace_prod: the enum lists viewer twice',
    );
  });

  it('removes an attribute with its mapping and every assignment value that names it', () => {
    const { state: base, personId } = setup();
    const group = addGroup(base, { name: 'Engineering', members: [personId] });
    let state = assignUser(group.state, personId, {
      workspace_prod: 'editor',
      account_type: 'admin',
    });
    state = assignGroup(state, group.groupId, { workspace_prod: 'viewer' });
    state = setMapping(state, 'workspace_prod', {
      expression: '"owner"',
      apply: 'createAndUpdate',
    });
    const removed = removeAttribute(state, 'workspace_prod');
    expect(removed.app.attributes.some((a) => a.variableName === 'workspace_prod')).toBe(false);
    expect(removed.app.mappings).not.toHaveProperty('workspace_prod');
    expect(removed.app.userAssignments).toEqual([{ personId, values: { account_type: 'admin' } }]);
    expect(removed.app.groupAssignments).toEqual([{ groupId: group.groupId, values: {} }]);
    expect(() => removeAttribute(removed, 'workspace_prod')).toThrow(/no attribute workspace_prod/);
  });

  it('sets the connection and the request profile, refusing empty or unknown values', () => {
    const { state } = setup();
    const connected = setConnection(state, {
      baseUrl: ' /scim/v2/globex ',
      auth: { type: 'bearer', token: 'globex-token' },
    });
    expect(connected.app.connection).toEqual({
      baseUrl: '/scim/v2/globex',
      auth: { type: 'bearer', token: 'globex-token' },
      uniqueIdentifier: 'userName',
    });
    expect(() =>
      setConnection(state, { baseUrl: ' ', auth: { type: 'bearer', token: 't' } }),
    ).toThrow('The base URL is empty');
    expect(() =>
      setConnection(state, { baseUrl: '/scim', auth: { type: 'bearer', token: '' } }),
    ).toThrow('The credentials are empty');
    expect(setRequestProfile(state, 'entra').app.requestProfile).toBe('entra');
    expect(() => setRequestProfile(state, 'onelogin')).toThrow('No request profile onelogin');
  });
});
