/**
 * What each action does: a pure state change, then the provisioning Okta would run because of
 * it (idp-wire-behavior §2): users whose assignment or profile changed, then pushed groups.
 */
import * as app from '../model/app-changes.ts';
import * as directory from '../model/directory-changes.ts';
import { buildDirectoryIndex } from '../model/directory-index.ts';
import { peopleWithChangedGroups } from '../model/membership-diff.ts';
import { nextOktaId } from '../model/okta-ids.ts';
import type { ImportReport } from '../model/provisioning-state.ts';
import type { IdpState } from '../model/state.ts';
import type { IdpAction } from './actions.ts';
import { desiredUserOf } from './desired-user.ts';
import {
  applyPushRules,
  pushGroup,
  pushNow,
  setPushActive,
  syncPushedGroups,
  unlinkPushedGroup,
} from './group-push.ts';
import { importGroups, importUsers } from './imports.ts';
import type { ProvisioningRun } from './provisioning-run.ts';
import { syncUsers, type SyncReason } from './user-sync.ts';

export interface ActionEffects {
  created?: { personId?: string; personIds?: string[]; groupId?: string; ruleId?: string };
  importReport?: ImportReport;
  response?: { status: number | null; body?: unknown; headers: Record<string, string> };
}

const PROFILE_CHANGED: SyncReason = { reapplyMappings: true };
const MEMBERSHIP_CHANGED: SyncReason = { reapplyMappings: false };

/**
 * Applies a state change, then provisions: `people` with `reason`, everyone whose groups
 * changed without re-evaluating mappings (the timing rule, okta-expression-language §1), then
 * pushed-group deltas.
 */
async function changeAndProvision(
  run: ProvisioningRun,
  change: (state: IdpState) => IdpState,
  people: readonly string[],
  reason: SyncReason,
): Promise<void> {
  const before = run.getState();
  const after = change(before);
  run.setState(() => after);
  const explicit = new Set(people);
  await syncUsers(run, people, reason);
  const moved = peopleWithChangedGroups(before, after).filter((id) => !explicit.has(id));
  await syncUsers(run, moved, MEMBERSHIP_CHANGED);
  await syncPushedGroups(run);
}

function membersOf(state: IdpState, groupId: string): string[] {
  directory.groupOrThrow(state, groupId);
  return [...buildDirectoryIndex(state).membersOf(groupId)];
}

