/**
 * Engine actions the console adds, against the real server: suspending leaves the app account
 * alone (Okta sends nothing), deleting a suspended person deactivates it first, and an exported
 * scenario imported into a fresh org rebuilds its assignments and links the existing accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockIdp, type MockIdp } from '../src/engine/provisioning/mock-idp.ts';
import { exportScenario } from '../src/engine/scenario/export-scenario.ts';
import { importScenario } from '../src/engine/scenario/import-scenario.ts';
import { validateScenario } from '../src/engine/scenario/load-scenario.ts';
import { requestLine } from '../src/engine/scenario/request-lines.ts';
import { startEngineTestServer, type EngineTestServer } from './engine-test-server.ts';

let server: EngineTestServer;
beforeAll(async () => {
  server = await startEngineTestServer();
});
afterAll(() => server?.stop());

async function assignedPerson(idp: MockIdp, login: string): Promise<string> {
  const added = await idp.run({
    type: 'addPerson',
    person: { profile: { login, firstName: 'Test', lastName: 'Person', email: login } },
  });
  const personId = added.created?.personId ?? '';
  const assigned = await idp.run({ type: 'assignUser', personId });
  expect(assigned.ok, assigned.error).toBe(true);
  return personId;
}

describe('suspend', () => {
  it('sends nothing, keeps the account active, and a later mapping change still reaches it', async () => {
    const idp = createMockIdp({ state: server.state('okta-oin') });
    const personId = await assignedPerson(idp, 'suspended@example.com');
    const scimId = idp.getState().appUsers[personId]?.scimId ?? '';

    const suspended = await idp.run({ type: 'suspendPerson', personId });
    expect(suspended.requests).toEqual([]);
    expect((await server.scim(`/Users/${scimId}`)).body.active).toBe(true);

    const mapped = await idp.run({
      type: 'setMapping',
      variableName: 'workspace_prod',
      mapping: { expression: '"viewer"', apply: 'createAndUpdate' },
    });
    expect(mapped.requests.map(requestLine)).toEqual([
      `GET /Users/${scimId}`,
      `PUT /Users/${scimId}`,
    ]);
    expect((await server.scim(`/Users/${scimId}`)).body).toMatchObject({
      active: true,
      roles: [{ type: 'workspace_prod', value: 'viewer' }],
    });
  });

  it('deleting a suspended person deactivates the account first, as for an active one', async () => {
    const idp = createMockIdp({ state: server.state('okta-oin') });
    const personId = await assignedPerson(idp, 'suspended-deleted@example.com');
    const scimId = idp.getState().appUsers[personId]?.scimId ?? '';
    await idp.run({ type: 'suspendPerson', personId });

    const deleted = await idp.run({ type: 'deletePerson', personId });
    expect(deleted.requests.map(requestLine)).toEqual([`PATCH /Users/${scimId}`]);
    expect((await server.scim(`/Users/${scimId}`)).body.active).toBe(false);
  });
});

describe('importScenario', () => {
  it('rebuilds an exported org: assignments come back and link the accounts that exist', async () => {
    const original = createMockIdp({ state: server.state('okta-oin') });
    const personId = await assignedPerson(original, 'exported@example.com');
    const group = await original.run({
      type: 'addGroup',
      group: { name: 'Exported group', members: [personId] },
    });
    const groupId = group.created?.groupId ?? '';
    await original.run({ type: 'assignGroup', groupId, values: { workspace_dev: 'editor' } });
    const scimId = original.getState().appUsers[personId]?.scimId;

    const loaded = validateScenario(
      JSON.parse(JSON.stringify(exportScenario(original.getState()))),
      'unused',
    );
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const copy = createMockIdp({ state: server.state('entra') });
    const progress: number[] = [];
    const steps = await importScenario(copy, loaded.scenario, {
      connection: { baseUrl: server.baseUrl, auth: server.auth },
      onProgress: (p) => progress.push(p.done),
    });

    expect(steps).toEqual([
      { title: 'assign user exported@example.com', ok: true },
      { title: 'assign group Exported group', ok: true },
    ]);
    expect(progress).toEqual([0, 1, 2]);
    const state = copy.getState();
    expect(state.app.requestProfile).toBe('okta-oin');
    const [person] = Object.values(state.people);
    expect(state.appUsers[person?.id ?? '']).toMatchObject({ scimId, status: 'provisioned' });
    expect(state.app.groupAssignments).toEqual([
      { groupId: expect.any(String), values: { workspace_dev: 'editor' } },
    ]);
    expect((await server.scim(`/Users/${scimId}`)).body.roles).toEqual([
      { type: 'workspace_dev', value: 'editor' },
    ]);
  });
});
