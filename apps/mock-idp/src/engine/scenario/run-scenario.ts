/**
 * Replays a scenario against any SCIM 2.0 server: sets up the org, runs each step as the
 * chosen IdP would, and judges it. The runner's own reads (to check the server's state) go
 * into the same log, marked `origin: 'runner'`, and never count as the IdP's requests.
 */
import { systemClock, type Clock } from '../clock.ts';
import { ProvisioningLog, type LoggedExchange } from '../log/provisioning-log.ts';
import { createMockIdp, type ActionResult } from '../provisioning/mock-idp.ts';
import { OKTA_RATE_LIMIT } from '../scim-client/rate-limit.ts';
import { ScimClient } from '../scim-client/scim-client.ts';
import { checkExpectations, type Check } from './check-expectations.ts';
import { KnownScimIds } from './placeholders.ts';
import type { Scenario, ScenarioStep } from './scenario-schema.ts';
import { stateFromScenario, type Connection } from './scenario-state.ts';
import { actionOfStep, rememberCreated, ScenarioStepError } from './step-action.ts';

export interface RunScenarioOptions extends Connection {
  fetch?: typeof fetch;
  clock?: Clock;
  /** Stop after the first failing step. */
  bail?: boolean;
  /** Afterwards, DELETE every user and group the scenario provisioned. */
  cleanup?: boolean;
  signal?: AbortSignal;
  /** Called as each step finishes, for live output. */
  onStep?: (step: StepReport) => void;
  timeoutMs?: number;
}

export interface StepReport {
  /** 1-based. */
  number: number;
  title: string;
  ok: boolean;
  checks: Check[];
  /** Requests the IdP sent for this step. */
  requests: LoggedExchange[];
  /** The action's result; absent for `check` steps and steps that could not start. */
  result?: ActionResult;
}

export interface ScenarioReport {
  name: string;
  profile: string;
  baseUrl: string;
  ok: boolean;
  steps: StepReport[];
  /** Steps not run because of `bail`. */
  skipped: number;
  /** Every request, the IdP's and the runner's. */
  log: readonly LoggedExchange[];
  /** Requests the cleanup sent, when asked for. */
  cleanup?: LoggedExchange[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function titleOf(step: ScenarioStep, index: number, label: string | undefined): string {
  return step.title ?? label ?? `${step.do} (step ${index + 1})`;
}

export async function runScenario(
  scenario: Scenario,
  options: RunScenarioOptions,
): Promise<ScenarioReport> {
  const log = new ProvisioningLog();
  const clock = options.clock ?? systemClock;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { state, keys } = stateFromScenario(scenario, options);
  const idp = createMockIdp({
    state,
    log,
    fetch: fetchImpl,
    clock,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const reader = new ScimClient({
    baseUrl: options.baseUrl,
    auth: options.auth,
    fetch: fetchImpl,
    clock,
    log,
    headers: {
      accept: 'application/scim+json',
      contentType: 'application/scim+json',
      userAgent: 'mock-idp scenario runner',
    },
    rateLimit: OKTA_RATE_LIMIT,
  });
  const ids = new KnownScimIds();
  const steps: StepReport[] = [];
  let runnerActionId = -1;

  for (const [index, step] of scenario.steps.entries()) {
    if (options.signal?.aborted) break;
    let result: ActionResult | undefined;
    let title = titleOf(step, index, undefined);
    const checks: Check[] = [];
    try {
      if (step.do !== 'check') {
        const action = actionOfStep(step, { keys, resolve: (text) => ids.resolve(text) });
        result = await idp.run(action, options.signal ? { signal: options.signal } : {});
        title = titleOf(step, index, result.label);
        rememberCreated(step, result.created, keys);
        const returned = result.response?.body;
        if (
          step.do === 'request' &&
          step.remember &&
          isObject(returned) &&
          typeof returned.id === 'string'
        ) {
          ids.rememberAs(step.remember, returned.id);
        }
      }
      ids.remember(idp.getState(), keys);
      const actionId = runnerActionId--;
      checks.push(
        ...(await checkExpectations(step.expect, {
          result,
          state: idp.getState(),
          keys,
          ids,
          read: async (resource, id) => {
            const response = await reader.send(
              { method: 'GET', path: `/${resource}/${id}` },
              { actionId, action: `check step ${index + 1}`, origin: 'runner' },
            );
            return {
              status: response.status,
              ...(response.body === undefined ? {} : { body: response.body }),
            };
          },
        })),
      );
    } catch (error) {
      if (!(error instanceof ScenarioStepError)) throw error;
      checks.push({ what: 'step', ok: false, expected: 'a runnable step', actual: error.message });
    }
    const report: StepReport = {
      number: index + 1,
      title,
      ok: checks.every((check) => check.ok),
      checks,
      requests: result?.requests ?? [],
      ...(result ? { result } : {}),
    };
    steps.push(report);
    options.onStep?.(report);
    if (!report.ok && options.bail) break;
  }

  const cleanup = options.cleanup ? await cleanUp(reader, ids) : undefined;
  return {
    name: scenario.name,
    profile: scenario.profile,
    baseUrl: options.baseUrl,
    ok: steps.length === scenario.steps.length && steps.every((step) => step.ok),
    steps,
    skipped: scenario.steps.length - steps.length,
    log: log.entries(),
    ...(cleanup ? { cleanup } : {}),
  };
}

/** Groups first (they reference users), then users; a 404 is fine (already gone). */
async function cleanUp(reader: ScimClient, ids: KnownScimIds): Promise<LoggedExchange[]> {
  const sent: LoggedExchange[] = [];
  const targets = [
    ...[...new Set(ids.groups.values())].map((id) => `/Groups/${id}`),
    ...[...new Set(ids.users.values())].map((id) => `/Users/${id}`),
  ];
  for (const path of targets) {
    const response = await reader.send(
      { method: 'DELETE', path },
      { actionId: 0, action: 'cleanup', origin: 'runner' },
    );
    sent.push(response.entry);
  }
  return sent;
}