export async function performAction(
  run: ProvisioningRun,
  action: IdpAction,
): Promise<ActionEffects> {
  const state = run.getState();
  switch (action.type) {
    case 'testConnection': {
      const outcome = await run.profile.testConnection(run.call);
      if (!outcome.ok) run.problem('test connection', outcome.error);
      return {};
    }
    case 'addPerson': {
      const added = directory.addPerson(state, action.person);
      await changeAndProvision(run, () => added.state, [added.personId], PROFILE_CHANGED);
      return { created: { personId: added.personId } };
    }
    case 'addPeople': {
      const added = directory.addPeople(state, action.people);
      await changeAndProvision(run, () => added.state, added.personIds, PROFILE_CHANGED);
      return { created: { personIds: added.personIds } };
    }
    case 'suspendPerson':
    case 'unsuspendPerson':
      // Membership is unchanged, so nothing is provisioned: Okta sends nothing either way.
      run.setState((s) =>
        directory.suspendPerson(s, action.personId, action.type === 'suspendPerson'),
      );
      return {};
    case 'updatePerson':
      await changeAndProvision(
        run,
        (s) => directory.updatePerson(s, action.personId, action.profile),
        [action.personId],
        PROFILE_CHANGED,
      );
      return {};
    case 'deactivatePerson':
      await changeAndProvision(
        run,
        (s) => directory.setPersonStatus(s, action.personId, 'DEACTIVATED'),
        [action.personId],
        MEMBERSHIP_CHANGED,
      );
      return {};
    case 'reactivatePerson':
      await changeAndProvision(
        run,
        (s) => directory.setPersonStatus(s, action.personId, 'ACTIVE'),
        [action.personId],
        PROFILE_CHANGED,
      );
      return {};
    case 'deletePerson':
      await deletePerson(run, action.personId);
      return {};
    case 'setPassword':
      await setPassword(run, action.personId, action.password);
      return {};
    case 'addGroup': {
      const added = directory.addGroup(state, action.group);
      await changeAndProvision(run, () => added.state, [], MEMBERSHIP_CHANGED);
      await applyPushRules(run);
      return { created: { groupId: added.groupId } };
    }
    case 'renameGroup':
      await changeAndProvision(
        run,
        (s) => directory.renameGroup(s, action.groupId, action.name),
        [],
        MEMBERSHIP_CHANGED,
      );
      await applyPushRules(run);
      return {};
    case 'addToGroup':
    case 'removeFromGroup': {
      const change =
        action.type === 'addToGroup' ? { add: action.personIds } : { remove: action.personIds };
      await changeAndProvision(
        run,
        (s) => directory.changeGroupMembers(s, action.groupId, change),
        [],
        MEMBERSHIP_CHANGED,
      );
      return {};
    }
    case 'addGroupRule': {
      const added = directory.addGroupRule(state, action.rule);
      await changeAndProvision(run, () => added.state, [], MEMBERSHIP_CHANGED);
      return { created: { ruleId: added.ruleId } };
    }
    case 'setGroupRuleActive':
      await changeAndProvision(
        run,
        (s) => directory.setGroupRuleActive(s, action.ruleId, action.active),
        [],
        MEMBERSHIP_CHANGED,
      );
      return {};
    case 'assignUser':
      // Okta applies mappings when a user is assigned.
      await changeAndProvision(
        run,
        (s) => app.assignUser(s, action.personId, action.values),
        [action.personId],
        PROFILE_CHANGED,
      );
      return {};
    case 'unassignUser':
      await changeAndProvision(
        run,
        (s) => app.unassignUser(s, action.personId),
        [action.personId],
        MEMBERSHIP_CHANGED,
      );
      return {};
    case 'assignGroup':
    case 'unassignGroup': {
      const members = membersOf(state, action.groupId);
      await changeAndProvision(
        run,
        (s) =>
          action.type === 'assignGroup'
            ? app.assignGroup(s, action.groupId, action.values)
            : app.unassignGroup(s, action.groupId),
        members,
        MEMBERSHIP_CHANGED,
      );
      return {};
    }
    case 'setAssignmentValues': {
      // QA C9309: a group's attribute change reaches every member.
      const people =
        'personId' in action.target
          ? [action.target.personId]
          : membersOf(state, action.target.groupId);
      await changeAndProvision(
        run,
        (s) => app.setAssignmentValues(s, action.target, action.values),
        people,
        MEMBERSHIP_CHANGED,
      );
      return {};
    }
    case 'addAttribute':
      run.setState((s) => app.addAttribute(s, action.attribute));
      return {};
    case 'updateAttribute':
      // Like saving in the Profile Editor: values are pushed when mappings are next applied.
      run.setState((s) => app.updateAttribute(s, action.attribute));
      return {};
    case 'removeAttribute':
      run.setState((s) => app.removeAttribute(s, action.variableName));
      return {};
    case 'setConnection':
      run.setState((s) => app.setConnection(s, action.connection));
      return {};
    case 'setRequestProfile':
      run.setState((s) => app.setRequestProfile(s, action.profile));
      return {};
    case 'setMapping':
      // Saving a mapping in Okta offers "Apply updates now"; the engine always applies.
      await changeAndProvision(
        run,
        (s) => app.setMapping(s, action.variableName, action.mapping),
        Object.keys(state.appUsers),
        PROFILE_CHANGED,
      );
      return {};
    case 'applyMappings':
      await changeAndProvision(run, (s) => s, Object.keys(state.appUsers), PROFILE_CHANGED);
      return {};
    case 'setSwitches':
      run.setState((s) => app.setSwitches(s, action.switches));
      return {};
    case 'setPushSettings':
      run.setState((s) => app.setPushSettings(s, action.settings));
      return {};
    case 'pushGroup':
      await pushGroup(run, action.groupId, {
        mode: action.mode,
        ...(action.targetName === undefined ? {} : { targetName: action.targetName }),
        pushMemberships:
          action.pushMemberships ?? state.app.pushSettings.pushMembershipsImmediately,
      });
      return {};
    case 'addPushRule': {
      const { id, state: next } = nextOktaId(state, 'pushRule');
      run.setState(() => ({
        ...next,
        pushRules: { ...next.pushRules, [id]: { id, ...action.rule, active: true } },
      }));
      await applyPushRules(run);
      return { created: { ruleId: id } };
    }
    case 'pushNow':
      await pushNow(run, action.groupId);
      return {};
    case 'setPushActive':
      await setPushActive(run, action.groupId, action.active);
      return {};
    case 'unlinkPushedGroup':
      await unlinkPushedGroup(run, action.groupId, action.deleteInApp);
      return {};
    case 'importUsers': {
      const report = await importUsers(run, action.confirmMatches ?? true);
      return report ? { importReport: report } : {};
    }
    case 'importGroups': {
      const report = await importGroups(run);
      return report ? { importReport: report } : {};
    }
    case 'provisionUser':
      directory.personOrThrow(state, action.personId);
      await syncUsers(run, [action.personId], { reapplyMappings: true, force: true });
      await syncPushedGroups(run);
      return {};
    case 'request': {
      const response = await run.call.client.send(
        {
          method: action.method,
          path: action.path,
          ...(action.query === undefined ? {} : { query: action.query }),
          ...(action.body === undefined ? {} : { body: action.body }),
          ...(action.authorization === undefined ? {} : { authorization: action.authorization }),
        },
        run.call.cause,
      );
      if (response.status === null) {
        run.problem('request', {
          status: null,
          detail: response.error ?? 'No response',
          at: run.call.now(),
        });
      }
      return {
        response: {
          status: response.status,
          ...(response.body === undefined ? {} : { body: response.body }),
          headers: response.headers,
        },
      };
    }
  }
}

