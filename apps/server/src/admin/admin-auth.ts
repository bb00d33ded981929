import { sameHash, hashToken } from '../credentials/token-hash.ts';

/**
 * The admin credential (SCIM_ADMIN_TOKEN) is separate from SCIM credentials.
 * Compared as SHA-256 digests in constant time; without a configured token
 * the admin API refuses everyone.
 */
export function isAdmin(authorization: string | null, adminTokenHash: string | undefined): boolean {
  if (!adminTokenHash || !authorization) return false;
  const match = /^\s*bearer\s+(\S{1,512})\s*$/i.exec(authorization);
  return match?.[1] !== undefined && sameHash(hashToken(match[1]), adminTokenHash);
}
