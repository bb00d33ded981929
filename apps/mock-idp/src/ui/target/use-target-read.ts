import { useCallback, useEffect, useRef, useState } from 'react';
import { AdminApiError, ScimApiError } from '@scim/sdk';
import { useIdp } from '../console/idp-context.tsx';

export type TargetRead<T> =
  | { state: 'loading' }
  | { state: 'done'; value: T; at: Date }
  | { state: 'failed'; error: string; at: Date };

/** After the IdP's last request, wait this long before reading, so a burst causes one read. */
const SETTLE_MS = 300;

export function describeReadError(error: unknown): string {
  if (error instanceof AdminApiError) {
    const hint = error.status === 401 ? ' Check the admin token in Settings.' : '';
    return `Admin API: HTTP ${error.status} ${error.message}.${hint}`;
  }
  if (error instanceof ScimApiError) return `SCIM API: HTTP ${error.status} ${error.detail ?? ''}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads from the target app now, again whenever the IdP has sent requests (once they settle),
 * and on `refresh()`. `key` names what is read; a new key reads at once.
 */
export function useTargetRead<T>(
  key: string,
  read: () => Promise<T>,
): { result: TargetRead<T>; refresh: () => void } {
  const idp = useIdp();
  const [result, setResult] = useState<TargetRead<T>>({ state: 'loading' });
  const readRef = useRef(read);
  readRef.current = read;
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    readRef.current().then(
      (value) => {
        if (mine === generation.current) setResult({ state: 'done', value, at: new Date() });
      },
      (error: unknown) => {
        if (mine === generation.current) {
          setResult({ state: 'failed', error: describeReadError(error), at: new Date() });
        }
      },
    );
  }, []);

  useEffect(() => {
    setResult({ state: 'loading' });
    refresh();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = idp.log.subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
      generation.current++;
    };
  }, [idp, key, refresh]);

  return { result, refresh };
}
