/** Listeners holding back a change right now, so flushThrottled() can deliver them at once. */
const held = new Set<() => void>();

/**
 * Delivers every held-back change now: when a run ends, its last state is drawn together with
 * the line that says it is done.
 */
export function flushThrottled(): void {
  for (const deliver of [...held]) deliver();
}

/**
 * Subscribes `listener` to `source` so that it hears the first change at once and then at most
 * one call per `intervalMs`, always including a last one after the changes stop. Returns the
 * unsubscribe function.
 */
export function throttled(
  intervalMs: number,
  listener: () => void,
  source: (notify: () => void) => () => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deliver = (): void => {
    held.delete(deliver);
    listener();
  };
  const tick = (): void => {
    if (held.has(deliver)) {
      deliver();
      timer = setTimeout(tick, intervalMs);
    } else {
      timer = undefined;
    }
  };
  const stop = source(() => {
    if (timer !== undefined) {
      held.add(deliver);
      return;
    }
    listener();
    timer = setTimeout(tick, intervalMs);
  });
  return () => {
    stop();
    held.delete(deliver);
    clearTimeout(timer);
  };
}
