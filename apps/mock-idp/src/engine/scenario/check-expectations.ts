/**
 * Judges one step: the action's outcome, the exact request sequence, provisioning statuses,
 * import counts and what the SCIM server returns afterwards. Each check carries the expected
 * and the actual outcome, for the report.
 */
import type { LoggedExchange } from '../log/provisioning-log.ts';
import type { IdpState } from '../model/state.ts';
import type { ActionResult } from '../provisioning/mock-idp.ts';
import type { KnownScimIds } from './placeholders.ts';
import { requestLine, requestLineMatches } from './request-lines.ts';
import type { ScenarioKeys } from './scenario-keys.ts';
import type { Expectation } from './scenario-schema.ts';
import { subsetMismatches } from './subset-match.ts';

export interface Check {
  what: string;
  ok: boolean;
  expected: string;
  actual: string;
  /** Differences, one per line, when a structure did not match. */
  details?: string[];
}

export interface ServerRead {
  status: number | null;
  body?: unknown;
}

export interface ExpectationContext {
  /** Undefined for `check` steps, which run no action. */
  result: ActionResult | undefined;
  state: IdpState;
  keys: ScenarioKeys;
  ids: KnownScimIds;
  read(resource: 'Users' | 'Groups', id: string): Promise<ServerRead>;
}

function statusMatches(expected: number | number[] | undefined, actual: number | null): boolean {
  if (expected === undefined) return true;
  return Array.isArray(expected)
    ? actual !== null && expected.includes(actual)
    : expected === actual;
}

function outcomeCheck(expect: Expectation | undefined, result: ActionResult): Check {
  const wantOk = expect?.error !== undefined ? false : (expect?.ok ?? true);
  const errorText = expect?.error;
  const ok =
    result.ok === wantOk && (errorText === undefined || (result.error ?? '').includes(errorText));
  return {
    what: 'outcome',
    ok,
    expected: wantOk ? 'succeeds' : `fails${errorText === undefined ? '' : ` with "${errorText}"`}`,
    actual: result.ok ? 'succeeded' : `failed: ${result.error ?? ''}`,
  };
}

function requestsCheck(
  expected: NonNullable<Expectation['requests']>,
  sent: LoggedExchange[],
  ids: KnownScimIds,
): Check {
  const details: string[] = [];
  const count = Math.max(expected.length, sent.length);
  for (let i = 0; i < count; i++) {
    const want = expected[i];
    const entry = sent[i];
    const line = want === undefined ? undefined : typeof want === 'string' ? want : want.request;
    if (line === undefined || entry === undefined) {
      details.push(
        `#${i + 1}: expected ${line ?? 'no request'}, sent ${entry ? ids.describe(requestLine(entry)) : 'nothing'}`,
      );
      continue;
    }
    const actualLine = requestLine(entry);
    if (!requestLineMatches(ids.resolve(line), actualLine)) {
      details.push(`#${i + 1}: expected ${line}, sent ${ids.describe(actualLine)}`);
      continue;
    }
    if (typeof want === 'string' || want === undefined) continue;
    if (!statusMatches(want.status, entry.status)) {
      details.push(
        `#${i + 1} ${line}: status ${entry.status ?? 'none'}, expected ${JSON.stringify(want.status)}`,
      );
    }
    if (want.body !== undefined) {
      for (const problem of subsetMismatches(ids.resolveDeep(want.body), entry.requestBody)) {
        details.push(`#${i + 1} ${line}: request body ${ids.describe(problem)}`);
      }
    }
    if (want.response !== undefined) {
      for (const problem of subsetMismatches(ids.resolveDeep(want.response), entry.responseBody)) {
        details.push(`#${i + 1} ${line}: response body ${ids.describe(problem)}`);
      }
    }
  }
  return {
    what: 'requests',
    ok: details.length === 0,
    expected: expected.map((want) => (typeof want === 'string' ? want : want.request)).join('\n'),
    actual: sent
      .map(
        (entry) =>
          `${ids.describe(requestLine(entry))} → ${entry.status ?? entry.error ?? 'no response'}`,
      )
      .join('\n'),
    ...(details.length > 0 ? { details } : {}),
  };
}

