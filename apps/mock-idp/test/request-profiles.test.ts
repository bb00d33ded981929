/**
 * The same timeline under each request profile, against the real server: the engine's log
 * must show each IdP's request sequence and shapes (idp-wire-behavior §7), the server's own
 * request log must show that exactly those requests arrived, and the server must end up in the
 * same state whichever IdP drove it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoggedExchange } from '../src/engine/log/provisioning-log.ts';
import type { RequestProfileName } from '../src/engine/profiles/profile-names.ts';
import type { IdpAction } from '../src/engine/provisioning/actions.ts';
import {
  createMockIdp,
  type ActionResult,
  type MockIdp,
} from '../src/engine/provisioning/mock-idp.ts';
import { requestLine } from '../src/engine/scenario/request-lines.ts';
import { startEngineTestServer, type EngineTestServer } from './engine-test-server.ts';

let server: EngineTestServer;
beforeAll(async () => {
  server = await startEngineTestServer();
});
afterAll(() => server?.stop());

interface Timeline {
  idp: MockIdp;
  results: Record<string, ActionResult>;
  ids: { ada: string; bob: string; group: string };
  logins: { ada: string; bob: string };
  groupName: string;
}

/** Assign, update, push a group, change members, Push Now, deactivate. */
async function runTimeline(profile: RequestProfileName): Promise<Timeline> {
  const tag = profile.replace('-', '');
  const idp = createMockIdp({ state: server.state(profile) });
  const run = async (action: IdpAction): Promise<ActionResult> => {
    const result = await idp.run(action);
    expect(result.error, result.label).toBeUndefined();
    return result;
  };
  const person = async (name: string) => {
    const login = `${name}.${tag}@example.com`;
    const added = await run({
      type: 'addPerson',
      person: { profile: { login, firstName: name, lastName: 'Test', email: login } },
    });
    return { id: added.created?.personId ?? '', login };
  };
  const ada = await person('ada');
  const bob = await person('bob');
  const groupName = `Platform ${tag}`;
  const group =
    (await run({ type: 'addGroup', group: { name: groupName, members: [ada.id] } })).created
      ?.groupId ?? '';
  const results: Record<string, ActionResult> = {};
  results.assign = await run({
    type: 'assignUser',
    personId: ada.id,
    values: { workspace_prod: 'editor' },
  });
  results.update = await run({
    type: 'updatePerson',
    personId: ada.id,
    profile: { firstName: 'Augusta' },
  });
  results.push = await run({ type: 'pushGroup', groupId: group, mode: 'create' });
  results.assignBob = await run({ type: 'assignUser', personId: bob.id });
  results.addBob = await run({ type: 'addToGroup', groupId: group, personIds: [bob.id] });
  results.removeAda = await run({ type: 'removeFromGroup', groupId: group, personIds: [ada.id] });
  results.pushNow = await run({ type: 'pushNow', groupId: group });
  results.deactivateBob = await run({ type: 'deactivatePerson', personId: bob.id });
  const state = idp.getState();
  return {
    idp,
    results,
    ids: {
      ada: state.appUsers[ada.id]?.scimId ?? '',
      bob: state.appUsers[bob.id]?.scimId ?? '',
      group: state.pushedGroups[group]?.targetId ?? '',
    },
    logins: { ada: ada.login, bob: bob.login },
    groupName,
  };
}

function lines(timeline: Timeline, step: string): string[] {
  const { ids } = timeline;
  return (timeline.results[step]?.requests ?? []).map((entry) =>
    requestLine(entry)
      .replaceAll(ids.ada, '{ada}')
      .replaceAll(ids.bob, '{bob}')
      .replaceAll(ids.group, '{group}'),
  );
}

const body = (timeline: Timeline, step: string, index: number) =>
  timeline.results[step]?.requests[index]?.requestBody;

async function expectArrivedAsSent(entries: readonly LoggedExchange[]): Promise<void> {
  for (const entry of entries) {
    const arrived = await server.arrived(entry);
    const url = new URL(entry.url);
    expect(arrived.method).toBe(entry.method);
    expect(arrived.path).toBe(url.pathname + url.search);
    expect(arrived.status).toBe(entry.status);
    // The server redacts passwords in its log; everything else must be what was sent.
    const sent = entry.requestBody as Record<string, unknown> | undefined;
    const expected = sent && 'password' in sent ? { ...sent, password: '[redacted]' } : sent;
    expect(arrived.requestBody).toEqual(expected);
  }
}

