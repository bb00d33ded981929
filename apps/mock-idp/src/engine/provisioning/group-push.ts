/**
 * Okta's Push Groups (idp-wire-behavior §2): push a group by creating or linking its app
 * group, keep its name and membership in step, Push Now, pause, unlink. Only members with an
 * active app account are pushed ("Groups appear in the target app without their users").
 */
import { IdpActionError } from '../model/action-error.ts';
import { buildDirectoryIndex } from '../model/directory-index.ts';
import type { ProvisioningError, PushedGroup } from '../model/provisioning-state.ts';
import type { IdpState } from '../model/state.ts';
import { idOf } from '../profiles/outcomes.ts';
import type { GroupRef, MemberRef } from '../profiles/request-profile.ts';
import { desiredMembers, membersByIds } from './pushed-members.ts';
import {
  localError,
  throwIfCancelled,
  updatePushedGroup,
  type ProvisioningRun,
} from './provisioning-run.ts';

function pushedOrThrow(state: IdpState, groupId: string): PushedGroup & { targetId: string } {
  const pushed = state.pushedGroups[groupId];
  if (!pushed?.targetId) throw new IdpActionError(`Group ${groupId} is not pushed`);
  return { ...pushed, targetId: pushed.targetId };
}

function failPush(run: ProvisioningRun, pushed: PushedGroup, error: ProvisioningError): void {
  updatePushedGroup(run, { ...pushed, status: 'error', error });
  run.problem(run.getState().groups[pushed.groupId]?.name ?? pushed.groupId, error);
}

function healthy(pushed: PushedGroup, changes: Partial<PushedGroup>): PushedGroup {
  const { error: _cleared, ...rest } = pushed;
  return { ...rest, ...changes, status: rest.status === 'inactive' ? 'inactive' : 'active' };
}

export interface PushOptions {
  mode: 'create' | 'link';
  targetName?: string;
  pushMemberships: boolean;
  ruleId?: string;
}

export async function pushGroup(
  run: ProvisioningRun,
  groupId: string,
  options: PushOptions,
): Promise<void> {
  const state = run.getState();
  const group = state.groups[groupId];
  if (!group) throw new IdpActionError(`No group with id ${groupId}`);
  if (state.pushedGroups[groupId]?.targetId) {
    throw new IdpActionError(`Group ${group.name} is already pushed`);
  }
  const attempt: PushedGroup = {
    groupId,
    targetName: options.targetName ?? group.name,
    sourceName: group.name,
    mode: options.mode,
    ...(options.ruleId ? { ruleId: options.ruleId } : {}),
    status: 'active',
  };
  const target = await findOrCreateTarget(run, group.name, group.id, options);
  if (!target.ok) return failPush(run, attempt, target.error);
  let pushed: PushedGroup = healthy(attempt, {
    targetId: target.value.id,
    targetName: target.value.displayName,
  });
  updatePushedGroup(run, pushed);

  // "Rename app groups to match group name in Okta" (§2).
  if (
    options.mode === 'link' &&
    state.app.pushSettings.renameOnLink &&
    target.value.displayName !== group.name
  ) {
    const renamed = await run.profile.renameGroup(
      run.call,
      { id: target.value.id, displayName: group.name },
      undefined,
    );
    if (!renamed.ok) return failPush(run, pushed, renamed.error);
    pushed = healthy(pushed, { targetName: group.name });
    updatePushedGroup(run, pushed);
  }
  if (!options.pushMemberships) return;
  // After creating or linking Okta adds its members; a linked group keeps its own (QA C9315).
  const members = desiredMembers(run.getState(), buildDirectoryIndex(run.getState()), groupId);
  await sendMembers(run, pushed, { add: members, remove: [], all: members });
}

