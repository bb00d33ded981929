/**
 * Brings each person's app account in line with the directory, the way Okta's provisioning
 * tasks do (idp-wire-behavior §1.2, §2): assigned and active → create (lookup first, link on a
 * match), reactivate or update; no longer assigned or deactivated → deactivate. Each step runs
 * only when its "To App" switch is on.
 */
import { sameValue } from '../app-profile/attribute-values.ts';
import {
  assignmentOf,
  buildDirectoryIndex,
  type DirectoryIndex,
} from '../model/directory-index.ts';
import type { Person } from '../model/directory.ts';
import type { AppUser, ProvisioningError } from '../model/provisioning-state.ts';
import { idOf } from '../profiles/outcomes.ts';
import type { DesiredUser, ScimResource } from '../profiles/request-profile.ts';
import { appUserProfileOf, desiredUserOf } from './desired-user.ts';
import {
  localError,
  throwIfCancelled,
  updateAppUser,
  type ProvisioningRun,
} from './provisioning-run.ts';

export interface SyncReason {
  /** Re-evaluate mappings (profile change, mapping change, Force Sync); not for membership changes. */
  reapplyMappings: boolean;
  /** Push the profile even when it did not change ("Provision User", retry). */
  force?: boolean;
}

export async function syncUsers(
  run: ProvisioningRun,
  personIds: readonly string[],
  reason: SyncReason,
): Promise<void> {
  // Syncing changes app users only, never membership, so one index serves every person.
  const index = buildDirectoryIndex(run.getState());
  const unique = [...new Set(personIds)];
  for (const [done, personId] of unique.entries()) {
    throwIfCancelled(run);
    if (unique.length > 1) run.progress({ label: 'provision users', done, total: unique.length });
    await syncUser(run, index, personId, reason);
  }
  if (unique.length > 1)
    run.progress({ label: 'provision users', done: unique.length, total: unique.length });
}

async function syncUser(
  run: ProvisioningRun,
  index: DirectoryIndex,
  personId: string,
  reason: SyncReason,
): Promise<void> {
  const state = run.getState();
  const person = state.people[personId];
  const appUser = state.appUsers[personId];
  const wanted =
    person !== undefined &&
    // A suspended person keeps the app account (Okta sends nothing on suspend).
    person.status !== 'DEACTIVATED' &&
    assignmentOf(state, index, personId).assigned;

  if (!wanted) {
    if (appUser?.scimId && appUser.active) await deactivate(run, personId, appUser);
    else if (appUser && !appUser.scimId) {
      // Never created in the app: nothing to undo, the pending record just goes.
      run.setState((s) => {
        const { [personId]: _gone, ...appUsers } = s.appUsers;
        return { ...s, appUsers };
      });
    }
    return;
  }

  const creating = !appUser?.scimId;
  const { profile, problems } = appUserProfileOf(state, index, person, {
    creating,
    reapplyMappings: reason.reapplyMappings || !appUser?.active,
  });
  const base: AppUser = appUser ?? { personId, active: false, status: 'pending', profile };
  if (problems.length > 0) {
    const error = localError(run, problems.map((problem) => problem.message).join('; '));
    fail(run, person, { ...base, profile }, error);
    return;
  }
  const desired = desiredUserOf(state, person, profile, () => run.call.random());
  const switches = state.app.switches;

  if (creating) {
    if (!switches.createUsers) {
      const error = localError(run, 'Create Users is off: assigned but not created in the app');
      updateAppUser(run, personId, { ...base, profile, status: 'pending', error });
      return;
    }
    await createOrLink(run, person, profile, desired);
    return;
  }
  const scimId = appUser.scimId as string;
  if (!appUser.active) {
    if (!switches.deactivateUsers) {
      const error = localError(run, 'Deactivate Users is off: the app account stays inactive');
      updateAppUser(run, personId, { ...appUser, profile, status: 'deactivated', error });
      return;
    }
    // O-8: reactivation keeps the same id; the profile follows if it changed meanwhile.
    const activated = await run.profile.setUserActive(run.call, scimId, true, desired);
    if (!activated.ok) return fail(run, person, appUser, activated.error);
    const changed = !sameValue(profile, appUser.profile);
    updateAppUser(run, personId, provisioned({ ...appUser, active: true }, profile));
    if (changed && switches.updateUserAttributes)
      await update(run, person, scimId, profile, desired);
    return;
  }
  const changed =
    reason.force || appUser.status === 'error' || !sameValue(profile, appUser.profile);
  if (!changed) return;
  if (!switches.updateUserAttributes) {
    updateAppUser(run, personId, { ...appUser, profile });
    return;
  }
  await update(run, person, scimId, profile, desired);
}

