import { describe, expect, it } from 'vitest';
import { applyRoleChanges } from './apply-changes.ts';
import type { RoleAssignment } from './assignment.ts';
import type { RoleChanges } from './role-entries.ts';

const admin = { type: 'account_type', value: 'admin' };
const prodEditor = { type: 'workspace_prod', value: 'editor' };
const prodOwner = { type: 'workspace_prod', value: 'owner' };
const devViewer = { type: 'workspace_dev', value: 'viewer' };

describe('applyRoleChanges', () => {
  it.each<[string, RoleAssignment[], RoleChanges, RoleAssignment[]]>([
    ['nothing to do', [admin], { set: [], remove: [] }, [admin]],
    ['set on empty', [], { set: [prodEditor, admin], remove: [] }, [admin, prodEditor]],
    ['set a new type', [prodEditor], { set: [devViewer], remove: [] }, [devViewer, prodEditor]],
    [
      'replace the same type',
      [admin, prodEditor],
      { set: [prodOwner], remove: [] },
      [admin, prodOwner],
    ],
    ['set the same value again', [prodEditor], { set: [prodEditor], remove: [] }, [prodEditor]],
    ['remove', [admin, prodEditor], { set: [], remove: ['account_type'] }, [prodEditor]],
    ['remove an absent type', [prodEditor], { set: [], remove: ['workspace_dev'] }, [prodEditor]],
    [
      'remove and set together',
      [admin, prodEditor],
      { set: [devViewer], remove: ['workspace_prod'] },
      [admin, devViewer],
    ],
    [
      'a type both removed and set ends up set',
      [prodEditor],
      { set: [prodOwner], remove: ['workspace_prod'] },
      [prodOwner],
    ],
    [
      'sorts by type',
      [prodEditor, devViewer, admin],
      { set: [], remove: [] },
      [admin, devViewer, prodEditor],
    ],
  ])('%s', (_, current, changes, result) => {
    expect(applyRoleChanges(current, changes)).toEqual(result);
  });

  it('leaves its inputs alone', () => {
    const current = [prodEditor, admin];
    const changes = { set: [prodOwner], remove: ['account_type'] };
    const result = applyRoleChanges(current, changes);
    for (const role of result) role.value = 'viewer';
    expect(current).toEqual([{ type: 'workspace_prod', value: 'editor' }, admin]);
    expect(changes).toEqual({ set: [prodOwner], remove: ['account_type'] });
    expect(prodOwner.value).toBe('owner');
  });
});