async function findOrCreateTarget(
  run: ProvisioningRun,
  name: string,
  externalId: string,
  options: PushOptions,
): Promise<{ ok: true; value: GroupRef } | { ok: false; error: ProvisioningError }> {
  const state = run.getState();
  const linkName = options.targetName ?? name;
  if (options.mode === 'link') {
    const imported = state.appGroups.find(
      (g) => g.displayName.toLowerCase() === linkName.toLowerCase(),
    );
    if (imported)
      return { ok: true, value: { id: imported.scimId, displayName: imported.displayName } };
  }
  if (options.mode === 'link' || run.profile.matchesGroupBeforeCreate) {
    // O-11 / E-14.
    const found = await run.profile.findGroup(run.call, linkName);
    if (!found.ok) return found;
    if (found.value) {
      const displayName = found.value.displayName;
      return {
        ok: true,
        value: {
          id: idOf(found.value),
          displayName: typeof displayName === 'string' ? displayName : linkName,
        },
      };
    }
    if (options.mode === 'link') {
      return {
        ok: false,
        error: localError(run, `No group named ${linkName} in the app to link to`),
      };
    }
  }
  const created = await run.profile.createGroup(run.call, { displayName: name, externalId });
  if (created.ok) return { ok: true, value: { id: idOf(created.value), displayName: name } };
  if (created.error.status === 409) {
    // Generic SCIM apps cannot push a name that already exists; the admin must link (§2).
    const detail = `${created.error.detail} (a group named ${name} already exists in the app: link it instead)`;
    return { ok: false, error: { ...created.error, detail } };
  }
  return created;
}

async function sendMembers(
  run: ProvisioningRun,
  pushed: PushedGroup,
  change: { add: MemberRef[]; remove: MemberRef[]; all: MemberRef[] },
): Promise<void> {
  if (!pushed.targetId) return;
  const ref = { id: pushed.targetId, displayName: pushed.targetName };
  const total = change.add.length + change.remove.length;
  if (total > 0) {
    const label = `push members of ${pushed.sourceName}`;
    run.progress({ label, done: 0, total });
    const outcome = await run.profile.changeMembers(run.call, ref, change, (done) =>
      run.progress({ label, done, total }),
    );
    if (!outcome.ok) return failPush(run, pushed, outcome.error);
    // Profiles that send one request (a PUT of the whole group) report nothing in between.
    run.progress({ label, done: total, total });
  }
  updatePushedGroup(run, healthy(pushed, { members: change.all.map((member) => member.id) }));
}

/** "Push Now": the app group's membership becomes exactly the Okta group's (QA C9316). */
export async function pushNow(run: ProvisioningRun, groupId: string): Promise<void> {
  const state = run.getState();
  const pushed = pushedOrThrow(state, groupId);
  const group = state.groups[groupId];
  if (group && group.name !== pushed.sourceName) {
    await syncName(run, pushed, group.name);
    // A failed rename stops here; its error is on the push.
    if (run.getState().pushedGroups[groupId]?.status === 'error') return;
  }
  const current = pushedOrThrow(run.getState(), groupId);
  const members = desiredMembers(run.getState(), buildDirectoryIndex(run.getState()), groupId);
  const label = `push now ${current.sourceName}`;
  const total = members.length;
  run.progress({ label, done: 0, total });
  const outcome = await run.profile.replaceMembers(
    run.call,
    { id: current.targetId, displayName: current.targetName },
    members,
    (done) => run.progress({ label, done, total }),
  );
  if (!outcome.ok) return failPush(run, current, outcome.error);
  // Okta's replace carries the whole list in one request.
  run.progress({ label, done: total, total });
  updatePushedGroup(run, healthy(current, { members: members.map((member) => member.id) }));
}

async function syncName(
  run: ProvisioningRun,
  pushed: PushedGroup & { targetId: string },
  name: string,
): Promise<void> {
  const members = pushed.members ? membersByIds(run.getState(), pushed.members) : undefined;
  const outcome = await run.profile.renameGroup(
    run.call,
    { id: pushed.targetId, displayName: name },
    members,
  );
  if (!outcome.ok) return failPush(run, pushed, outcome.error);
  updatePushedGroup(run, healthy(pushed, { targetName: name, sourceName: name }));
}

