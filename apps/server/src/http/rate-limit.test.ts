import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.ts';

describe('RateLimiter', () => {
  it('lets a burst of two seconds through, then asks to wait a whole number of seconds', () => {
    const limiter = new RateLimiter();
    const limit = { perSecond: 5 };
    for (let i = 0; i < 10; i++) expect(limiter.take('c', limit, 0).ok).toBe(true);
    const refused = limiter.take('c', limit, 0);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('refills at the configured rate', () => {
    const limiter = new RateLimiter();
    const limit = { perSecond: 2 };
    for (let i = 0; i < 4; i++) limiter.take('c', limit, 0);
    expect(limiter.take('c', limit, 0).ok).toBe(false);
    expect(limiter.take('c', limit, 500).ok).toBe(true);
    expect(limiter.take('c', limit, 500).ok).toBe(false);
  });

  it('keeps credentials apart, and 0 means unlimited', () => {
    const limiter = new RateLimiter();
    for (let i = 0; i < 2; i++) limiter.take('a', { perSecond: 1 }, 0);
    expect(limiter.take('a', { perSecond: 1 }, 0).ok).toBe(false);
    expect(limiter.take('b', { perSecond: 1 }, 0).ok).toBe(true);
    for (let i = 0; i < 1000; i++) expect(limiter.take('z', { perSecond: 0 }, 0).ok).toBe(true);
  });
});
