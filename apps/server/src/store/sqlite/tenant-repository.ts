import { asc, eq, sql } from 'drizzle-orm';
import type { RoleManagement, Tenant, TenantRepository, IdpClient } from '../port.ts';
import type { SqliteDb } from './open.ts';
import { tenants } from './schema.ts';

export class SqliteTenantRepository implements TenantRepository {
  /** Every request reads its tenant: prepared once. */
  private readonly byId;

  constructor(private readonly db: SqliteDb) {
    this.byId = db
      .select()
      .from(tenants)
      .where(eq(tenants.id, sql.placeholder('id')))
      .prepare();
  }

  get(id: string): Promise<Tenant | undefined> {
    const row = this.byId.get({ id });
    return Promise.resolve(row ? toTenant(row) : undefined);
  }

  list(): Promise<Tenant[]> {
    return Promise.resolve(
      this.db.select().from(tenants).orderBy(asc(tenants.id)).all().map(toTenant),
    );
  }

  create(id: string, name: string): Promise<boolean> {
    const result = this.db
      .insert(tenants)
      .values({ id, name, createdAt: new Date() })
      .onConflictDoNothing()
      .run();
    return Promise.resolve(result.changes > 0);
  }

  rename(id: string, name: string): Promise<boolean> {
    const result = this.db.update(tenants).set({ name }).where(eq(tenants.id, id)).run();
    return Promise.resolve(result.changes > 0);
  }

  delete(id: string): Promise<boolean> {
    const result = this.db.delete(tenants).where(eq(tenants.id, id)).run();
    return Promise.resolve(result.changes > 0);
  }

  setIdpClient(id: string, client: IdpClient): Promise<void> {
    this.db.update(tenants).set({ idpClient: client }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  setAdoptExistingUsers(id: string, on: boolean): Promise<void> {
    this.db.update(tenants).set({ adoptExistingUsers: on }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  setRequestLogRetentionDays(id: string, days: number): Promise<void> {
    this.db.update(tenants).set({ requestLogRetentionDays: days }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  setScimEnabled(id: string, on: boolean): Promise<void> {
    this.db.update(tenants).set({ scimEnabled: on }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  async ensure(id: string, name: string): Promise<Tenant> {
    this.db.insert(tenants).values({ id, name, createdAt: new Date() }).onConflictDoNothing().run();
    const tenant = await this.get(id);
    if (!tenant) throw new Error(`tenant ${id} could not be created`);
    return tenant;
  }

  setRateLimit(id: string, perSecond: number | null): Promise<void> {
    this.db.update(tenants).set({ rateLimitPerSecond: perSecond }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  setCatalogAutoCreate(id: string, on: boolean): Promise<void> {
    this.db.update(tenants).set({ catalogAutoCreate: on }).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }

  setRoleManagement(id: string, settings: Partial<RoleManagement>): Promise<void> {
    const set = {
      ...(settings.users !== undefined ? { rolesManagedUsers: settings.users } : {}),
      ...(settings.groups !== undefined ? { rolesManagedGroups: settings.groups } : {}),
      ...(settings.serviceAccounts !== undefined
        ? { rolesManagedServiceAccounts: settings.serviceAccounts }
        : {}),
    };
    if (Object.keys(set).length > 0)
      this.db.update(tenants).set(set).where(eq(tenants.id, id)).run();
    return Promise.resolve();
  }
}

export function toTenant(row: typeof tenants.$inferSelect): Tenant {
  return {
    id: row.id,
    name: row.name,
    rateLimitPerSecond: row.rateLimitPerSecond,
    catalogAutoCreate: row.catalogAutoCreate,
    roleManagement: {
      users: row.rolesManagedUsers,
      groups: row.rolesManagedGroups,
      serviceAccounts: row.rolesManagedServiceAccounts,
    },
    scimEnabled: row.scimEnabled,
    idpClient: row.idpClient,
    adoptExistingUsers: row.adoptExistingUsers,
    requestLogRetentionDays: row.requestLogRetentionDays,
    created: row.createdAt,
  };
}
