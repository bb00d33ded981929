import type { LoggedExchange } from '../../engine/index.ts';

export type StatusFilter = '' | '2xx' | '3xx' | '4xx' | '5xx' | 'no response';

export interface LogFilter {
  /** '' for any. */
  method: string;
  status: StatusFilter;
  /** Matched, case-insensitively, against the URL, the action and the request id. */
  text: string;
}

export const NO_FILTER: LogFilter = { method: '', status: '', text: '' };

function statusClass(status: number | null): StatusFilter {
  if (status === null) return 'no response';
  return `${Math.floor(status / 100)}xx` as StatusFilter;
}

/** The entries that pass the filter, newest first. */
export function filterLog(entries: readonly LoggedExchange[], filter: LogFilter): LoggedExchange[] {
  const text = filter.text.trim().toLowerCase();
  const passes = (entry: LoggedExchange): boolean =>
    (filter.method === '' || entry.method === filter.method) &&
    (filter.status === '' || statusClass(entry.status) === filter.status) &&
    (text === '' ||
      [decodedUrl(entry.url), entry.action, entry.responseHeaders['x-request-id'] ?? ''].some(
        (field) => field.toLowerCase().includes(text),
      ));
  const found: LoggedExchange[] = [];
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index];
    if (entry && passes(entry)) found.push(entry);
  }
  return found;
}

/** The URL as a person reads it: `filter=userName eq "ada"` rather than `%20` and `%22`. */
export function decodedUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
