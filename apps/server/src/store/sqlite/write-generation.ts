/**
 * Counts write transactions, bumped as each one starts and ends. Every
 * write runs in a transaction, and reads never overlap one (a single
 * serial queue), so a row read while the count stays the same is still
 * what the database holds: a cache keyed by the count needs no other
 * invalidation.
 */
export class WriteGeneration {
  value = 0;

  bump(): void {
    this.value++;
  }
}
