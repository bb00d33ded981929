/**
 * The client's retry and clock logic with a scripted fetch: Okta's 429 rule takes minutes of
 * waiting (idp-wire-behavior §1.1), which a virtual clock replays instantly. Everything else the
 * client does is tested against the real server in test/.
 */
import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../clock.ts';
import { ProvisioningLog } from '../log/provisioning-log.ts';
import { authorizationHeader } from './authentication.ts';
import { OKTA_RATE_LIMIT, waitAfterTooManyRequests } from './rate-limit.ts';
import { ScimClient } from './scim-client.ts';

type Reply = { status: number; headers?: Record<string, string>; body?: string };

function scriptedFetch(replies: Reply[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    // The engine passes URLs as strings.
    calls.push({ url: input as string, init });
    const reply = replies[Math.min(calls.length - 1, replies.length - 1)] as Reply;
    return Promise.resolve(
      new Response(reply.body ?? null, { status: reply.status, headers: reply.headers }),
    );
  };
  return { fetch, calls };
}

function client(fetch: typeof globalThis.fetch, clock = createVirtualClock()) {
  const log = new ProvisioningLog();
  return {
    log,
    clock,
    client: new ScimClient({
      baseUrl: 'https://scim.example.com/scim/v2/acme/',
      auth: { type: 'bearer', token: 'secret-token' },
      fetch,
      clock,
      log,
      headers: {
        userAgent: 'Okta SCIM Client 1.0.0',
        accept: 'application/scim+json',
        contentType: 'application/json',
      },
      rateLimit: OKTA_RATE_LIMIT,
    }),
  };
}

const cause = { actionId: 7, action: 'assign user ada' };
const tooMany = (retryAfter?: string): Reply => ({
  status: 429,
  ...(retryAfter === undefined ? {} : { headers: { 'Retry-After': retryAfter } }),
});

describe('waitAfterTooManyRequests (Okta, §1.1)', () => {
  it('waits Retry-After seconds when it is an integer, else 5 minutes, then doubles', () => {
    expect(waitAfterTooManyRequests('7', undefined, OKTA_RATE_LIMIT)).toBe(7_000);
    expect(waitAfterTooManyRequests(' 0 ', undefined, OKTA_RATE_LIMIT)).toBe(0);
    expect(waitAfterTooManyRequests(null, undefined, OKTA_RATE_LIMIT)).toBe(300_000);
    expect(
      waitAfterTooManyRequests('Wed, 21 Oct 2026 07:28:00 GMT', undefined, OKTA_RATE_LIMIT),
    ).toBe(300_000);
    expect(waitAfterTooManyRequests('1.5', undefined, OKTA_RATE_LIMIT)).toBe(300_000);
    // A later Retry-After does not matter any more: the previous wait doubles.
    expect(waitAfterTooManyRequests('1', 7_000, OKTA_RATE_LIMIT)).toBe(14_000);
  });
});

