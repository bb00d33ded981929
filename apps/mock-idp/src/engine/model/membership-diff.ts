import { buildDirectoryIndex } from './directory-index.ts';
import type { IdpState } from './state.ts';

/**
 * People whose groups differ between two states, group rules included: the people whose
 * assignments or pushed memberships a directory change may have touched.
 */
export function peopleWithChangedGroups(before: IdpState, after: IdpState): string[] {
  if (
    before.groups === after.groups &&
    before.groupRules === after.groupRules &&
    before.people === after.people
  ) {
    return [];
  }
  const was = buildDirectoryIndex(before);
  const is = buildDirectoryIndex(after);
  const ids = new Set([...Object.keys(before.people), ...Object.keys(after.people)]);
  return [...ids].filter((id) => {
    const a = was.groupIdsOf(id);
    const b = is.groupIdsOf(id);
    return a.length !== b.length || a.some((groupId, i) => groupId !== b[i]);
  });
}
