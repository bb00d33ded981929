import { eq, sql } from 'drizzle-orm';
import type { Credential, CredentialRepository } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { credentials } from './schema.ts';

type Row = typeof credentials.$inferSelect;

function toCredential(row: Row): Credential {
  return {
    id: row.id,
    tenantId: row.tenantId,
    kind: row.kind,
    label: row.label,
    created: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

export class SqliteCredentialRepository implements CredentialRepository {
  /** Every request authenticates: prepared once. */
  private readonly bySecretHash;

  constructor(private readonly db: SqliteDb) {
    this.bySecretHash = db
      .select()
      .from(credentials)
      .where(eq(credentials.secretHash, sql.placeholder('secretHash')))
      .prepare();
  }

  findBySecretHash(secretHash: string) {
    const row = this.bySecretHash.get({ secretHash });
    return Promise.resolve(row ? { ...toCredential(row), secretHash: row.secretHash } : undefined);
  }

  create(input: {
    id: string;
    tenantId: string;
    label: string;
    secretHash: string;
    expiresAt: Date | null;
  }) {
    const row = this.db
      .insert(credentials)
      .values({ ...input, kind: 'bearer', createdAt: new Date() })
      .returning()
      .get();
    return Promise.resolve(toCredential(row));
  }

  touch(id: string, at: Date) {
    this.db.update(credentials).set({ lastUsedAt: at }).where(eq(credentials.id, id)).run();
    return Promise.resolve();
  }
}
