/**
 * Okta's 429 handling against a real server that throttles (idp-wire-behavior §1.1): wait
 * Retry-After seconds, retry the same request, and carry on. The clock is the real one,
 * wrapped to record how long the engine chose to wait.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock, type Clock } from '../src/engine/clock.ts';
import { createMockIdp } from '../src/engine/provisioning/mock-idp.ts';
import { startEngineTestServer, type EngineTestServer } from './engine-test-server.ts';

let server: EngineTestServer;
beforeAll(async () => {
  // Two requests a second with a burst of four.
  server = await startEngineTestServer({ SCIM_RATE_LIMIT_PER_SECOND: '2' });
});
afterAll(() => server?.stop());

describe('a throttling server', () => {
  it('gets the same request again after Retry-After seconds, and the action succeeds', async () => {
    const sleeps: number[] = [];
    const clock: Clock = {
      now: () => systemClock.now(),
      sleep: (ms, signal) => {
        sleeps.push(ms);
        return systemClock.sleep(ms, signal);
      },
    };
    const idp = createMockIdp({ state: server.state('okta-oin'), clock });
    const people: string[] = [];
    for (const name of ['ada', 'bob', 'cy']) {
      const login = `${name}@throttled.example.com`;
      const added = await idp.run({
        type: 'addPerson',
        person: { profile: { login, firstName: name, lastName: 'T', email: login } },
      });
      people.push(added.created?.personId ?? '');
    }

    const results = [];
    for (const personId of people) results.push(await idp.run({ type: 'assignUser', personId }));

    expect(results.every((result) => result.ok)).toBe(true);
    const log = idp.log.entries();
    const throttled = log.filter((entry) => entry.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    for (const entry of throttled) {
      expect(entry.responseHeaders['retry-after']).toMatch(/^\d+$/);
      const retry = log.find(
        (later) => later.id > entry.id && later.url === entry.url && later.method === entry.method,
      );
      expect(retry?.attempt).toBe(entry.attempt + 1);
    }
    // The first wait is Retry-After (an integer number of seconds), not Okta's 5-minute default.
    expect(sleeps[0]).toBe(Number(throttled[0]?.responseHeaders['retry-after']) * 1000);
    expect(Object.values(idp.getState().appUsers).map((appUser) => appUser.status)).toEqual([
      'provisioned',
      'provisioned',
      'provisioned',
    ]);
  });
});
