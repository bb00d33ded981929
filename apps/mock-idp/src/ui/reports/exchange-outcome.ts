import type { LoggedExchange } from '../../engine/index.ts';

/** One line on how a request went: `OK`, or `HTTP 401: <SCIM detail>`, or the network error. */
export function exchangeOutcome(entry: LoggedExchange): { ok: boolean; text: string } {
  if (entry.status === null) return { ok: false, text: entry.error ?? 'No response' };
  if (entry.status < 400) return { ok: true, text: 'OK' };
  const body = entry.responseBody;
  const detail =
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { detail?: unknown }).detail === 'string'
      ? (body as { detail: string }).detail
      : undefined;
  return { ok: false, text: `HTTP ${entry.status}${detail ? `: ${detail}` : ''}` };
}