describe('ScimClient', () => {
  it('sends the profile headers and logs the exchange with the token masked', async () => {
    const { fetch, calls } = scriptedFetch([
      {
        status: 201,
        headers: { 'Content-Type': 'application/scim+json', 'X-Request-Id': 'r1' },
        body: '{"id":"u1"}',
      },
    ]);
    const { client: scim, log } = client(fetch);

    const response = await scim.send(
      { method: 'POST', path: '/Users', body: { userName: 'ada' } },
      cause,
    );

    expect(calls[0]?.url).toBe('https://scim.example.com/scim/v2/acme/Users');
    expect(calls[0]?.init?.headers).toEqual({
      Authorization: 'Bearer secret-token',
      Accept: 'application/scim+json',
      'Content-Type': 'application/json',
      'User-Agent': 'Okta SCIM Client 1.0.0',
    });
    expect(calls[0]?.init?.body).toBe('{"userName":"ada"}');
    expect(response).toMatchObject({ status: 201, body: { id: 'u1' } });
    expect(log.entries()).toEqual([
      expect.objectContaining({
        id: 1,
        actionId: 7,
        action: 'assign user ada',
        origin: 'idp',
        method: 'POST',
        path: '/Users',
        query: '',
        requestHeaders: expect.objectContaining({ Authorization: 'Bearer ••••' }),
        requestBody: { userName: 'ada' },
        status: 201,
        responseHeaders: { 'content-type': 'application/scim+json', 'x-request-id': 'r1' },
        responseBody: { id: 'u1' },
        attempt: 1,
        startedAt: '2026-01-01T00:00:00.000Z',
      }),
    ]);
    expect(JSON.stringify(log.entries())).not.toContain('secret-token');
  });

  it("waits out 429s by Okta's rule and succeeds, logging every attempt", async () => {
    const { fetch, calls } = scriptedFetch([
      tooMany('3'),
      tooMany('1'),
      tooMany(),
      { status: 200, body: '{}' },
    ]);
    const { client: scim, log, clock } = client(fetch);

    const response = await scim.send({ method: 'GET', path: '/Users/u1' }, cause);

    expect(response.status).toBe(200);
    expect(calls).toHaveLength(4);
    expect(clock.sleeps).toEqual([3_000, 6_000, 12_000]);
    expect(log.entries().map((entry) => [entry.attempt, entry.status])).toEqual([
      [1, 429],
      [2, 429],
      [3, 429],
      [4, 200],
    ]);
    // The clock moved with the waits, so the log shows when each retry really went out.
    expect(log.entries()[3]?.startedAt).toBe('2026-01-01T00:00:21.000Z');
  });

  it('waits 5 minutes without an integer Retry-After and gives up after the 10th attempt', async () => {
    const { fetch, calls } = scriptedFetch([tooMany('Wed, 21 Oct 2026 07:28:00 GMT')]);
    const { client: scim, clock } = client(fetch);

    const response = await scim.send({ method: 'PATCH', path: '/Users/u1', body: {} }, cause);

    expect(calls).toHaveLength(10);
    expect(response).toMatchObject({ status: 429, gaveUp: true });
    expect(response.entry.attempt).toBe(10);
    expect(clock.sleeps).toEqual([
      300_000, 600_000, 1_200_000, 2_400_000, 4_800_000, 9_600_000, 19_200_000, 38_400_000,
      76_800_000,
    ]);
  });

  it('stops waiting when the action is cancelled', async () => {
    const { fetch, calls } = scriptedFetch([tooMany('60')]);
    const controller = new AbortController();
    const clock = createVirtualClock();
    const cancellingClock = {
      ...clock,
      sleep: (ms: number, signal?: AbortSignal) => {
        controller.abort();
        return clock.sleep(ms, signal);
      },
    };
    const { client: scim } = client(fetch, { ...cancellingClock, sleeps: clock.sleeps });

    await expect(
      scim.send({ method: 'GET', path: '/Users' }, { ...cause, signal: controller.signal }),
    ).rejects.toThrow(/aborted/);
    expect(calls).toHaveLength(1);
  });

  it('reports a network failure as a response without status', async () => {
    const failing: typeof fetch = () =>
      Promise.reject(new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') }));
    const { client: scim, log } = client(failing);

    const response = await scim.send(
      { method: 'GET', path: '/Users', query: 'startIndex=1&count=2' },
      cause,
    );

    expect(response).toMatchObject({ status: null, error: 'fetch failed (connect ECONNREFUSED)' });
    expect(log.entries()[0]).toMatchObject({ query: 'startIndex=1&count=2', status: null });
  });

  it('keeps a non-JSON body as text', async () => {
    const { fetch } = scriptedFetch([{ status: 502, body: '<html>Bad gateway</html>' }]);
    const { client: scim } = client(fetch);
    expect((await scim.send({ method: 'GET', path: '/Users' }, cause)).body).toBe(
      '<html>Bad gateway</html>',
    );
  });
});

describe('authorizationHeader', () => {
  it('writes Basic credentials as UTF-8 base64', () => {
    expect(authorizationHeader({ type: 'basic', username: 'okta', password: 'pässword' })).toBe(
      `Basic ${Buffer.from('okta:pässword', 'utf8').toString('base64')}`,
    );
    expect(authorizationHeader({ type: 'bearer', token: 't' })).toBe('Bearer t');
  });
});
