/**
 * Time as the engine sees it. Injected so tests can drive Okta's 429 back-off (minutes of
 * waiting, idp-wire-behavior §1.1) without waiting, and so the browser and Node share one API.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason when it is aborted first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: setTimeout exists in browsers and in Node alike. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(abortReason(signal));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/** A clock whose sleeps return at once and move its time forward: for tests and fast replays. */
export interface VirtualClock extends Clock {
  /** Every sleep asked for, in order, in milliseconds. */
  readonly sleeps: readonly number[];
}

export function createVirtualClock(start = Date.UTC(2026, 0, 1)): VirtualClock {
  let time = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => time,
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      sleeps.push(ms);
      time += ms;
      return Promise.resolve();
    },
  };
}

/** The signal's reason when it is an Error, else an AbortError. */
export function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error
    ? reason
    : new DOMException('The operation was aborted', 'AbortError');
}
