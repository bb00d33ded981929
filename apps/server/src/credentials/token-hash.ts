import { hash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Bearer tokens are high-entropy secrets, so a fast SHA-256 is the right
 * hash (lookup by hash, no salt needed); only the hash is stored.
 */
export function hashToken(token: string): string {
  // One-shot hash (Node 20.12+): a third of createHash's cost, on every request.
  return hash('sha256', token, 'hex');
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** 32 random bytes, URL-safe: what the server issues. */
export function generateToken(): string {
  return `scim_${randomBytes(32).toString('base64url')}`;
}
