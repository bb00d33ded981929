import { describe, expect, it } from 'vitest';
import { addGroup, addPerson } from './directory-changes.ts';
import { buildDirectoryIndex } from './directory-index.ts';
import { createState } from './new-state.ts';
import { groupAssignmentStatus, personStatus, pushStatus } from './provisioning-status.ts';

describe('provisioning status', () => {
  it('summarises a group assignment by its members, errors with their detail', () => {
    let state = createState({ baseUrl: 'http://scim.test', auth: { type: 'bearer', token: 't' } });
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      const added = addPerson(state, {
        profile: { login: name, firstName: name, lastName: name, email: name },
      });
      state = added.state;
      ids.push(added.personId);
    }
    const [a = '', b = '', c = ''] = ids;
    const group = addGroup(state, { name: 'G', members: ids });
    const error = { status: 409, detail: 'uniqueness: taken', at: '2026-01-01T00:00:00.000Z' };
    state = {
      ...group.state,
      appUsers: {
        [a]: { personId: a, scimId: 's1', active: true, status: 'provisioned', profile: {} },
        [b]: { personId: b, active: false, status: 'error', profile: {}, error },
      },
    };
    expect(personStatus(state, c)).toBe('not assigned');
    expect(groupAssignmentStatus(state, buildDirectoryIndex(state), group.groupId)).toEqual({
      members: 3,
      counts: { provisioned: 1, error: 1, 'not assigned': 1 },
      errors: [{ personId: b, error }],
    });
    expect(pushStatus(state, group.groupId)).toBe('not pushed');
  });
});