/**
 * After a directory change: push renames and membership deltas of every active push. Members
 * wait while a push has never sent its membership (§2, checkbox cleared).
 */
export async function syncPushedGroups(run: ProvisioningRun): Promise<void> {
  const index = buildDirectoryIndex(run.getState());
  for (const groupId of Object.keys(run.getState().pushedGroups)) {
    throwIfCancelled(run);
    const state = run.getState();
    const pushed = state.pushedGroups[groupId];
    const group = state.groups[groupId];
    if (!pushed?.targetId || pushed.status === 'inactive' || !group) continue;
    if (group.name !== pushed.sourceName) {
      await syncName(run, { ...pushed, targetId: pushed.targetId }, group.name);
    }
    const current = run.getState().pushedGroups[groupId];
    if (!current?.members || current.status === 'error') continue;
    const before = new Set(current.members);
    const desired = desiredMembers(run.getState(), index, groupId, before);
    const after = new Set(desired.map((member) => member.id));
    const add = desired.filter((member) => !before.has(member.id));
    const remove = membersByIds(
      run.getState(),
      current.members.filter((id) => !after.has(id)),
    );
    if (add.length + remove.length > 0)
      await sendMembers(run, current, { add, remove, all: desired });
  }
}

/** Pause or resume; resuming pushes the whole membership at once (§2). */
export async function setPushActive(
  run: ProvisioningRun,
  groupId: string,
  active: boolean,
): Promise<void> {
  const pushed = pushedOrThrow(run.getState(), groupId);
  if (!active) {
    updatePushedGroup(run, { ...pushed, status: 'inactive' });
    return;
  }
  updatePushedGroup(run, { ...pushed, status: 'active' });
  await pushNow(run, groupId);
}

/** O-16: "Delete the group in the target app" sends DELETE; "Leave the group" sends nothing. */
export async function unlinkPushedGroup(
  run: ProvisioningRun,
  groupId: string,
  deleteInApp: boolean,
): Promise<void> {
  const state = run.getState();
  const pushed = state.pushedGroups[groupId];
  if (!pushed) throw new IdpActionError(`Group ${groupId} is not pushed`);
  if (deleteInApp && pushed.targetId) {
    const outcome = await run.profile.deleteGroup(run.call, pushed.targetId);
    if (!outcome.ok) return failPush(run, pushed, outcome.error);
  }
  run.setState((s) => {
    const { [groupId]: _gone, ...pushedGroups } = s.pushedGroups;
    const appGroups = deleteInApp
      ? s.appGroups.filter((g) => g.scimId !== pushed.targetId)
      : s.appGroups;
    return { ...s, pushedGroups, appGroups };
  });
}

/** Push by rule: every group whose name matches an active rule, also groups created later. */
export async function applyPushRules(run: ProvisioningRun): Promise<void> {
  const state = run.getState();
  for (const rule of Object.values(state.pushRules)) {
    if (!rule.active) continue;
    for (const group of Object.values(run.getState().groups)) {
      if (run.getState().pushedGroups[group.id]) continue;
      const name = group.name.toLowerCase();
      const starts =
        rule.nameStartsWith === undefined || name.startsWith(rule.nameStartsWith.toLowerCase());
      const contains =
        rule.nameContains === undefined || name.includes(rule.nameContains.toLowerCase());
      if (!starts || !contains) continue;
      throwIfCancelled(run);
      const imported = run.getState().appGroups.some((g) => g.displayName.toLowerCase() === name);
      await pushGroup(run, group.id, {
        mode: imported ? 'link' : 'create',
        pushMemberships: run.getState().app.pushSettings.pushMembershipsImmediately,
        ruleId: rule.id,
      });
    }
  }
}
