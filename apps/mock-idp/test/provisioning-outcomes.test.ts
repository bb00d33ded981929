/**
 * Okta's conflict handling, provisioning statuses and credentials against the real server:
 * a user created between lookup and POST (409, then link), a group name that already exists
 * (409, then link), a mapping that fails for one person, Create Users off, Basic auth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IdpAction } from '../src/engine/provisioning/actions.ts';
import { createMockIdp, type MockIdp } from '../src/engine/provisioning/mock-idp.ts';
import { requestLine } from '../src/engine/scenario/request-lines.ts';
import { startEngineTestServer, TENANT, type EngineTestServer } from './engine-test-server.ts';

let server: EngineTestServer;
beforeAll(async () => {
  server = await startEngineTestServer();
});
afterAll(() => server?.stop());

async function addPerson(idp: MockIdp, login: string): Promise<string> {
  const result = await idp.run({
    type: 'addPerson',
    person: { profile: { login, firstName: 'Test', lastName: 'Person', email: login } },
  });
  return result.created?.personId ?? '';
}

const linesOf = (
  requests: { method: string; path: string; query: string; status: number | null }[],
) => requests.map((entry) => `${requestLine(entry)} → ${entry.status}`);

describe('conflicts', () => {
  it('a user created between the lookup and the POST is found again and linked (409)', async () => {
    const login = 'race@example.com';
    // Another client creates the user just after Okta's lookup came back empty.
    let raced = false;
    const racingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!raced && (input as string).includes('/Users?filter=')) {
        raced = true;
        await server.scim('/Users', { method: 'POST', body: { userName: login } });
      }
      return response;
    };
    const idp = createMockIdp({ state: server.state('okta-oin'), fetch: racingFetch });
    const personId = await addPerson(idp, login);

    const result = await idp.run({ type: 'assignUser', personId });

    expect(result.ok).toBe(true);
    const scimId = idp.getState().appUsers[personId]?.scimId ?? '';
    expect(linesOf(result.requests).map((line) => line.replace(scimId, '{id}'))).toEqual([
      `GET /Users?filter=userName eq "${login}"&startIndex=1&count=100 → 200`,
      'POST /Users → 409',
      `GET /Users?filter=userName eq "${login}"&startIndex=1&count=100 → 200`,
      'GET /Users/{id} → 200',
      'PUT /Users/{id} → 200',
    ]);
    expect(idp.getState().appUsers[personId]).toMatchObject({
      status: 'provisioned',
      active: true,
    });
    expect((await server.scim(`/Users/${scimId}`)).body).toMatchObject({
      name: { givenName: 'Test' },
    });
  });

  it('pushing a group whose name exists fails with the SCIM detail; linking it then works', async () => {
    const existing = await server.scim('/Groups', {
      method: 'POST',
      body: { displayName: 'Existing team' },
    });
    const idp = createMockIdp({ state: server.state('okta-oin') });
    const personId = await addPerson(idp, 'member@example.com');
    await idp.run({ type: 'assignUser', personId });
    const groupId =
      (await idp.run({ type: 'addGroup', group: { name: 'Existing team', members: [personId] } }))
        .created?.groupId ?? '';

    const created = await idp.run({ type: 'pushGroup', groupId, mode: 'create' });

    expect(created.ok).toBe(false);
    expect(created.error).toMatch(/^Existing team: HTTP 409 uniqueness: .*link it instead\)$/);
    expect(idp.getState().pushedGroups[groupId]).toMatchObject({
      status: 'error',
      error: { status: 409, scimType: 'uniqueness' },
    });

    const linked = await idp.run({ type: 'pushGroup', groupId, mode: 'link' });

    expect(linked.ok).toBe(true);
    expect(linesOf(linked.requests).map((line) => line.replace(existing.body.id, '{id}'))).toEqual([
      'GET /Groups?filter=displayName eq "Existing team"&startIndex=1&count=100 → 200',
      'PATCH /Groups/{id} → 200',
      'PATCH /Groups/{id} → 200',
    ]);
    expect(idp.getState().pushedGroups[groupId]).toMatchObject({
      status: 'active',
      targetId: existing.body.id,
      mode: 'link',
    });
  });
});

describe('provisioning statuses', () => {
  it('a mapping that fails for one person marks that app user as an error, with the column, and sends nothing', async () => {
    const idp = createMockIdp({ state: server.state('okta-oin') });
    const personId = await addPerson(idp, 'nickless@example.com');
    await idp.run({
      type: 'setMapping',
      variableName: 'displayName',
      mapping: { expression: 'user.nickName + user.title', apply: 'createAndUpdate' },
    });

    const result = await idp.run({ type: 'assignUser', personId });

    expect(result.requests).toEqual([]);
    expect(result.error).toMatch(
      /^nickless@example\.com: Mapping of displayName \(user\.nickName \+ user\.title\): .* at column 15$/,
    );
    expect(idp.getState().appUsers[personId]).toMatchObject({
      status: 'error',
      error: { status: null },
    });
  });

  it('Create Users off leaves the assignment pending; Provision User creates it later', async () => {
    const idp = createMockIdp({ state: server.state('okta-oin') });
    await idp.run({ type: 'setSwitches', switches: { createUsers: false } });
    const personId = await addPerson(idp, 'later@example.com');

    const assigned = await idp.run({ type: 'assignUser', personId });
    expect(assigned.requests).toEqual([]);
    expect(idp.getState().appUsers[personId]).toMatchObject({
      status: 'pending',
      error: { detail: 'Create Users is off: assigned but not created in the app' },
    });

    await idp.run({ type: 'setSwitches', switches: { createUsers: true } });
    const provisioned = await idp.run({ type: 'provisionUser', personId });
    expect(provisioned.requests.map((entry) => entry.method)).toEqual(['GET', 'POST']);
    expect(idp.getState().appUsers[personId]).toMatchObject({
      status: 'provisioned',
      active: true,
    });
    expect(idp.getState().appUsers[personId]).not.toHaveProperty('error');
  });

  it("an unknown id on update is an error status with the server's 404 detail", async () => {
    const idp = createMockIdp({ state: server.state('okta-oin') });
    const personId = await addPerson(idp, 'vanishing@example.com');
    await idp.run({ type: 'assignUser', personId });
    const scimId = idp.getState().appUsers[personId]?.scimId ?? '';
    expect((await server.scim(`/Users/${scimId}`, { method: 'DELETE' })).status).toBe(204);

    const result = await idp.run({ type: 'updatePerson', personId, profile: { lastName: 'Gone' } });

    expect(result.ok).toBe(false);
    expect(idp.getState().appUsers[personId]).toMatchObject({
      status: 'error',
      error: { status: 404, detail: expect.any(String), exchangeId: result.requests[0]?.id },
    });
  });

  it('Sync Password sends the password as a path-less PATCH (O-9); Entra never sends one', async () => {
    for (const [profile, expected] of [
      ['okta-oin', ['PATCH']],
      ['entra', []],
    ] as const) {
      const idp = createMockIdp({ state: server.state(profile) });
      await idp.run({ type: 'setSwitches', switches: { syncPassword: true } });
      const personId = await addPerson(idp, `password.${profile}@example.com`);
      await idp.run({ type: 'assignUser', personId });
      const changed = await idp.run({ type: 'setPassword', personId, password: 'N3w-Passw0rd!' });
      expect(
        changed.requests.map((entry) => entry.method),
        profile,
      ).toEqual(expected);
      if (profile === 'okta-oin') {
        expect(changed.requests[0]?.requestBody).toEqual({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
          Operations: [{ op: 'replace', value: { password: 'N3w-Passw0rd!' } }],
        });
      }
    }
  });
});

describe('credentials', () => {
  it("Test Connection with HTTP Basic sends Okta's two requests and succeeds", async () => {
    const created = await server.admin(`/tenants/${TENANT}/basic-credentials`, {
      method: 'POST',
      body: { username: 'okta-basic', password: 'Correct-Horse-Battery-9' },
    });
    expect(created.status).toBeLessThan(300);
    const state = server.state('okta-oin');
    const idp = createMockIdp({
      state: {
        ...state,
        app: {
          ...state.app,
          connection: {
            ...state.app.connection,
            auth: { type: 'basic', username: 'okta-basic', password: 'Correct-Horse-Battery-9' },
          },
        },
      },
    });
    const result = await idp.run({ type: 'testConnection' });
    expect(result.ok).toBe(true);
    expect(linesOf(result.requests)).toEqual([
      'GET /Users?startIndex=1&count=2 → 200',
      'GET /Groups?startIndex=1&count=100 → 200',
    ]);
    expect(result.requests[0]?.requestHeaders.Authorization).toBe('Basic ••••');
  });

  it("a wrong token fails Test Connection with the server's 401 detail", async () => {
    const state = server.state('entra');
    const wrong = {
      ...state,
      app: {
        ...state.app,
        connection: {
          ...state.app.connection,
          auth: { type: 'bearer' as const, token: 'wrong-token-123' },
        },
      },
    };
    const result = await createMockIdp({ state: wrong }).run({
      type: 'testConnection',
    } satisfies IdpAction);
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/^test connection: HTTP 401 /);
  });
});
