import { ScimError } from '@scim/schema';
import type { Credential, Store, Tenant } from '../store/port.ts';
import { hashToken, sameHash } from './token-hash.ts';

/** Record last use at most once a minute, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** RFC 6750 tokens are short; anything longer is not ours. */
const MAX_AUTHORIZATION_LENGTH = 4096;

/**
 * Resolves `Authorization: Bearer <token>` to the tenant it belongs to.
 * Every failure is the same 401, so a caller learns nothing about which
 * tenants or tokens exist.
 */
export async function authenticate(
  store: Store,
  tenantId: string,
  authorization: string | null,
  now = new Date(),
): Promise<{ tenant: Tenant; credential: Credential }> {
  const token = bearerToken(authorization);
  if (!token) throw ScimError.unauthorized('Bearer token is missing or invalid');
  const secretHash = hashToken(token);
  const { credential, tenant } = await store.read(async ({ credentials, tenants }) => {
    const found = await credentials.findBySecretHash(secretHash);
    const owner = found?.tenantId === tenantId ? await tenants.get(tenantId) : undefined;
    return { credential: found, tenant: owner };
  });
  const valid =
    credential !== undefined &&
    tenant !== undefined &&
    sameHash(credential.secretHash, secretHash) &&
    credential.revokedAt === null &&
    (credential.expiresAt === null || credential.expiresAt > now);
  if (!valid) throw ScimError.unauthorized('Bearer token is missing or invalid');
  if (
    !credential.lastUsedAt ||
    now.getTime() - credential.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS
  ) {
    await store.transaction(({ credentials }) => credentials.touch(credential.id, now));
  }
  const { secretHash: _secret, ...publicCredential } = credential;
  return { tenant, credential: publicCredential };
}

function bearerToken(authorization: string | null): string | undefined {
  if (!authorization || authorization.length > MAX_AUTHORIZATION_LENGTH) return undefined;
  const match = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  return match?.[1];
}
