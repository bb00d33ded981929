/**
 * The console's engine: the saved org and log when there are some, else the demo org. Changes
 * are saved shortly after they happen and when the page is hidden, so a reload loses nothing.
 */
import { createMockIdp, ProvisioningLog, type MockIdp } from '../../engine/index.ts';
import { demoState } from '../../demo/demo-state.ts';
import { defaultBaseUrl, defaultToken } from './defaults.ts';
import { loadSavedLog, loadSavedState, saveLog, saveState } from './persistence.ts';

/** Saved this long after changes start: often enough for a reload, rarely enough for a long run. */
const SAVE_DELAY_MS = 1_000;

export function freshDemoState() {
  return demoState({ baseUrl: defaultBaseUrl, auth: { type: 'bearer', token: defaultToken } });
}

export function createConsoleIdp(): MockIdp {
  const log = new ProvisioningLog();
  for (const { id: _renumbered, ...entry } of loadSavedLog()) log.append(entry);
  return createMockIdp({ state: loadSavedState() ?? freshDemoState(), log });
}

/**
 * Saves state and log after changes settle; returns the function that stops it. Stopping drops
 * a pending save, so a reset cannot be overwritten by the org it replaced.
 */
export function autosave(idp: MockIdp): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    saveState(idp.getState());
    saveLog(idp.log.entries());
  };
  const later = (): void => {
    timer ??= setTimeout(flush, SAVE_DELAY_MS);
  };
  const stopState = idp.subscribe(later);
  const stopLog = idp.log.subscribe(later);
  const onHide = (): void => {
    if (timer !== undefined) flush();
  };
  window.addEventListener('pagehide', onHide);
  return () => {
    stopState();
    stopLog();
    window.removeEventListener('pagehide', onHide);
    clearTimeout(timer);
  };
}
