/**
 * Per-credential token buckets. A bucket refills at the tenant's rate (or
 * the server default) and holds two seconds' worth, so an IdP's bursts pass
 * while a runaway client gets 429 with an integer Retry-After (Okta honours
 * only integers: idp-wire-behavior.md §1.1).
 */
export interface RateLimit {
  perSecond: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Beyond this many credentials in memory, idle full buckets are dropped. */
const MAX_BUCKETS = 10_000;
const BURST_SECONDS = 2;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  /** `limit.perSecond` 0 means unlimited. */
  take(
    key: string,
    limit: RateLimit,
    now = performance.now(),
  ): { ok: true } | { ok: false; retryAfterSeconds: number } {
    if (limit.perSecond <= 0) return { ok: true };
    const capacity = Math.max(1, limit.perSecond * BURST_SECONDS);
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updated: now };
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + ((now - bucket.updated) / 1000) * limit.perSecond,
    );
    bucket.updated = now;
    if (!this.buckets.has(key)) this.remember(key, bucket, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return {
      ok: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)),
    };
  }

  private remember(key: string, bucket: Bucket, now: number): void {
    if (this.buckets.size >= MAX_BUCKETS) {
      // A bucket idle long enough to be full again carries no state worth keeping.
      for (const [k, b] of this.buckets) {
        if (now - b.updated > BURST_SECONDS * 1000) this.buckets.delete(k);
      }
      if (this.buckets.size >= MAX_BUCKETS) this.buckets.clear();
    }
    this.buckets.set(key, bucket);
  }
}
