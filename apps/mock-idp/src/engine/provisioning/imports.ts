/**
 * Import Users and Import Groups (idp-wire-behavior §1.2 O-4, O-12, §2 "Import & matching"):
 * page through the app 100 at a time, skip inactive users, match users to people by userName
 * (the "username match" rule) and groups to Okta groups by name. Confirmed matches are linked:
 * assigned to the app with the app's id, without sending anything.
 */
import { assignUser } from '../model/app-changes.ts';
import { buildDirectoryIndex } from '../model/directory-index.ts';
import { findGroupByName, findPersonByLogin } from '../model/directory-changes.ts';
import type { AppGroup, ImportReport, ImportRow } from '../model/provisioning-state.ts';
import { idOf } from '../profiles/outcomes.ts';
import type { ScimResource } from '../profiles/request-profile.ts';
import { appUserProfileOf } from './desired-user.ts';
import { throwIfCancelled, updateAppUser, type ProvisioningRun } from './provisioning-run.ts';

const PAGE_SIZE = 100;
/** A server whose paging never ends must not keep an import running forever. */
const MAX_PAGES = 10_000;

async function readAll(
  run: ProvisioningRun,
  resource: 'Users' | 'Groups',
): Promise<ScimResource[] | undefined> {
  const label = `import ${resource.toLowerCase()}`;
  const all: ScimResource[] = [];
  let startIndex = 1;
  for (let page = 0; page < MAX_PAGES; page++) {
    throwIfCancelled(run);
    const outcome = await run.profile.listPage(run.call, resource, startIndex, PAGE_SIZE);
    if (!outcome.ok) {
      run.problem(label, outcome.error);
      return undefined;
    }
    const { resources, totalResults } = outcome.value;
    all.push(...resources);
    run.progress({ label, done: all.length, total: totalResults });
    startIndex += resources.length;
    if (resources.length === 0 || startIndex > totalResults) break;
  }
  return all;
}

function counted(kind: ImportReport['kind'], rows: ImportRow[], at: string): ImportReport {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.outcome] = (counts[row.outcome] ?? 0) + 1;
  return { kind, at, scanned: rows.length, counts, rows };
}

export async function importUsers(
  run: ProvisioningRun,
  confirmMatches: boolean,
): Promise<ImportReport | undefined> {
  const resources = await readAll(run, 'Users');
  if (!resources) return undefined;
  const rows: ImportRow[] = [];
  for (const resource of resources) {
    const scimId = idOf(resource);
    const userName = typeof resource.userName === 'string' ? resource.userName : '';
    const row = { scimId, name: userName };
    const state = run.getState();
    const linked = Object.values(state.appUsers).find((appUser) => appUser.scimId === scimId);
    if (linked) {
      rows.push({ ...row, outcome: 'already linked', matchId: linked.personId });
      continue;
    }
    // Okta does not import inactive users (§1.2 O-4).
    if (resource.active === false) {
      rows.push({ ...row, outcome: 'skipped: inactive' });
      continue;
    }
    const person = userName ? findPersonByLogin(state, userName) : undefined;
    if (!person || state.appUsers[person.id]?.scimId) {
      rows.push({ ...row, outcome: 'unmatched' });
      continue;
    }
    rows.push({ ...row, outcome: 'matched', matchId: person.id });
    if (confirmMatches) link(run, person.id, scimId);
  }
  const report = counted('users', rows, run.call.now());
  run.setState((state) => ({ ...state, lastImport: { ...state.lastImport, users: report } }));
  return report;
}

function link(run: ProvisioningRun, personId: string, scimId: string): void {
  let state = run.getState();
  if (!state.app.userAssignments.some((a) => a.personId === personId)) {
    state = assignUser(state, personId);
    run.setState(() => state);
  }
  const person = state.people[personId];
  if (!person) return;
  const { profile } = appUserProfileOf(state, buildDirectoryIndex(state), person, {
    creating: true,
    reapplyMappings: true,
  });
  updateAppUser(run, personId, { personId, scimId, active: true, status: 'provisioned', profile });
}

export async function importGroups(run: ProvisioningRun): Promise<ImportReport | undefined> {
  const resources = await readAll(run, 'Groups');
  if (!resources) return undefined;
  const appGroups: AppGroup[] = resources.map((resource) => ({
    scimId: idOf(resource),
    displayName: typeof resource.displayName === 'string' ? resource.displayName : '',
  }));
  const state = run.getState();
  const rows: ImportRow[] = appGroups.map((group) => {
    const match = findGroupByName(state, group.displayName);
    return {
      scimId: group.scimId,
      name: group.displayName,
      ...(match
        ? { outcome: 'matches Okta group' as const, matchId: match.id }
        : { outcome: 'app only' as const }),
    };
  });
  const report = counted('groups', rows, run.call.now());
  run.setState((s) => ({ ...s, appGroups, lastImport: { ...s.lastImport, groups: report } }));
  return report;
}