async function expectSameEndState(timeline: Timeline): Promise<void> {
  const ada = await server.scim(`/Users/${timeline.ids.ada}`);
  expect(ada.body).toMatchObject({
    userName: timeline.logins.ada,
    name: { givenName: 'Augusta', familyName: 'Test' },
    active: true,
    roles: [{ type: 'workspace_prod', value: 'editor' }],
  });
  expect((await server.scim(`/Users/${timeline.ids.bob}`)).body).toMatchObject({ active: false });
  const group = await server.scim(`/Groups/${timeline.ids.group}`);
  expect(group.body.displayName).toBe(timeline.groupName);
  // Bob was deactivated after Push Now and stays a member (the Okta symptom, §2).
  expect(group.body.members.map((member: { value: string }) => member.value)).toEqual([
    timeline.ids.bob,
  ]);
}

describe('okta-oin', () => {
  let timeline: Timeline;
  beforeAll(async () => {
    timeline = await runTimeline('okta-oin');
  });

  it('sends the OIN sequence: lookup+POST, GET+PUT, membership PATCH + no-op rename, path-less deactivation', () => {
    const { ada, bob } = timeline.logins;
    expect(lines(timeline, 'assign')).toEqual([
      `GET /Users?filter=userName eq "${ada}"&startIndex=1&count=100`,
      'POST /Users',
    ]);
    expect(lines(timeline, 'update')).toEqual(['GET /Users/{ada}', 'PUT /Users/{ada}']);
    expect(lines(timeline, 'push')).toEqual([
      'POST /Groups',
      'PATCH /Groups/{group}',
      'PATCH /Groups/{group}',
    ]);
    expect(lines(timeline, 'assignBob')).toEqual([
      `GET /Users?filter=userName eq "${bob}"&startIndex=1&count=100`,
      'POST /Users',
    ]);
    expect(lines(timeline, 'addBob')).toEqual(['PATCH /Groups/{group}', 'PATCH /Groups/{group}']);
    expect(lines(timeline, 'removeAda')).toEqual([
      'PATCH /Groups/{group}',
      'PATCH /Groups/{group}',
    ]);
    expect(lines(timeline, 'pushNow')).toEqual(['PATCH /Groups/{group}', 'PATCH /Groups/{group}']);
    expect(lines(timeline, 'deactivateBob')).toEqual(['PATCH /Users/{bob}']);
  });

  it('has the documented bodies (O-3, O-6, O-7, O-13, O-14)', () => {
    const { ids } = timeline;
    expect(body(timeline, 'assign', 1)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: timeline.logins.ada,
      name: { givenName: 'ada', familyName: 'Test' },
      emails: [{ type: 'work', primary: true, value: timeline.logins.ada }],
      roles: [{ type: 'workspace_prod', value: 'editor' }],
      externalId: expect.stringMatching(/^00u\w{17}$/),
      groups: [],
      password: expect.stringMatching(/^\w{8}$/),
      active: true,
    });
    // The PUT echoes what GET returned, id and meta included, with the change laid over it.
    expect(body(timeline, 'update', 1)).toMatchObject({
      id: ids.ada,
      meta: { resourceType: 'User' },
      name: { givenName: 'Augusta' },
      active: true,
    });
    const patch = (...Operations: unknown[]) => ({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations,
    });
    const rename = patch({
      op: 'replace',
      value: { id: ids.group, displayName: timeline.groupName },
    });
    expect(body(timeline, 'push', 1)).toEqual(
      patch({
        op: 'add',
        path: 'members',
        value: [{ value: ids.ada, display: timeline.logins.ada }],
      }),
    );
    expect(body(timeline, 'push', 2)).toEqual(rename);
    expect(body(timeline, 'removeAda', 0)).toEqual(
      patch({ op: 'remove', path: `members[value eq "${ids.ada}"]` }),
    );
    expect(body(timeline, 'removeAda', 1)).toEqual(rename);
    expect(body(timeline, 'pushNow', 0)).toEqual(
      patch({
        op: 'replace',
        path: 'members',
        value: [{ value: ids.bob, display: timeline.logins.bob }],
      }),
    );
    expect(body(timeline, 'deactivateBob', 0)).toEqual(
      patch({ op: 'replace', value: { active: false } }),
    );
  });

  it('sends Okta headers', () => {
    const entry = timeline.results.assign?.requests[1];
    expect(entry?.requestHeaders).toEqual({
      Authorization: 'Bearer ••••',
      Accept: 'application/scim+json',
      'Content-Type': 'application/json',
      'User-Agent': 'Okta SCIM Client 1.0.0',
    });
  });

  it('arrived at the server exactly as logged', () =>
    expectArrivedAsSent(timeline.idp.log.entries()));
  it('leaves the server in the expected state', () => expectSameEndState(timeline));
});

