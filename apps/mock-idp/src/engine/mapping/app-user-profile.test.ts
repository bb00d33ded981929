import { describe, expect, it } from 'vitest';
import { tectonRoleAttributes } from '../app-profile/tecton-role-attributes.ts';
import type { App } from '../model/app.ts';
import type { EffectiveAssignment } from '../model/directory-index.ts';
import { createState } from '../model/new-state.ts';
import { computeAppUserProfile, type ProfileInputs } from './app-user-profile.ts';

function app(mappings: App['mappings'] = {}): App {
  const state = createState({ baseUrl: 'http://scim.test', auth: { type: 'bearer', token: 't' } });
  return {
    ...state.app,
    attributes: [
      ...state.app.attributes,
      ...tectonRoleAttributes({ workspaces: ['prod'], secretScopes: [] }),
    ],
    mappings: { ...state.app.mappings, ...mappings },
  };
}

const ada = {
  login: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
};

function inputs(
  overrides: Partial<ProfileInputs> & { assignment?: EffectiveAssignment },
): ProfileInputs {
  return {
    app: app(),
    assignment: { viaGroups: [], assigned: true, direct: { personId: 'p', values: {} } },
    context: { user: ada, groups: [] },
    previous: undefined,
    reapplyMappings: true,
    creating: true,
    ...overrides,
  };
}

describe('computeAppUserProfile', () => {
  it("applies the template's mappings from the Okta profile", () => {
    const { profile, problems } = computeAppUserProfile(inputs({}));
    expect(problems).toEqual([]);
    expect(profile).toMatchObject({
      userName: 'ada@example.com',
      givenName: 'Ada',
      familyName: 'Lovelace',
      email: 'ada@example.com',
      displayName: null,
    });
  });

  it("evaluates the seed's group-based role expression (okta-expression-language §1)", () => {
    const mapped = app({
      account_type: {
        expression: 'isMemberOfGroupName("Tecton Admins") ? "admin" : null',
        apply: 'createAndUpdate',
      },
      all_workspaces: {
        expression: 'isMemberOfGroupName("ML Ops") ? "owner" : "viewer"',
        apply: 'createAndUpdate',
      },
    });
    const admin = computeAppUserProfile(
      inputs({
        app: mapped,
        context: { user: ada, groups: [{ id: '00g1', name: 'Tecton Admins' }] },
      }),
    );
    expect(admin.profile).toMatchObject({ account_type: 'admin', all_workspaces: 'viewer' });
    const other = computeAppUserProfile(inputs({ app: mapped }));
    expect(other.profile).toMatchObject({ account_type: null, all_workspaces: 'viewer' });
  });

  it('takes unmapped values from assignments: Personal prefers the user, Group the group', () => {
    const base = app();
    const groupScoped = {
      ...base,
      attributes: base.attributes.map((a) =>
        a.variableName === 'all_workspaces' ? { ...a, scope: 'group' as const } : a,
      ),
    };
    const assignment: EffectiveAssignment = {
      assigned: true,
      direct: { personId: 'p', values: { workspace_prod: 'owner', all_workspaces: 'owner' } },
      viaGroups: [
        { groupId: 'g1', values: { workspace_prod: 'viewer', all_workspaces: 'editor' } },
        { groupId: 'g2', values: { all_workspaces: 'consumer', account_type: 'admin' } },
      ],
    };
    const { profile } = computeAppUserProfile(inputs({ app: groupScoped, assignment }));
    expect(profile).toMatchObject({
      workspace_prod: 'owner',
      all_workspaces: 'editor',
      account_type: 'admin',
    });
  });

  it('lets a mapping win over an assignment value', () => {
    const mapped = app({ workspace_prod: { expression: '"viewer"', apply: 'createAndUpdate' } });
    const assignment: EffectiveAssignment = {
      assigned: true,
      direct: { personId: 'p', values: { workspace_prod: 'owner' } },
      viaGroups: [],
    };
    expect(computeAppUserProfile(inputs({ app: mapped, assignment })).profile.workspace_prod).toBe(
      'viewer',
    );
  });

  it('keeps mapped values when mappings are not re-applied (membership changes), and create-only ones on update', () => {
    const mapped = app({
      account_type: {
        expression: 'isMemberOfGroupName("Tecton Admins") ? "admin" : null',
        apply: 'createAndUpdate',
      },
      title: { expression: '"Founder"', apply: 'createOnly' },
    });
    const context = { user: ada, groups: [{ id: '00g1', name: 'Tecton Admins' }] };
    const previous = { account_type: null, title: 'Engineer' };
    const membership = computeAppUserProfile(
      inputs({ app: mapped, context, previous, reapplyMappings: false, creating: false }),
    );
    expect(membership.profile).toMatchObject({ account_type: null, title: 'Engineer' });
    const update = computeAppUserProfile(
      inputs({ app: mapped, context, previous, creating: false }),
    );
    expect(update.profile).toMatchObject({ account_type: 'admin', title: 'Engineer' });
    const create = computeAppUserProfile(inputs({ app: mapped, context, previous: undefined }));
    expect(create.profile.title).toBe('Founder');
  });

  it('reports an expression that fails for this person with its column', () => {
    const mapped = app({
      displayName: { expression: 'user.middleName + user.nickName', apply: 'createAndUpdate' },
    });
    const { problems } = computeAppUserProfile(inputs({ app: mapped }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ variableName: 'displayName', column: 17 });
    expect(problems[0]?.message).toMatch(
      /^Mapping of displayName \(user\.middleName \+ user\.nickName\): .* at column 17$/,
    );
  });

  it('reports a value of the wrong type', () => {
    const mapped = app({ givenName: { expression: '{"a", "b"}', apply: 'createAndUpdate' } });
    const { problems } = computeAppUserProfile(inputs({ app: mapped }));
    expect(problems).toEqual([
      { variableName: 'givenName', message: 'givenName is string, not ["a","b"]' },
    ]);
  });
});
