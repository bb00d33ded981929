import type { AppUser, ProvisioningError, PushedGroup } from '../model/provisioning-state.ts';
import type { IdpState } from '../model/state.ts';
import type { ProfileCall, RequestProfile } from '../profiles/request-profile.ts';

/** How far a long operation is (pushing a big group, importing thousands of users). */
export interface Progress {
  /** What is being done: `import users`, `push members of Engineering`. */
  label: string;
  done: number;
  /** Unknown until the first page of an import arrives. */
  total?: number;
}

/** One action's access to state, the request profile and the reporting channels. */
export interface ProvisioningRun {
  getState(): IdpState;
  setState(update: (state: IdpState) => IdpState): void;
  profile: RequestProfile;
  call: ProfileCall;
  signal: AbortSignal | undefined;
  progress(progress: Progress): void;
  /** Provisioning failures of this action, one line each, for the action's result. */
  problem(subject: string, error: ProvisioningError): void;
}

export function updateAppUser(run: ProvisioningRun, personId: string, appUser: AppUser): void {
  run.setState((state) => ({ ...state, appUsers: { ...state.appUsers, [personId]: appUser } }));
}

export function updatePushedGroup(run: ProvisioningRun, pushed: PushedGroup): void {
  run.setState((state) => ({
    ...state,
    pushedGroups: { ...state.pushedGroups, [pushed.groupId]: pushed },
  }));
}

export function throwIfCancelled(run: ProvisioningRun): void {
  if (run.signal?.aborted) {
    throw run.signal.reason ?? new DOMException('The operation was aborted', 'AbortError');
  }
}

/** An engine-side failure with no HTTP status (a mapping error, a switch that is off). */
export function localError(run: ProvisioningRun, detail: string): ProvisioningError {
  return { status: null, detail, at: run.call.now() };
}