/**
 * Okta deactivates before it deletes, and sends nothing for the delete itself; Entra's hard
 * delete is `DELETE /Users/{id}` (idp-wire-behavior §1.2 O-7, §3.3 E-12).
 */
async function deletePerson(run: ProvisioningRun, personId: string): Promise<void> {
  const person = directory.personOrThrow(run.getState(), personId);
  if (person.status !== 'DEACTIVATED') {
    await changeAndProvision(
      run,
      (s) => directory.setPersonStatus(s, personId, 'DEACTIVATED'),
      [personId],
      MEMBERSHIP_CHANGED,
    );
  }
  const scimId = run.getState().appUsers[personId]?.scimId;
  if (scimId) {
    const outcome = await run.profile.deleteUser(run.call, scimId);
    if (!outcome.ok) {
      run.problem(person.profile.login, outcome.error);
      return;
    }
  }
  await changeAndProvision(run, (s) => directory.removePerson(s, personId), [], MEMBERSHIP_CHANGED);
}

/** O-9: only with Sync Password on, and only for an active app account. */
async function setPassword(
  run: ProvisioningRun,
  personId: string,
  password: string,
): Promise<void> {
  run.setState((s) => directory.setPassword(s, personId, password));
  const state = run.getState();
  const appUser = state.appUsers[personId];
  const person = state.people[personId];
  if (!state.app.switches.syncPassword || !appUser?.scimId || !appUser.active || !person) return;
  const desired = desiredUserOf(state, person, appUser.profile, run.call.random);
  const outcome = await run.profile.syncPassword(run.call, appUser.scimId, desired);
  if (!outcome.ok) {
    run.problem(person.profile.login, outcome.error);
    run.setState((s) => ({
      ...s,
      appUsers: {
        ...s.appUsers,
        [personId]: { ...appUser, status: 'error', error: outcome.error },
      },
    }));
  }
}
