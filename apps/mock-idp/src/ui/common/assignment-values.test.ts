import { describe, expect, it } from 'vitest';
import { templateAttributes, tectonRoleAttributes } from '../../engine/index.ts';
import { assignableAttributes, draftsOf, valuesOf, valuesSummary } from './assignment-values.ts';

describe('assignment values in forms', () => {
  it('offers only the attributes no mapping fills', () => {
    const attributes = [
      ...templateAttributes().slice(0, 2),
      ...tectonRoleAttributes({ workspaces: ['prod'], secretScopes: [] }),
    ];
    const names = assignableAttributes(attributes, {
      userName: {},
      givenName: {},
      workspace_prod: {},
    }).map((attribute) => attribute.variableName);
    expect(names).toEqual(['account_type', 'all_workspaces']);
  });

  it('leaves empty fields out of a new assignment, and clears them (null) on an existing one', () => {
    const drafts = { workspace_dev: 'editor', all_workspaces: '' };
    expect(valuesOf(drafts, 'omit')).toEqual({ workspace_dev: 'editor' });
    expect(valuesOf(drafts, 'null')).toEqual({ workspace_dev: 'editor', all_workspaces: null });
  });

  it('turns values into drafts and a one-line summary', () => {
    expect(draftsOf({ a: 'x', b: null, c: ['p', 'q'], d: 3 })).toEqual({
      a: 'x',
      b: '',
      c: 'p, q',
      d: '3',
    });
    expect(valuesSummary({ workspace_dev: 'editor', all_workspaces: null, n: 2 })).toBe(
      'workspace_dev: editor, n: 2',
    );
    expect(valuesSummary({})).toBe('—');
  });
});
