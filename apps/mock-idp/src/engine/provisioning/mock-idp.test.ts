/**
 * The engine's contract with a UI, for actions that send nothing: refused actions come back
 * as results (never thrown), state is immutable, observable and plain JSON. Provisioning itself
 * is tested against the real server in test/.
 */
import { describe, expect, it } from 'vitest';
import { createState } from '../model/new-state.ts';
import type { IdpState } from '../model/state.ts';
import { createMockIdp } from './mock-idp.ts';

const noNetwork: typeof fetch = () => Promise.reject(new Error('this test sends nothing'));

function idp() {
  return createMockIdp({
    state: createState({
      baseUrl: 'http://scim.test/scim/v2/acme',
      auth: { type: 'bearer', token: 't' },
      idSeed: 'unit0',
    }),
    fetch: noNetwork,
  });
}

const ada = {
  login: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
};

describe('MockIdp without provisioning', () => {
  it('creates people and groups with Okta-style ids and sends nothing for unassigned people', async () => {
    const engine = idp();
    const person = await engine.run({ type: 'addPerson', person: { profile: ada } });
    const group = await engine.run({
      type: 'addGroup',
      group: { name: 'Engineering', members: [person.created?.personId ?? ''] },
    });
    expect(person).toMatchObject({
      ok: true,
      requests: [],
      problems: [],
      label: 'add person ada@example.com',
    });
    expect(person.created?.personId).toBe('00uunit0000000000001');
    expect(group.created?.groupId).toBe('00gunit0000000000002');
    expect(engine.log.entries()).toEqual([]);
  });

  it('returns refusals as results with the reason, and the column for expressions', async () => {
    const engine = idp();
    await engine.run({ type: 'addPerson', person: { profile: ada } });
    expect(await engine.run({ type: 'addPerson', person: { profile: ada } })).toMatchObject({
      ok: false,
      error: 'Another person already has the login ada@example.com',
    });
    expect(await engine.run({ type: 'assignUser', personId: '00unope' })).toMatchObject({
      ok: false,
      error: 'No person with id 00unope',
    });
    const mapping = await engine.run({
      type: 'setMapping',
      variableName: 'displayName',
      mapping: { expression: 'user.firstName +', apply: 'createAndUpdate' },
    });
    expect(mapping).toMatchObject({ ok: false, column: 17 });
    expect(mapping.error).toMatch(/^Mapping of displayName: .* at column 17$/);
  });

  it('never changes a state object: every change is a new one, announced to subscribers', async () => {
    const engine = idp();
    const seen: IdpState[] = [];
    const unsubscribe = engine.subscribe((state) => seen.push(state));
    const before = engine.getState();
    const frozen = structuredClone(before);
    await engine.run({ type: 'addPerson', person: { profile: ada } });
    await engine.run({ type: 'setSwitches', switches: { syncPassword: true } });
    unsubscribe();
    await engine.run({ type: 'setSwitches', switches: { syncPassword: false } });
    expect(before).toEqual(frozen);
    expect(seen).toHaveLength(2);
    expect(seen[1]).not.toBe(seen[0]);
    expect(seen[1]?.app.switches.syncPassword).toBe(true);
  });

  it('keeps state as plain JSON that loads back', async () => {
    const engine = idp();
    await engine.run({ type: 'addPerson', person: { profile: { ...ada, department: 'R&D' } } });
    const copy = JSON.parse(JSON.stringify(engine.getState())) as IdpState;
    expect(copy).toEqual(engine.getState());
    const reloaded = idp();
    reloaded.replaceState(copy);
    const next = await reloaded.run({
      type: 'addPerson',
      person: { profile: { ...ada, login: 'grace@example.com', email: 'grace@example.com' } },
    });
    expect(next.created?.personId).toBe('00uunit0000000000002');
  });

  it('runs actions one after another, in the order they were asked for', async () => {
    const engine = idp();
    const [first, second] = await Promise.all([
      engine.run({ type: 'addPerson', person: { profile: ada } }),
      engine.run({ type: 'addPerson', person: { profile: ada } }),
    ]);
    expect(first.ok).toBe(true);
    expect(second.ok).toBe(false);
    expect(second.actionId).toBe(first.actionId + 1);
  });

  it('adds many people in one action, refusing the whole list when one login clashes', async () => {
    const engine = idp();
    const people = ['grace', 'linus', 'barbara'].map((name) => ({
      profile: { ...ada, login: `${name}@example.com`, email: `${name}@example.com` },
    }));
    const added = await engine.run({ type: 'addPeople', people });
    expect(added).toMatchObject({ ok: true, label: 'add 3 people', requests: [] });
    expect(added.created?.personIds).toHaveLength(3);
    const logins = Object.values(engine.getState().people).map((p) => p.profile.login);
    expect(logins).toEqual(['grace@example.com', 'linus@example.com', 'barbara@example.com']);

    const clash = await engine.run({
      type: 'addPeople',
      people: [{ profile: ada }, { profile: { ...ada, login: 'LINUS@example.com' } }],
    });
    expect(clash).toMatchObject({
      ok: false,
      error: 'Another person already has the login LINUS@example.com',
    });
    expect(Object.keys(engine.getState().people)).toHaveLength(3);
  });

  it('suspends and unsuspends a person without sending anything, only from the right status', async () => {
    const engine = idp();
    const { created } = await engine.run({ type: 'addPerson', person: { profile: ada } });
    const personId = created?.personId ?? '';
    const suspended = await engine.run({ type: 'suspendPerson', personId });
    expect(suspended).toMatchObject({
      ok: true,
      requests: [],
      label: 'suspend person ada@example.com',
    });
    expect(engine.getState().people[personId]?.status).toBe('SUSPENDED');
    expect(await engine.run({ type: 'suspendPerson', personId })).toMatchObject({
      ok: false,
      error: 'ada@example.com is suspended, not active',
    });
    expect(await engine.run({ type: 'unsuspendPerson', personId })).toMatchObject({ ok: true });
    expect(engine.getState().people[personId]?.status).toBe('ACTIVE');
    expect(await engine.run({ type: 'unsuspendPerson', personId })).toMatchObject({
      ok: false,
      error: 'ada@example.com is active, not suspended',
    });
    expect(engine.log.entries()).toEqual([]);
  });
});
