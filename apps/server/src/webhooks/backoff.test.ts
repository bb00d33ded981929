import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './backoff.ts';

describe('retryDelayMs', () => {
  const middle = () => 0.5;
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1000, middle))).toEqual([
      1000, 2000, 4000, 8000,
    ]);
    expect(retryDelayMs(40, 1000, middle)).toBe(MAX_RETRY_DELAY_MS);
  });
  it('jitters within ten per cent', () => {
    expect(retryDelayMs(1, 1000, () => 0)).toBe(900);
    expect(retryDelayMs(1, 1000, () => 1)).toBe(1100);
  });
});
