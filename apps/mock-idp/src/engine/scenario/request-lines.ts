import type { LoggedExchange } from '../log/provisioning-log.ts';

function decoded(query: string): string {
  try {
    return decodeURIComponent(query);
  } catch {
    return query;
  }
}

/**
 * `METHOD path?query` with the query percent-decoded but `+` kept, so Okta's `%20` reads
 * `userName eq "x"` and Entra's `+` reads `userName+eq+"x"`: the difference stays visible.
 */
export function requestLine(entry: Pick<LoggedExchange, 'method' | 'path' | 'query'>): string {
  return `${entry.method} ${entry.path}${entry.query ? `?${decoded(entry.query)}` : ''}`;
}

/** An expected line matches exactly, or with `*` standing for any text. */
export function requestLineMatches(expected: string, actual: string): boolean {
  if (!expected.includes('*')) return expected === actual;
  const pattern = expected
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`, 's').test(actual);
}
