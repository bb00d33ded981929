import type { RequestLogEntry } from '../store/port.ts';
import { redactBody } from './redact-body.ts';

/** An entry as the listener records it: bodies raw, redacted when written. */
export interface RawRequestLogEntry extends Omit<RequestLogEntry, 'requestBody' | 'responseBody'> {
  requestBody: Uint8Array | undefined;
  responseBody: string | undefined;
}

/** The entry as it is stored: both bodies redacted and bounded (redact-body.ts). */
export function redactEntry(entry: RawRequestLogEntry): RequestLogEntry {
  return {
    ...entry,
    requestBody: redactBody(entry.requestBody),
    responseBody: redactBody(entry.responseBody, { trustedJson: true }),
  };
}

/** Where the writer sends each batch: the store on this thread, or a writer thread. */
export interface RequestLogSink {
  /** Resolves once the batch is committed (or rejects; the writer logs it). */
  append(entries: RawRequestLogEntry[]): Promise<void>;
  close(): Promise<void>;
}
