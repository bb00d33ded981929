import { describe, expect, it } from 'vitest';
import { buildDirectoryIndex, checkExpression } from '../engine/index.ts';
import { demoState } from './demo-state.ts';

const connection = {
  baseUrl: '/scim/v2/demo',
  auth: { type: 'bearer', token: 'demo-token' },
} as const;

describe('the demo organisation', () => {
  it('has 25 people and 5 groups, Sales filled by its rule, nothing assigned', () => {
    const state = demoState(connection);
    const index = buildDirectoryIndex(state);
    expect(Object.keys(state.people)).toHaveLength(25);
    const groups = Object.values(state.groups);
    expect(groups.map((group) => [group.name, index.membersOf(group.id).length])).toEqual([
      ['Engineering', 10],
      ['ML Ops', 4],
      ['Data Science', 5],
      ['Sales', 5],
      ['IT Admins', 2],
    ]);
    expect(state.org.name).toBe('Acme Corp');
    expect(state.app.connection.baseUrl).toBe('/scim/v2/demo');
    expect(state.app.userAssignments).toEqual([]);
    expect(state.app.groupAssignments).toEqual([]);
    expect(state.appUsers).toEqual({});
  });

  it('has the role attributes of the demo catalog and role mappings in the style of the seed', () => {
    const state = demoState(connection);
    const roleAttributes = state.app.attributes
      .filter((attribute) => attribute.externalName.startsWith('roles.'))
      .map((attribute) => attribute.variableName);
    expect(roleAttributes).toEqual([
      'account_type',
      'all_workspaces',
      'workspace_prod',
      'workspace_dev',
      'secret_scope_snowflake_test',
    ]);
    expect(state.app.mappings.workspace_prod?.expression).toBe(
      'isMemberOfGroupName("ML Ops") ? "owner" : "viewer"',
    );
    for (const mapping of Object.values(state.app.mappings)) {
      expect(checkExpression(mapping.expression, { apps: [state.app.name] })).toEqual({ ok: true });
    }
  });

  it('gives the same ids after a reset', () => {
    expect(Object.keys(demoState(connection).people)).toEqual(
      Object.keys(demoState(connection).people),
    );
  });
});
