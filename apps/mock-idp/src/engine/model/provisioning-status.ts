/**
 * Provisioning status as Okta's UI shows it, for people, group assignments and pushed groups,
 * derived from state so a UI never has to keep its own copy.
 */
import type { DirectoryIndex } from './directory-index.ts';
import type { AppUserStatus, ProvisioningError, PushStatus } from './provisioning-state.ts';
import type { IdpState } from './state.ts';

export type PersonProvisioningStatus = AppUserStatus | 'not assigned';

export function personStatus(state: IdpState, personId: string): PersonProvisioningStatus {
  return state.appUsers[personId]?.status ?? 'not assigned';
}

export interface GroupAssignmentStatus {
  members: number;
  /** How many members are in each status. */
  counts: Partial<Record<PersonProvisioningStatus, number>>;
  /** Members whose last task failed, with the SCIM detail. */
  errors: { personId: string; error: ProvisioningError }[];
}

/** A group assignment stands as well as its members' app accounts do. */
export function groupAssignmentStatus(
  state: IdpState,
  index: DirectoryIndex,
  groupId: string,
): GroupAssignmentStatus {
  const members = index.membersOf(groupId);
  const counts: Partial<Record<PersonProvisioningStatus, number>> = {};
  const errors: GroupAssignmentStatus['errors'] = [];
  for (const personId of members) {
    const status = personStatus(state, personId);
    counts[status] = (counts[status] ?? 0) + 1;
    const error = state.appUsers[personId]?.error;
    if (status === 'error' && error) errors.push({ personId, error });
  }
  return { members: members.length, counts, errors };
}

export function pushStatus(state: IdpState, groupId: string): PushStatus | 'not pushed' {
  return state.pushedGroups[groupId]?.status ?? 'not pushed';
}
