/**
 * What the app would get for one person right now: the app user profile the mappings and
 * assignment values give, and those values as SCIM attributes. Sends nothing, so a console can
 * preview an unsaved mapping by passing a state that has it.
 */
import { extensionUrnsOf, scimAttributesOf } from '../app-profile/serialize-app-user.ts';
import type { AttributeProblem } from '../mapping/app-user-profile.ts';
import { IdpActionError } from '../model/action-error.ts';
import { buildDirectoryIndex } from '../model/directory-index.ts';
import type { IdpState } from '../model/state.ts';
import { CORE_USER_URN } from '../scim-urns.ts';
import { appUserProfileOf, desiredUserOf } from './desired-user.ts';

export interface AppUserPreview {
  /** By variable name; null where nothing maps to the attribute. */
  profile: Record<string, unknown>;
  problems: AttributeProblem[];
  /** The user as SCIM attributes, as a create sends them (without Okta's password placeholder). */
  scim: Record<string, unknown>;
}

export function previewAppUser(state: IdpState, personId: string): AppUserPreview {
  const person = state.people[personId];
  if (!person) throw new IdpActionError(`No person with id ${personId}`);
  const index = buildDirectoryIndex(state);
  const { profile, problems } = appUserProfileOf(state, index, person, {
    creating: true,
    reapplyMappings: true,
  });
  const desired = desiredUserOf(state, person, profile, () => 0);
  const attributes = scimAttributesOf(desired.sent);
  return {
    profile,
    problems,
    scim: {
      schemas: [CORE_USER_URN, ...extensionUrnsOf(attributes)],
      ...attributes,
      externalId: desired.externalId,
    },
  };
}
