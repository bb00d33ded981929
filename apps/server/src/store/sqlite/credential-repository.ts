import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Credential, CredentialRepository } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { credentials, tenants } from './schema.ts';
import { toTenant } from './tenant-repository.ts';

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

  constructor(private readonly db: SqliteDb) {
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

  findBearer(tenantId: string, secretHash: string) {
    const row = this.bearerOfTenant.get({ tenantId, secretHash });
    return Promise.resolve(
      row
        ? {
            credential: { ...toCredential(row.credential), secretHash: row.credential.secretHash },
            tenant: toTenant(row.tenant),
          }
        : undefined,
    );
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
