/**
 * Okta's answer to 429 (idp-wire-behavior §1.1): wait `Retry-After` seconds when it is an
 * integer, otherwise 5 minutes; every further 429 doubles the previous wait; the task fails
 * after the 10th failed attempt.
 */
export interface RateLimitPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Wait when Retry-After is missing or an HTTP date. */
  defaultWaitMs: number;
}

export const OKTA_RATE_LIMIT: RateLimitPolicy = { maxAttempts: 10, defaultWaitMs: 5 * 60_000 };

/**
 * Milliseconds to wait after a 429. `previousWaitMs` is the wait before the previous attempt,
 * undefined after the first 429.
 */
export function waitAfterTooManyRequests(
  retryAfter: string | null,
  previousWaitMs: number | undefined,
  policy: RateLimitPolicy,
): number {
  if (previousWaitMs !== undefined) return previousWaitMs * 2;
  const value = retryAfter?.trim() ?? '';
  // Okta honours integers only; an HTTP date counts as missing.
  return /^\d+$/.test(value) ? Number(value) * 1000 : policy.defaultWaitMs;
}
