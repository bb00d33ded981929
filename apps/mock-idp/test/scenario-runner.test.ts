/**
 * The scenario runner end to end against the real server: every shipped scenario passes (and
 * again on a second run), a wrong expectation is reported with expected and actual, cleanup
 * removes what a run provisioned, and `pnpm idp` works as a command.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenarioText, validateScenario } from '../src/engine/scenario/load-scenario.ts';
import { runScenario, type ScenarioReport } from '../src/engine/scenario/run-scenario.ts';
import type { Scenario } from '../src/engine/scenario/scenario-schema.ts';
import { startEngineTestServer, type EngineTestServer } from './engine-test-server.ts';

const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
const SHIPPED = [
  'okta-spec',
  'okta-crud',
  'okta-push-groups-roles',
  'entra',
  'entra-flag',
  'okta-aiw',
];
const run = promisify(execFile);

let server: EngineTestServer;
let scratch: string;
beforeAll(async () => {
  server = await startEngineTestServer();
  scratch = await mkdtemp(join(tmpdir(), 'mock-idp-scenarios-'));
});
afterAll(async () => {
  await server?.stop();
  await rm(scratch, { recursive: true, force: true });
});

async function shipped(name: string, runId: string): Promise<Scenario> {
  const loaded = parseScenarioText(
    await readFile(join(APP_DIR, 'scenarios', `${name}.json`), 'utf8'),
    runId,
  );
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.scenario;
}

function failures(report: ScenarioReport): string[] {
  return report.steps.flatMap((step) =>
    step.checks
      .filter((check) => !check.ok)
      .map(
        (check) =>
          `step ${step.number} ${step.title}: ${check.what}: expected ${check.expected}, actual ${check.actual} ${(check.details ?? []).join('; ')}`,
      ),
  );
}

describe('shipped scenarios', () => {
  it.each(SHIPPED)('%s passes against this server', async (name) => {
    const report = await runScenario(await shipped(name, `a${name.length}`), {
      baseUrl: server.baseUrl,
      auth: server.auth,
    });
    expect(failures(report)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.skipped).toBe(0);
  });

  it('pass again on a second run against the same server (new run id)', async () => {
    for (const name of ['okta-crud', 'okta-push-groups-roles', 'entra']) {
      const report = await runScenario(await shipped(name, `again${name.length}`), {
        baseUrl: server.baseUrl,
        auth: server.auth,
      });
      expect(failures(report), name).toEqual([]);
    }
  });
});

describe('reports', () => {
  const scenario = (steps: unknown[]): Scenario => {
    const loaded = validateScenario(
      {
        name: 'report test',
        directory: {
          people: [
            {
              key: 'ada',
              login: 'ada.report@example.com',
              firstName: 'Ada',
              lastName: 'L',
              email: 'ada.report@example.com',
            },
          ],
        },
        steps,
      },
      'r',
    );
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    return loaded.scenario;
  };

  it('shows expected and actual for each failed check, and --bail stops after it', async () => {
    const report = await runScenario(
      scenario([
        {
          do: 'assign user',
          user: 'ada',
          expect: {
            requests: ['POST /Users'],
            users: { ada: 'deactivated' },
            server: { users: { ada: { name: { givenName: 'Augusta' } } } },
          },
        },
        { do: 'unassign user', user: 'ada' },
      ]),
      { baseUrl: server.baseUrl, auth: server.auth, bail: true },
    );

    expect(report.ok).toBe(false);
    expect(report.skipped).toBe(1);
    const [step] = report.steps;
    expect(step?.checks).toEqual([
      { what: 'outcome', ok: true, expected: 'succeeds', actual: 'succeeded' },
      {
        what: 'requests',
        ok: false,
        expected: 'POST /Users',
        actual:
          'GET /Users?filter=userName eq "ada.report@example.com"&startIndex=1&count=100 → 200\nPOST /Users → 201',
        details: [
          '#1: expected POST /Users, sent GET /Users?filter=userName eq "ada.report@example.com"&startIndex=1&count=100',
          '#2: expected no request, sent POST /Users',
        ],
      },
      { what: 'user ada', ok: false, expected: 'deactivated', actual: 'provisioned' },
      expect.objectContaining({
        what: 'server user ada',
        ok: false,
        details: ['name.givenName is "Ada", expected "Augusta"'],
      }),
    ]);
    // The runner's own read is in the log, marked as its own.
    expect(
      report.log.filter((entry) => entry.origin === 'runner').map((entry) => entry.method),
    ).toEqual(['GET']);
  });

  it('an expected failure passes when the action fails with that text', async () => {
    const report = await runScenario(
      scenario([
        { do: 'assign user', user: 'ada' },
        {
          do: 'request',
          method: 'POST',
          path: '/Users',
          body: { userName: 'ada.report@example.com' },
          expect: { response: { status: 409 } },
        },
        {
          do: 'add person',
          person: {
            key: 'twin',
            login: 'ADA.report@example.com',
            firstName: 'A',
            lastName: 'L',
            email: 'a@example.com',
          },
          expect: { error: 'already has the login', requests: [] },
        },
      ]),
      { baseUrl: server.baseUrl, auth: server.auth },
    );
    expect(failures(report)).toEqual([]);
  });

  it('--cleanup deletes the users and groups the run provisioned', async () => {
    const report = await runScenario(await shipped('okta-aiw', 'cleanup'), {
      baseUrl: server.baseUrl,
      auth: server.auth,
      cleanup: true,
    });
    expect(report.ok).toBe(true);
    expect(report.cleanup?.map((entry) => [entry.method, entry.status])).toEqual([
      ['DELETE', 204],
      ['DELETE', 204],
      ['DELETE', 204],
    ]);
    const users = await server.scim(
      `/Users?filter=${encodeURIComponent('userName ew "cleanup@aiw.example.com"')}`,
    );
    expect(users.body.totalResults).toBe(0);
  });
});

describe('pnpm idp', () => {
  const idp = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: APP_DIR,
      env: { ...process.env, NO_COLOR: '1' },
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('runs a shipped scenario by name and exits 0', async () => {
    const result = await idp(
      'run',
      'okta-crud',
      '--base-url',
      server.baseUrl,
      '--token',
      'engine-test-token-123456',
      '--run-id',
      'cli1',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('okta-crud.json: Okta SCIM 2.0 CRUD test (okta-oin)');
    expect(result.stdout).toContain(
      'GET /Users?filter=userName eq "ada.cli1@example.com"&startIndex=1&count=100 → 200',
    );
    expect(result.stdout).toMatch(/9 steps: 9 passed, 0 failed\s*$/);
  });

  it('prints a JSON report with --json', async () => {
    const result = await idp(
      'run',
      'entra-flag',
      '--base-url',
      server.baseUrl,
      '--token',
      'engine-test-token-123456',
      '--json',
    );
    expect(result.code).toBe(0);
    const [report] = JSON.parse(result.stdout) as ScenarioReport[];
    expect(report).toMatchObject({
      name: 'Microsoft Entra ID with aadOptscim062020',
      profile: 'entra-flag',
      ok: true,
    });
  });

  it('exits 1 when steps fail, e.g. with a wrong token', async () => {
    const result = await idp(
      'run',
      'okta-crud',
      '--base-url',
      server.baseUrl,
      '--token',
      'wrong-token-123',
      '--bail',
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('failed: test connection: HTTP 401');
  });

  it('refuses a malformed file with the place of the problem and exits 2, sending nothing', async () => {
    const file = join(scratch, 'broken.json');
    await writeFile(
      file,
      '{\n  "name": "broken",\n  "steps": [\n    { "do": "asign user", "user": "ada" },\n  ]\n}\n',
    );
    const result = await idp(
      'run',
      file,
      '--base-url',
      server.baseUrl,
      '--token',
      'engine-test-token-123456',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${file}: invalid scenario`);
    expect(result.stderr).toContain("Not valid JSON: line 5, column 3: Unexpected token ']'");

    await writeFile(
      file,
      JSON.stringify({ name: 'broken', steps: [{ do: 'asign user', user: 'ada' }] }),
    );
    const unknown = await idp('check', file);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toContain(
      'steps[0].do: the step has the unknown action "asign user" (did you mean "assign user"?)',
    );
  });

  it('explains its usage', async () => {
    const result = await idp('run', 'okta-crud');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^run needs --base-url/);
    expect(result.stderr).toContain('Usage:');
  });
});
