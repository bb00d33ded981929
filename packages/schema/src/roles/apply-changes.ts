import type { RoleAssignment } from './assignment.ts';
import type { RoleChanges } from './role-entries.ts';
import { compareText } from './text.ts';

/**
 * Applies a change set to a principal's canonical assignments without touching either input.
 * Removals go first, so a type both removed and set ends up set. One assignment per type: a set
 * replaces the current value of its type. The result is sorted by type for stable output.
 */
export function applyRoleChanges(
  current: readonly RoleAssignment[],
  changes: Readonly<RoleChanges>,
): RoleAssignment[] {
  const byType = new Map<string, string>();
  for (const { type, value } of current) byType.set(type, value);
  for (const type of changes.remove) byType.delete(type);
  for (const { type, value } of changes.set) byType.set(type, value);
  return [...byType]
    .sort(([a], [b]) => compareText(a, b))
    .map(([type, value]) => ({ type, value }));
}
