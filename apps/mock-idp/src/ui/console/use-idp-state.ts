import { useCallback, useSyncExternalStore } from 'react';
import type { IdpState, LoggedExchange } from '../../engine/index.ts';
import { useIdp } from './idp-context.tsx';
import { throttled } from './throttled.ts';

/**
 * During a long run the engine changes state after every request; the console redraws at most
 * this often, which keeps a push of thousands fast without hiding any change for long.
 */
const REDRAW_MS = 100;

/** The engine's state (never mutated, so each change is a new object). */
export function useIdpState(): IdpState {
  const idp = useIdp();
  const subscribe = useCallback(
    (listener: () => void) => throttled(REDRAW_MS, listener, (notify) => idp.subscribe(notify)),
    [idp],
  );
  return useSyncExternalStore(subscribe, () => idp.getState());
}

/** Every logged request, oldest first; a new array after every request. */
export function useProvisioningLog(): readonly LoggedExchange[] {
  const idp = useIdp();
  const subscribe = useCallback(
    (listener: () => void) => throttled(REDRAW_MS, listener, (notify) => idp.log.subscribe(notify)),
    [idp],
  );
  return useSyncExternalStore(subscribe, () => idp.log.entries());
}
