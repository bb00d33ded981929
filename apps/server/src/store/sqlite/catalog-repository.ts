import { asc, eq } from 'drizzle-orm';
import type { Catalog, CatalogKind, CatalogRepository } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { catalogEntries } from './schema.ts';

export class SqliteCatalogRepository implements CatalogRepository {
  constructor(private readonly db: SqliteDb) {}

  list(tenantId: string): Promise<Catalog> {
    const rows = this.db
      .select({ kind: catalogEntries.kind, name: catalogEntries.name })
      .from(catalogEntries)
      .where(eq(catalogEntries.tenantId, tenantId))
      .orderBy(asc(catalogEntries.kind), asc(catalogEntries.name))
      .all();
    return Promise.resolve({
      workspaces: rows.filter((r) => r.kind === 'workspace').map((r) => r.name),
      secretScopes: rows.filter((r) => r.kind === 'secret_scope').map((r) => r.name),
    });
  }

  add(tenantId: string, kind: CatalogKind, names: string[]): Promise<void> {
    if (names.length === 0) return Promise.resolve();
    const createdAt = new Date();
    this.db
      .insert(catalogEntries)
      .values(names.map((name) => ({ tenantId, kind, name, createdAt })))
      .onConflictDoNothing()
      .run();
    return Promise.resolve();
  }
}
