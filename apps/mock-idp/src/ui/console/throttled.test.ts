import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushThrottled, throttled } from './throttled.ts';

function source() {
  const listeners = new Set<() => void>();
  return {
    emit: () => listeners.forEach((listener) => listener()),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

describe('throttled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the first change at once, then one per interval, and always the last one', () => {
    const events = source();
    const heard = vi.fn();
    throttled(100, heard, events.subscribe);
    events.emit();
    expect(heard).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) events.emit();
    expect(heard).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    expect(heard).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(heard).toHaveBeenCalledTimes(2);
    events.emit();
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('hears nothing after unsubscribing, not even a pending change', () => {
    const events = source();
    const heard = vi.fn();
    const stop = throttled(100, heard, events.subscribe);
    events.emit();
    events.emit();
    stop();
    vi.advanceTimersByTime(500);
    events.emit();
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('delivers a held-back change at once when flushed', () => {
    const events = source();
    const heard = vi.fn();
    throttled(100, heard, events.subscribe);
    events.emit();
    events.emit();
    flushThrottled();
    expect(heard).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
