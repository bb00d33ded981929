/** Which members a pushed group should have in the app, and members by SCIM id. */
import type { DirectoryIndex } from '../model/directory-index.ts';
import type { IdpState } from '../model/state.ts';
import type { MemberRef } from '../profiles/request-profile.ts';
import { displayOf } from './desired-user.ts';

/**
 * Who should be in the app group. Only members with an active app account are pushed; one
 * already pushed stays after deactivation until "Push Now", which is Okta's documented symptom
 * "removed users still appear in target app groups" and why "the group must be re-pushed"
 * after reactivation (idp-wire-behavior §2).
 */
export function desiredMembers(
  state: IdpState,
  index: DirectoryIndex,
  groupId: string,
  alreadyPushed: ReadonlySet<string> = new Set(),
): MemberRef[] {
  return index.membersOf(groupId).flatMap((personId) => {
    const appUser = state.appUsers[personId];
    if (!appUser?.scimId || !(appUser.active || alreadyPushed.has(appUser.scimId))) return [];
    return [{ id: appUser.scimId, display: displayOf(state, personId) }];
  });
}

export function membersByIds(state: IdpState, ids: readonly string[]): MemberRef[] {
  const displayByScimId = new Map(
    Object.values(state.appUsers).flatMap((appUser) =>
      appUser.scimId ? [[appUser.scimId, displayOf(state, appUser.personId)] as const] : [],
    ),
  );
  return ids.map((id) => ({ id, display: displayByScimId.get(id) ?? id }));
}
