import { sentAttributes } from '../app-profile/serialize-app-user.ts';
import { computeAppUserProfile, type ProfileResult } from '../mapping/app-user-profile.ts';
import { mappingContext } from '../mapping/mapping-context.ts';
import { assignmentOf, type DirectoryIndex } from '../model/directory-index.ts';
import type { Person } from '../model/directory.ts';
import type { IdpState } from '../model/state.ts';
import type { DesiredUser } from '../profiles/request-profile.ts';

export interface ProfileOptions {
  reapplyMappings: boolean;
  creating: boolean;
}

/** The person's app user profile now, from mappings and assignment values. */
export function appUserProfileOf(
  state: IdpState,
  index: DirectoryIndex,
  person: Person,
  options: ProfileOptions,
): ProfileResult {
  const previous = state.appUsers[person.id]?.profile;
  return computeAppUserProfile({
    app: state.app,
    assignment: assignmentOf(state, index, person.id),
    context: mappingContext(state, index, person, previous),
    previous,
    ...options,
  });
}

/** Okta sends a meaningless password on create even with Sync Password off (§1.2 O-3). */
function placeholderPassword(random: () => number): string {
  let password = '';
  while (password.length < 8) password += Math.floor(random() * 36).toString(36);
  return password;
}

export function desiredUserOf(
  state: IdpState,
  person: Person,
  profile: Record<string, unknown>,
  random: () => number,
): DesiredUser {
  const synced = state.app.switches.syncPassword && person.password !== undefined;
  const userName = profile.userName;
  return {
    userName: typeof userName === 'string' && userName !== '' ? userName : person.profile.login,
    externalId: person.id,
    sent: sentAttributes(state.app.attributes, profile),
    password:
      synced && person.password !== undefined ? person.password : placeholderPassword(random),
    passwordSynced: synced,
  };
}

/** Okta puts the userName in a member's `display` (§1.2 O-13). */
export function displayOf(state: IdpState, personId: string): string {
  const userName = state.appUsers[personId]?.profile.userName;
  if (typeof userName === 'string' && userName !== '') return userName;
  return state.people[personId]?.profile.login ?? personId;
}
