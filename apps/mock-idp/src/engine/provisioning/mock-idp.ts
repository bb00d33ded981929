/**
 * The mock IdP: state, actions and the provisioning log behind one object that a React UI, the
 * scenario runner and tests all drive the same way. Runs in browsers and Node: fetch and the
 * clock are injected, nothing touches the DOM.
 *
 *   const idp = createMockIdp({ state: createState({ baseUrl, auth }) });
 *   const result = await idp.run({ type: 'assignUser', personId });
 *   result.requests; // the SCIM requests the action made
 */
import { systemClock, type Clock } from '../clock.ts';
import { ProvisioningLog, type LoggedExchange } from '../log/provisioning-log.ts';
import { IdpActionError } from '../model/action-error.ts';
import type { ImportReport, ProvisioningError } from '../model/provisioning-state.ts';
import type { IdpState } from '../model/state.ts';
import { requestProfile } from '../profiles/request-profiles.ts';
import { ScimClient } from '../scim-client/scim-client.ts';
import { describeAction } from './action-labels.ts';
import type { IdpAction } from './actions.ts';
import { performAction, type ActionEffects } from './perform-action.ts';
import type { Progress, ProvisioningRun } from './provisioning-run.ts';

export interface MockIdpOptions {
  state: IdpState;
  /** Defaults to the global fetch, called as a plain function. */
  fetch?: typeof fetch;
  clock?: Clock;
  log?: ProvisioningLog;
  /** Source of placeholder passwords and test GUIDs; Math.random by default. */
  random?: () => number;
  /** Per-request limit; Okta and Entra use 60 s. */
  timeoutMs?: number;
}

export interface RunOptions {
  /** Cancels the action between requests and aborts the one in flight. */
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

export interface ActionResult {
  actionId: number;
  label: string;
  /** No error and no provisioning failure. */
  ok: boolean;
  /** Why the action was refused, or its first provisioning failure. */
  error?: string;
  /** Column in the expression the error is about. */
  column?: number;
  /** One line per failed provisioning task: `ada@example.com: HTTP 409 uniqueness: …`. */
  problems: string[];
  cancelled?: boolean;
  /** The SCIM requests this action sent, in order. */
  requests: LoggedExchange[];
  /** Ids of what the action created. */
  created?: { personId?: string; personIds?: string[]; groupId?: string; ruleId?: string };
  importReport?: ImportReport;
  /** For raw requests: the response. */
  response?: { status: number | null; body?: unknown; headers: Record<string, string> };
}

export type StateListener = (state: IdpState) => void;

export class MockIdp {
  readonly log: ProvisioningLog;
  private state: IdpState;
  private readonly listeners = new Set<StateListener>();
  private queue: Promise<unknown> = Promise.resolve();
  private nextActionId = 1;
  private readonly fetch: typeof fetch;
  private readonly clock: Clock;
  private readonly random: () => number;

  constructor(private readonly options: MockIdpOptions) {
    this.state = options.state;
    this.log = options.log ?? new ProvisioningLog();
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  getState(): IdpState {
    return this.state;
  }

  /** Called after every state change; returns the unsubscribe function. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces the whole state (loading a saved org or a scenario). */
  replaceState(state: IdpState): void {
    this.setState(() => state);
  }

  /** Runs one action after the ones already queued; never rejects, failures are in the result. */
  run(action: IdpAction, options: RunOptions = {}): Promise<ActionResult> {
    const job = this.queue.then(() => this.execute(action, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  private setState(update: (state: IdpState) => IdpState): void {
    const next = update(this.state);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  private async execute(action: IdpAction, options: RunOptions): Promise<ActionResult> {
    const actionId = this.nextActionId++;
    const label = describeAction(this.state, action);
    const firstEntry = this.log.peekNextId();
    const problems: string[] = [];
    const profile = requestProfile(this.state.app.requestProfile);
    const { connection } = this.state.app;
    const client = new ScimClient({
      baseUrl: connection.baseUrl,
      auth: connection.auth,
      fetch: this.fetch,
      clock: this.clock,
      log: this.log,
      headers: profile.headers,
      rateLimit: profile.rateLimit,
      ...(this.options.timeoutMs === undefined ? {} : { timeoutMs: this.options.timeoutMs }),
    });
    const run: ProvisioningRun = {
      getState: () => this.state,
      setState: (update) => this.setState(update),
      profile,
      call: {
        client,
        cause: { actionId, action: label, ...(options.signal ? { signal: options.signal } : {}) },
        now: () => new Date(this.clock.now()).toISOString(),
        random: this.random,
      },
      signal: options.signal,
      progress: (progress) => options.onProgress?.(progress),
      problem: (subject: string, error: ProvisioningError) =>
        problems.push(`${subject}: ${describeError(error)}`),
    };

    let effects: ActionEffects = {};
    let refused: { error: string; column?: number } | undefined;
    let cancelled = false;
    try {
      effects = await performAction(run, action);
    } catch (error) {
      if (options.signal?.aborted) cancelled = true;
      else if (error instanceof IdpActionError) {
        refused = {
          error: error.message,
          ...(error.column === undefined ? {} : { column: error.column }),
        };
      } else {
        // A bug must not take the console down; it shows as the action's error.
        refused = {
          error: `Internal error: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    }
    const requests = this.log.after(firstEntry - 1).filter((entry) => entry.actionId === actionId);
    const error = refused?.error ?? (cancelled ? 'Cancelled' : problems[0]);
    return {
      actionId,
      label,
      ok: error === undefined,
      ...(error === undefined ? {} : { error }),
      ...(refused?.column === undefined ? {} : { column: refused.column }),
      problems,
      ...(cancelled ? { cancelled } : {}),
      requests,
      ...effects,
    };
  }
}

export function createMockIdp(options: MockIdpOptions): MockIdp {
  return new MockIdp(options);
}

export function describeError(error: ProvisioningError): string {
  const status = error.status === null ? '' : `HTTP ${error.status} `;
  return `${status}${error.detail}`;
}
