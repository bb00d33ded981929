/**
 * The console's memory across reloads, in localStorage: the engine state, the newest log
 * entries, and the console's own settings. Anything unreadable counts as absent, so a stale or
 * hand-edited entry makes the console start over instead of failing.
 */
import type { IdpState, LoggedExchange } from '../../engine/index.ts';

const STATE_KEY = 'mock-idp.state.v1';
const LOG_KEY = 'mock-idp.log.v1';
const SETTINGS_KEY = 'mock-idp.settings.v1';

/** Enough to follow a demo after a reload, small enough for the browser's storage quota. */
const SAVED_LOG_ENTRIES = [300, 50] as const;

function read(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  try {
    localStorage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    // Quota exceeded or storage disabled: the console still works, it just forgets.
    return false;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function loadSavedState(): IdpState | undefined {
  const saved = read(STATE_KEY);
  const looksRight =
    isObject(saved) && saved.version === 1 && isObject(saved.app) && isObject(saved.people);
  return looksRight ? (saved as unknown as IdpState) : undefined;
}

export function saveState(state: IdpState): void {
  write(STATE_KEY, state);
}

export function loadSavedLog(): LoggedExchange[] {
  const saved = read(LOG_KEY);
  return Array.isArray(saved) ? (saved as LoggedExchange[]) : [];
}

export function saveLog(entries: readonly LoggedExchange[]): void {
  for (const count of SAVED_LOG_ENTRIES) {
    if (write(LOG_KEY, entries.slice(-count))) return;
  }
  localStorage.removeItem(LOG_KEY);
}

export interface ConsoleSettings {
  /** Bearer token of the server's admin API, for the target app pane. */
  adminToken: string;
}

export function loadSavedSettings(): Partial<ConsoleSettings> {
  const saved = read(SETTINGS_KEY);
  return isObject(saved) && typeof saved.adminToken === 'string'
    ? { adminToken: saved.adminToken }
    : {};
}

export function saveSettings(settings: ConsoleSettings): void {
  write(SETTINGS_KEY, settings);
}

/** Reset: the org and its log go; the console's settings stay. */
export function forgetOrg(): void {
  localStorage.removeItem(STATE_KEY);
  localStorage.removeItem(LOG_KEY);
}
