import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Bearer, Credential, CredentialRepository } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { credentials, tenants } from './schema.ts';
import { toTenant } from './tenant-repository.ts';
import type { WriteGeneration } from './write-generation.ts';

/** Bearer lookups remembered between writes; a full cache starts over. */
const MAX_CACHED_BEARERS = 1024;

type Row = typeof credentials.$inferSelect;

function toCredential(row: Row): Credential {
  return {
    id: row.id,
    tenantId: row.tenantId,
    kind: row.kind,
    label: row.label,
    username: row.username,
    created: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

export class SqliteCredentialRepository implements CredentialRepository {
  private readonly bySecretHash;
  /** Every SCIM request authenticates: one prepared join for the credential and its tenant. */
  private readonly bearerOfTenant;
  /**
   * And most find what the request before them found: known credentials are
   * answered from memory until the next write transaction (a revocation, a
   * tenant setting, the once-a-minute lastUsedAt) makes them read again.
   */
  private readonly bearers = new Map<string, { generation: number; bearer: Bearer }>();

  constructor(
    private readonly db: SqliteDb,
    private readonly writes: WriteGeneration,
  ) {
    this.bySecretHash = db
      .select()
      .from(credentials)
      .where(eq(credentials.secretHash, sql.placeholder('secretHash')))
      .prepare();
    this.bearerOfTenant = db
      .select({ credential: credentials, tenant: tenants })
      .from(credentials)
      .innerJoin(tenants, eq(tenants.id, credentials.tenantId))
      .where(
        and(
          eq(credentials.secretHash, sql.placeholder('secretHash')),
          eq(credentials.tenantId, sql.placeholder('tenantId')),
        ),
      )
      .prepare();
  }

  findBearer(tenantId: string, secretHash: string): Promise<Bearer | undefined> {
    const key = `${tenantId}\n${secretHash}`;
    const cached = this.bearers.get(key);
    if (cached?.generation === this.writes.value) return Promise.resolve(cached.bearer);
    const row = this.bearerOfTenant.get({ tenantId, secretHash });
    if (!row) return Promise.resolve(undefined);
    const bearer: Bearer = deepFreeze({
      credential: { ...toCredential(row.credential), secretHash: row.credential.secretHash },
      tenant: toTenant(row.tenant),
    });
    if (this.bearers.size >= MAX_CACHED_BEARERS) this.bearers.clear();
    this.bearers.set(key, { generation: this.writes.value, bearer });
    return Promise.resolve(bearer);
  }

  findBySecretHash(secretHash: string) {
    const row = this.bySecretHash.get({ secretHash });
    return Promise.resolve(row ? { ...toCredential(row), secretHash: row.secretHash } : undefined);
  }

  findBasic(tenantId: string, username: string) {
    const row = this.db
      .select()
      .from(credentials)
      .where(
        and(
          eq(credentials.tenantId, tenantId),
          eq(credentials.kind, 'basic'),
          eq(credentials.username, username),
        ),
      )
      .get();
    return Promise.resolve(row ? { ...toCredential(row), secretHash: row.secretHash } : undefined);
  }

  create(input: {
    id: string;
    tenantId: string;
    label: string;
    secretHash: string;
    expiresAt: Date | null;
    kind?: Credential['kind'];
    username?: string | null;
  }) {
    const row = this.db
      .insert(credentials)
      .values({
        ...input,
        kind: input.kind ?? 'bearer',
        username: input.username ?? null,
        createdAt: new Date(),
      })
      .returning()
      .get();
    return Promise.resolve(toCredential(row));
  }

  get(tenantId: string, id: string) {
    const row = this.db
      .select()
      .from(credentials)
      .where(and(eq(credentials.tenantId, tenantId), eq(credentials.id, id)))
      .get();
    return Promise.resolve(row ? toCredential(row) : undefined);
  }

  list(tenantId: string) {
    const rows = this.db
      .select()
      .from(credentials)
      .where(eq(credentials.tenantId, tenantId))
      .orderBy(asc(credentials.createdAt), asc(credentials.id))
      .all();
    return Promise.resolve(rows.map(toCredential));
  }

  revoke(tenantId: string, id: string, at: Date) {
    const found = this.db
      .select({ id: credentials.id })
      .from(credentials)
      .where(and(eq(credentials.tenantId, tenantId), eq(credentials.id, id)))
      .get();
    if (!found) return Promise.resolve(false);
    this.db
      .update(credentials)
      .set({ revokedAt: at })
      .where(and(eq(credentials.id, id), isNull(credentials.revokedAt)))
      .run();
    return Promise.resolve(true);
  }

  touch(id: string, at: Date) {
    this.db.update(credentials).set({ lastUsedAt: at }).where(eq(credentials.id, id)).run();
    return Promise.resolve();
  }
}

/** Shared answers must not change under their next reader. */
function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (typeof inner === 'object' && inner !== null && !(inner instanceof Date)) deepFreeze(inner);
  }
  return Object.freeze(value);
}