describe('okta-aiw', () => {
  let timeline: Timeline;
  beforeAll(async () => {
    timeline = await runTimeline('okta-aiw');
  });

  it('PUTs for everything: users after a GET, groups whole (O-6, O-15)', () => {
    expect(lines(timeline, 'update')).toEqual(['GET /Users/{ada}', 'PUT /Users/{ada}']);
    expect(lines(timeline, 'push')).toEqual(['POST /Groups', 'PUT /Groups/{group}']);
    expect(lines(timeline, 'addBob')).toEqual(['PUT /Groups/{group}']);
    expect(lines(timeline, 'removeAda')).toEqual(['PUT /Groups/{group}']);
    expect(lines(timeline, 'pushNow')).toEqual(['PUT /Groups/{group}']);
    expect(lines(timeline, 'deactivateBob')).toEqual(['GET /Users/{bob}', 'PUT /Users/{bob}']);
    expect(body(timeline, 'removeAda', 0)).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'],
      displayName: timeline.groupName,
      members: [{ value: timeline.ids.bob, display: timeline.logins.bob }],
    });
    expect(body(timeline, 'deactivateBob', 1)).toMatchObject({
      id: timeline.ids.bob,
      active: false,
    });
  });

  it('arrived at the server exactly as logged', () =>
    expectArrivedAsSent(timeline.idp.log.entries()));
  it('leaves the server in the expected state', () => expectSameEndState(timeline));
});

describe.each([
  ['entra', false],
  ['entra-flag', true],
] as const)('%s', (profile, flag) => {
  let timeline: Timeline;
  beforeAll(async () => {
    timeline = await runTimeline(profile);
  });

  it('matches with + for spaces, reads groups without members, PATCHes everything else (E-1..E-17)', () => {
    expect(lines(timeline, 'assign')).toEqual([
      `GET /Users?filter=userName+eq+"${timeline.logins.ada}"`,
      'POST /Users',
    ]);
    expect(lines(timeline, 'update')).toEqual(['GET /Users/{ada}', 'PATCH /Users/{ada}']);
    expect(lines(timeline, 'push')).toEqual([
      `GET /Groups?excludedAttributes=members&filter=displayName+eq+"${timeline.groupName.replace(' ', '+')}"`,
      'POST /Groups',
      'PATCH /Groups/{group}',
    ]);
    expect(lines(timeline, 'addBob')).toEqual(['PATCH /Groups/{group}']);
    expect(lines(timeline, 'removeAda')).toEqual(['PATCH /Groups/{group}']);
    expect(lines(timeline, 'pushNow')).toEqual(['PATCH /Groups/{group}']);
    expect(lines(timeline, 'deactivateBob')).toEqual(['PATCH /Users/{bob}']);
  });

  it(flag ? 'uses the compliant forms of the flag' : "uses the default job's shapes", () => {
    const { ids } = timeline;
    const operations = (step: string, index: number) =>
      (body(timeline, step, index) as { Operations: unknown[] }).Operations;
    expect(body(timeline, 'assign', 1)).toMatchObject({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:User',
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
      ],
      meta: { resourceType: 'User' },
      active: true,
    });
    expect(body(timeline, 'push', 1)).toMatchObject({
      schemas: [
        'urn:ietf:params:scim:schemas:core:2.0:Group',
        'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group',
      ],
    });
    expect(operations('push', 2)).toEqual([
      { op: flag ? 'add' : 'Add', path: 'members', value: [{ $ref: null, value: ids.ada }] },
    ]);
    if (flag) {
      expect(operations('update', 1)).toEqual([
        { op: 'replace', value: { 'name.givenName': 'Augusta' } },
      ]);
      expect(operations('removeAda', 0)).toEqual([
        { op: 'remove', path: `members[value eq "${ids.ada}"]` },
      ]);
      expect(operations('deactivateBob', 0)).toEqual([
        { op: 'replace', path: 'active', value: false },
      ]);
    } else {
      expect(operations('update', 1)).toEqual([
        { op: 'Replace', path: 'name.givenName', value: 'Augusta' },
      ]);
      expect(operations('removeAda', 0)).toEqual([
        { op: 'Remove', path: 'members', value: [{ value: ids.ada }] },
      ]);
      expect(operations('deactivateBob', 0)).toEqual([
        { op: 'Replace', path: 'active', value: 'False' },
      ]);
    }
  });

  it('arrived at the server exactly as logged', () =>
    expectArrivedAsSent(timeline.idp.log.entries()));
  it('leaves the server in the expected state', () => expectSameEndState(timeline));
});