async function serverChecks(
  kind: 'Users' | 'Groups',
  expected: Record<string, unknown>,
  context: ExpectationContext,
): Promise<Check[]> {
  const checks: Check[] = [];
  for (const [key, want] of Object.entries(expected)) {
    const what = `server ${kind === 'Users' ? 'user' : 'group'} ${key}`;
    const id = (kind === 'Users' ? context.ids.users : context.ids.groups).get(key);
    if (!id) {
      checks.push({
        what,
        ok: false,
        expected: JSON.stringify(want),
        actual: 'no SCIM id known for it (never provisioned)',
      });
      continue;
    }
    const read = await context.read(kind, id);
    if (want === '$absent') {
      checks.push({
        what,
        ok: read.status === 404,
        expected: 'absent (404)',
        actual: `HTTP ${read.status ?? 'none'}`,
      });
      continue;
    }
    const details =
      read.status === 200
        ? subsetMismatches(context.ids.resolveDeep(want), read.body).map((d) =>
            context.ids.describe(d),
          )
        : [`GET answered HTTP ${read.status ?? 'none'}`];
    checks.push({
      what,
      ok: details.length === 0,
      expected: JSON.stringify(want),
      actual: context.ids.describe(JSON.stringify(read.body ?? null)),
      ...(details.length > 0 ? { details } : {}),
    });
  }
  return checks;
}

export async function checkExpectations(
  expect: Expectation | undefined,
  context: ExpectationContext,
): Promise<Check[]> {
  const { result, state, keys, ids } = context;
  const checks: Check[] = [];
  if (result) checks.push(outcomeCheck(expect, result));
  if (!expect) return checks;
  if (expect.requests && result) {
    checks.push(
      requestsCheck(
        expect.requests,
        result.requests.filter((e) => e.origin === 'idp'),
        ids,
      ),
    );
  }
  for (const [key, want] of Object.entries(expect.users ?? {})) {
    const appUser = state.appUsers[keys.people.get(key) ?? ''];
    const status = appUser?.status ?? 'not assigned';
    const wanted = typeof want === 'string' ? { status: want } : want;
    const error = appUser?.error?.detail ?? '';
    const ok =
      (wanted.status === undefined || wanted.status === status) &&
      (wanted.error === undefined || error.includes(wanted.error));
    checks.push({
      what: `user ${key}`,
      ok,
      expected: [wanted.status, wanted.error && `error "${wanted.error}"`]
        .filter(Boolean)
        .join(', '),
      actual: error ? `${status}, error "${error}"` : status,
    });
  }
  for (const [key, want] of Object.entries(expect.groups ?? {})) {
    const pushed = state.pushedGroups[keys.groups.get(key) ?? ''];
    const status = pushed?.status ?? 'not pushed';
    checks.push({
      what: `group ${key}`,
      ok: status === want,
      expected: want,
      actual: pushed?.error ? `${status}, error "${pushed.error.detail}"` : status,
    });
  }
  if (expect.import) {
    const report = result?.importReport;
    for (const [name, want] of Object.entries(expect.import)) {
      const actual = !report
        ? undefined
        : name === 'scanned'
          ? report.scanned
          : (report.counts[name] ?? 0);
      checks.push({
        what: `import ${name}`,
        ok: actual === want,
        expected: String(want),
        actual: String(actual ?? 'no import report'),
      });
    }
  }
  if (expect.response) {
    const response = result?.response;
    const details = [
      ...(statusMatches(expect.response.status, response?.status ?? null)
        ? []
        : [
            `status ${response?.status ?? 'none'}, expected ${JSON.stringify(expect.response.status)}`,
          ]),
      ...(expect.response.body === undefined
        ? []
        : subsetMismatches(ids.resolveDeep(expect.response.body), response?.body).map(
            (d) => `body ${d}`,
          )),
    ];
    checks.push({
      what: 'response',
      ok: details.length === 0,
      expected: JSON.stringify(expect.response),
      actual: `HTTP ${response?.status ?? 'none'} ${JSON.stringify(response?.body ?? null)}`,
      ...(details.length > 0 ? { details } : {}),
    });
  }
  checks.push(...(await serverChecks('Users', expect.server?.users ?? {}, context)));
  checks.push(...(await serverChecks('Groups', expect.server?.groups ?? {}, context)));
  return checks;
}
