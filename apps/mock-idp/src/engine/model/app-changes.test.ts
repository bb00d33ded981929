import { describe, expect, it } from 'vitest';
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import { IdpActionError } from './action-error.ts';
import { addAttribute, assignUser, setAssignmentValues, setMapping } from './app-changes.ts';
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
});
