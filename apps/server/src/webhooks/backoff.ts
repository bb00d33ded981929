/** Longest wait between two attempts at the same batch. */
export const MAX_RETRY_DELAY_MS = 60 * 60_000;

/**
 * The wait before attempt `attempts + 1` after `attempts` failures:
 * base × 2^(attempts − 1), capped at an hour, with ±10 % jitter so that
 * endpoints that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, baseMs: number, random = Math.random): number {
  const exponential = baseMs * 2 ** Math.min(Math.max(attempts - 1, 0), 30);
  const capped = Math.min(exponential, MAX_RETRY_DELAY_MS);
  return Math.round(capped * (0.9 + 0.2 * random()));
}
