import type { Repositories, Store } from '../port.ts';
import { SqliteAccessRepository } from './access-repository.ts';
import { SqliteCatalogRepository } from './catalog-repository.ts';
import { SqliteCredentialRepository } from './credential-repository.ts';
import { SqliteGroupRepository } from './group-repository.ts';
import { openSqlite } from './open.ts';
import { SerialQueue } from './serial-queue.ts';
import { SqliteServiceAccountRepository } from './service-account-repository.ts';
import { SqliteTenantRepository } from './tenant-repository.ts';
import { SqliteUserRepository } from './user-repository.ts';

/** The embedded default store: one SQLite file (or `:memory:`). */
export function createSqliteStore(filename: string): Store {
  const { db, client } = openSqlite(filename);
  const repositories: Repositories = {
    tenants: new SqliteTenantRepository(db),
    catalog: new SqliteCatalogRepository(db),
    access: new SqliteAccessRepository(db),
    credentials: new SqliteCredentialRepository(db),
    users: new SqliteUserRepository(db),
    groups: new SqliteGroupRepository(db),
    serviceAccounts: new SqliteServiceAccountRepository(db),
  };
  const queue = new SerialQueue();
  // Prepared once: compiling BEGIN/COMMIT on every request showed in profiles.
  const begin = client.prepare('BEGIN IMMEDIATE');
  const commit = client.prepare('COMMIT');
  const rollback = client.prepare('ROLLBACK');
  return {
    transaction<T>(work: (r: Repositories) => Promise<T>): Promise<T> {
      return queue.run(async () => {
        begin.run();
        try {
          const result = await work(repositories);
          commit.run();
          return result;
        } catch (error) {
          if (client.inTransaction) rollback.run();
          throw error;
        }
      });
    },
    // Units of work run one at a time on the one connection, so a read in the
    // queue sees committed data only and nothing changes under it: no BEGIN needed.
    read<T>(work: (r: Repositories) => Promise<T>): Promise<T> {
      return queue.run(() => work(repositories));
    },
    close() {
      return queue.run(() => {
        client.close();
        return Promise.resolve();
      });
    },
  };
}
