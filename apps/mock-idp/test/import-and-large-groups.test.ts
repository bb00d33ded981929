/**
 * Long operations against the real server: importing hundreds of users page by page with the
 * match outcome of each, pushing a group of hundreds in batches with progress, and cancelling
 * a push half-way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdpAction } from '../src/engine/provisioning/actions.ts';
import { createMockIdp, type MockIdp } from '../src/engine/provisioning/mock-idp.ts';
import type { Progress } from '../src/engine/provisioning/provisioning-run.ts';
import { requestLine } from '../src/engine/scenario/request-lines.ts';
import { startEngineTestServer, type EngineTestServer } from './engine-test-server.ts';

const IN_APP = 230;
const IN_OKTA = 220;
const login = (i: number) => `u${String(i).padStart(3, '0')}@bulk.example.com`;

let server: EngineTestServer;
let idp: MockIdp;
let personIds: string[];

beforeAll(async () => {
  server = await startEngineTestServer();
  // The app already has 230 accounts, the last one inactive; Okta knows the first 220 people.
  const bulk = await server.scim('/Bulk', {
    method: 'POST',
    body: {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
      Operations: Array.from({ length: IN_APP }, (_, i) => ({
        method: 'POST',
        path: '/Users',
        bulkId: `u${i}`,
        data: { userName: login(i), active: i !== IN_APP - 1 },
      })),
    },
  });
  expect(bulk.status).toBe(200);
  idp = createMockIdp({ state: server.state('okta-oin') });
  personIds = [];
  for (let i = 0; i < IN_OKTA; i++) {
    const added = await idp.run({
      type: 'addPerson',
      person: {
        profile: { login: login(i), firstName: 'User', lastName: String(i), email: login(i) },
      },
    });
    personIds.push(added.created?.personId ?? '');
  }
});
afterAll(() => server?.stop());

async function withProgress(action: IdpAction, signal?: AbortSignal) {
  const progress: Progress[] = [];
  const result = await idp.run(action, {
    onProgress: (p) => progress.push(p),
    ...(signal ? { signal } : {}),
  });
  return { result, progress };
}

describe('Import Users', () => {
  it('pages 100 at a time, matches by userName, skips inactive users, and links confirmed matches', async () => {
    const { result, progress } = await withProgress({ type: 'importUsers' });

    expect(result.requests.map(requestLine)).toEqual([
      'GET /Users?startIndex=1&count=100',
      'GET /Users?startIndex=101&count=100',
      'GET /Users?startIndex=201&count=100',
    ]);
    expect(progress).toEqual([
      { label: 'import users', done: 100, total: IN_APP },
      { label: 'import users', done: 200, total: IN_APP },
      { label: 'import users', done: IN_APP, total: IN_APP },
    ]);
    expect(result.importReport).toMatchObject({
      kind: 'users',
      scanned: IN_APP,
      counts: { matched: IN_OKTA, unmatched: IN_APP - IN_OKTA - 1, 'skipped: inactive': 1 },
    });
    expect(result.importReport?.rows.find((row) => row.name === login(0))).toMatchObject({
      outcome: 'matched',
      matchId: personIds[0],
    });
    const state = idp.getState();
    expect(
      Object.values(state.appUsers).filter((appUser) => appUser.status === 'provisioned'),
    ).toHaveLength(IN_OKTA);
    expect(state.app.userAssignments).toHaveLength(IN_OKTA);
    expect(state.lastImport.users?.scanned).toBe(IN_APP);

    const again = await idp.run({ type: 'importUsers' });
    expect(again.importReport?.counts).toMatchObject({ 'already linked': IN_OKTA });
  });
});

describe('pushing a large group', () => {
  it('sends members in batches of 100, each followed by the no-op rename, and reports progress', async () => {
    const groupId =
      (await idp.run({ type: 'addGroup', group: { name: 'All 220', members: personIds } })).created
        ?.groupId ?? '';

    const { result, progress } = await withProgress({ type: 'pushGroup', groupId, mode: 'create' });

    expect(result.ok).toBe(true);
    expect(result.requests.map((entry) => entry.method)).toEqual([
      'POST',
      'PATCH',
      'PATCH',
      'PATCH',
      'PATCH',
      'PATCH',
      'PATCH',
    ]);
    expect(progress.map((p) => p.done)).toEqual([0, 100, 200, 220, 220]);
    expect(
      progress.every((p) => p.total === IN_OKTA && p.label === 'push members of All 220'),
    ).toBe(true);
    const targetId = idp.getState().pushedGroups[groupId]?.targetId ?? '';
    const group = await server.scim(`/Groups/${targetId}`);
    expect(group.body.members).toHaveLength(IN_OKTA);
  });

  it('stops when cancelled, between requests, and Push Now completes it later', async () => {
    const controller = new AbortController();
    // A second console on the same org, whose first PATCH makes the admin press Cancel.
    let patches = 0;
    const cancelling = createMockIdp({
      state: idp.getState(),
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method === 'PATCH' && ++patches === 1) controller.abort();
        return response;
      },
    });
    const other =
      (await cancelling.run({ type: 'addGroup', group: { name: 'Half 220', members: personIds } }))
        .created?.groupId ?? '';
    const cancelled = await cancelling.run(
      { type: 'pushGroup', groupId: other, mode: 'create' },
      { signal: controller.signal },
    );

    expect(cancelled).toMatchObject({ ok: false, cancelled: true, error: 'Cancelled' });
    expect(cancelled.requests.map((entry) => entry.method)).toEqual(['POST', 'PATCH']);
    const pushed = cancelling.getState().pushedGroups[other];
    expect(pushed).toMatchObject({ status: 'active' });
    expect(pushed?.members).toBeUndefined();
    expect((await server.scim(`/Groups/${pushed?.targetId}`)).body.members).toHaveLength(100);

    const completed = await cancelling.run({ type: 'pushNow', groupId: other });
    expect(completed.requests.map((entry) => entry.method)).toEqual(['PATCH', 'PATCH']);
    expect((await server.scim(`/Groups/${pushed?.targetId}`)).body.members).toHaveLength(IN_OKTA);
  });
});

describe('Import Groups', () => {
  it('lists app groups with their match, and linking an imported group needs no lookup', async () => {
    await server.scim('/Groups', { method: 'POST', body: { displayName: 'Imported only' } });
    const okta =
      (
        await idp.run({
          type: 'addGroup',
          group: { name: 'Imported only', members: personIds.slice(0, 2) },
        })
      ).created?.groupId ?? '';

    const imported = await idp.run({ type: 'importGroups' });

    expect(imported.requests.map(requestLine)).toEqual(['GET /Groups?startIndex=1&count=100']);
    expect(imported.importReport?.rows.find((row) => row.name === 'Imported only')).toMatchObject({
      outcome: 'matches Okta group',
      matchId: okta,
    });
    expect(imported.importReport?.counts).toEqual({ 'matches Okta group': 2, 'app only': 1 });
    const linked = await idp.run({ type: 'pushGroup', groupId: okta, mode: 'link' });
    expect(linked.requests.map((entry) => entry.method)).toEqual(['PATCH', 'PATCH']);
  });
});