function provisioned(appUser: AppUser, profile: Record<string, unknown>): AppUser {
  const { error: _cleared, ...rest } = appUser;
  return { ...rest, profile, status: 'provisioned' };
}

function fail(
  run: ProvisioningRun,
  person: Person,
  appUser: AppUser,
  error: ProvisioningError,
): void {
  updateAppUser(run, person.id, { ...appUser, status: 'error', error });
  run.problem(person.profile.login, error);
}

async function update(
  run: ProvisioningRun,
  person: Person,
  scimId: string,
  profile: Record<string, unknown>,
  desired: DesiredUser,
): Promise<void> {
  const current = run.getState().appUsers[person.id] as AppUser;
  const outcome = await run.profile.updateUser(run.call, scimId, desired);
  if (!outcome.ok) return fail(run, person, { ...current, profile }, outcome.error);
  updateAppUser(run, person.id, provisioned(current, profile));
}

async function deactivate(run: ProvisioningRun, personId: string, appUser: AppUser): Promise<void> {
  const state = run.getState();
  const person = state.people[personId];
  if (!state.app.switches.deactivateUsers || !person || !appUser.scimId) return;
  const desired = desiredUserOf(state, person, appUser.profile, () => run.call.random());
  // O-7 / E-7.
  const outcome = await run.profile.setUserActive(run.call, appUser.scimId, false, desired);
  if (!outcome.ok) return fail(run, person, appUser, outcome.error);
  const { error: _cleared, ...rest } = appUser;
  updateAppUser(run, personId, { ...rest, active: false, status: 'deactivated' });
}

/**
 * O-2 → O-3 (E-2 → E-3): look the userName up first; a match is linked and then updated
 * instead of created (QA C9335). A 409 on create means the user appeared meanwhile: look again
 * and link, as Entra does after a timed-out create (§3.1).
 */
async function createOrLink(
  run: ProvisioningRun,
  person: Person,
  profile: Record<string, unknown>,
  desired: DesiredUser,
): Promise<void> {
  const pending: AppUser = { personId: person.id, active: false, status: 'pending', profile };
  const found = await run.profile.findUser(run.call, desired.userName);
  if (!found.ok) return fail(run, person, pending, found.error);
  let match: ScimResource | undefined = found.value;
  if (!match) {
    const created = await run.profile.createUser(run.call, desired);
    if (created.ok) {
      updateAppUser(
        run,
        person.id,
        provisioned({ ...pending, scimId: idOf(created.value), active: true }, profile),
      );
      return;
    }
    if (created.error.status !== 409) return fail(run, person, pending, created.error);
    const again = await run.profile.findUser(run.call, desired.userName);
    if (!again.ok || !again.value) return fail(run, person, pending, created.error);
    match = again.value;
  }
  const scimId = idOf(match);
  const linked: AppUser = { ...pending, scimId, active: match.active !== false };
  updateAppUser(run, person.id, linked);
  if (!linked.active) {
    const activated = await run.profile.setUserActive(run.call, scimId, true, desired);
    if (!activated.ok) return fail(run, person, linked, activated.error);
  }
  updateAppUser(run, person.id, provisioned({ ...linked, active: true }, profile));
  if (run.getState().app.switches.updateUserAttributes) {
    await update(run, person, scimId, profile, desired);
  }
}
