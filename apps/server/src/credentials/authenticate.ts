import { ScimError } from '@scim/schema';
import { hashPassword, verifyPassword } from './password-hash.ts';
import type { Credential, Store, Tenant } from '../store/port.ts';
import { hashToken, sameHash } from './token-hash.ts';

/** Record last use at most once a minute, so reads do not turn into writes. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** RFC 6750 tokens are short; anything longer is not ours. */
const MAX_AUTHORIZATION_LENGTH = 4096;
const INVALID = 'Credentials are missing or invalid';

/** Verified against when a Basic user name is unknown, so every failure costs one scrypt. */
let decoyHash: Promise<string> | undefined;

/**
 * Resolves `Authorization: Bearer <token>` or `Authorization: Basic …`
 * (RFC 7617) to the tenant it belongs to. Every failure is the same 401,
 * so a caller learns nothing about which tenants or credentials exist.
 */
export async function authenticate(
  store: Store,
  tenantId: string,
  authorization: string | null,
  now = new Date(),
): Promise<{ tenant: Tenant; credential: Credential }> {
  const presented = parseAuthorization(authorization);
  if (!presented) throw ScimError.unauthorized(INVALID);
  const { credential, tenant, secretOk } =
    presented.kind === 'bearer'
      ? await bearer(store, tenantId, presented.token)
      : await basic(store, tenantId, presented.username, presented.password);
  const valid =
    credential !== undefined &&
    tenant !== undefined &&
    secretOk &&
    credential.kind === presented.kind &&
    credential.revokedAt === null &&
    (credential.expiresAt === null || credential.expiresAt > now);
  if (!valid) throw ScimError.unauthorized(INVALID);
  if (
    !credential.lastUsedAt ||
    now.getTime() - credential.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS
  ) {
    await store.transaction(({ credentials }) => credentials.touch(credential.id, now));
  }
  const { secretHash: _secret, ...publicCredential } = credential;
  return { tenant, credential: publicCredential };
}

interface Lookup {
  credential: (Credential & { secretHash: string }) | undefined;
  tenant: Tenant | undefined;
  secretOk: boolean;
}

async function bearer(store: Store, tenantId: string, token: string): Promise<Lookup> {
  const secretHash = hashToken(token);
  const found = await store.read(({ credentials }) => credentials.findBearer(tenantId, secretHash));
  const secretOk = found !== undefined && sameHash(found.credential.secretHash, secretHash);
  return { credential: found?.credential, tenant: found?.tenant, secretOk };
}

async function basic(
  store: Store,
  tenantId: string,
  username: string,
  password: string,
): Promise<Lookup> {
  const { credential, tenant } = await store.read(async ({ credentials, tenants }) => {
    const found = await credentials.findBasic(tenantId, username);
    return { credential: found, tenant: found ? await tenants.get(tenantId) : undefined };
  });
  decoyHash ??= hashPassword('decoy-password-never-matches');
  const secretOk = await verifyPassword(password, credential?.secretHash ?? (await decoyHash));
  return { credential, tenant, secretOk: credential !== undefined && secretOk };
}

type Presented =
  { kind: 'bearer'; token: string } | { kind: 'basic'; username: string; password: string };

function parseAuthorization(authorization: string | null): Presented | undefined {
  if (!authorization || authorization.length > MAX_AUTHORIZATION_LENGTH) return undefined;
  const match = /^\s*(bearer|basic)\s+(\S+)\s*$/i.exec(authorization);
  if (!match?.[1] || !match[2]) return undefined;
  if (match[1].toLowerCase() === 'bearer') return { kind: 'bearer', token: match[2] };
  const decoded = Buffer.from(match[2], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { kind: 'basic', username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
