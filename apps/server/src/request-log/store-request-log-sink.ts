import type { Store } from '../store/port.ts';
import { redactEntry, type RequestLogSink } from './request-log-entry.ts';

/** Writes batches through the store on the request thread (a `:memory:` database has no other). */
export function storeRequestLogSink(store: Store): RequestLogSink {
  return {
    append(entries) {
      const redacted = entries.map(redactEntry);
      return store.transaction(({ requestLog }) => requestLog.append(redacted));
    },
    close: () => Promise.resolve(),
  };
}
