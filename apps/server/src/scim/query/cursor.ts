import { createHash } from 'node:crypto';
import { ScimError } from '@scim/schema';
import type { CursorPosition } from '../../store/port.ts';

/**
 * RFC 9865 cursors: an opaque, URL-safe token (base64url, unreserved
 * characters only) holding the position after the last row served and a
 * fingerprint of the query it belongs to. Keyset positions never expire.
 */
interface CursorToken {
  v: 1;
  /** Fingerprint of resource type, filter and sort. */
  q: string;
  /** Page size the cursor was issued for (RFC 9865: a changed count is invalidCount). */
  n: number;
  p: CursorPosition;
}

const MAX_CURSOR_LENGTH = 2048;

export function queryFingerprint(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 16);
}

export function encodeCursor(position: CursorPosition, fingerprint: string, count: number): string {
  const token: CursorToken = { v: 1, q: fingerprint, n: count, p: position };
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

export function decodeCursor(text: string, fingerprint: string, count: number): CursorPosition {
  const token = parse(text);
  if (!token || token.q !== fingerprint) {
    throw ScimError.of('invalidCursor', 'The cursor is not valid for this query');
  }
  if (token.n !== count) {
    throw ScimError.of(
      'invalidCount',
      `The cursor was issued for pages of ${token.n}; repeat the same count`,
    );
  }
  return token.p;
}

function parse(text: string): CursorToken | undefined {
  if (text.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const token = JSON.parse(
      Buffer.from(text, 'base64url').toString('utf8'),
    ) as Partial<CursorToken>;
    const p = token.p;
    const valid =
      token.v === 1 &&
      typeof token.q === 'string' &&
      typeof token.n === 'number' &&
      typeof p === 'object' &&
      p !== null &&
      typeof p.created === 'number' &&
      typeof p.id === 'string' &&
      (p.sortKey === undefined ||
        p.sortKey === null ||
        ['string', 'number'].includes(typeof p.sortKey));
    return valid ? (token as CursorToken) : undefined;
  } catch {
    return undefined;
  }
}
