/**
 * Runs async tasks one at a time. better-sqlite3 has one connection and
 * synchronous transactions; an async unit of work that awaits between
 * statements must not interleave with another one's BEGIN…COMMIT.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
