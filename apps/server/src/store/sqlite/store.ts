import type { Repositories, Store } from '../port.ts';
import { SqliteCredentialRepository } from './credential-repository.ts';
import { SqliteGroupRepository } from './group-repository.ts';
import { openSqlite } from './open.ts';
import { SerialQueue } from './serial-queue.ts';
import { SqliteTenantRepository } from './tenant-repository.ts';
import { SqliteUserRepository } from './user-repository.ts';

/** The embedded default store: one SQLite file (or `:memory:`). */
export function createSqliteStore(filename: string): Store {
  const { db, client } = openSqlite(filename);
  const repositories: Repositories = {
    tenants: new SqliteTenantRepository(db),
    credentials: new SqliteCredentialRepository(db),
    users: new SqliteUserRepository(db),
    groups: new SqliteGroupRepository(db),
  };
  const queue = new SerialQueue();
  return {
    transaction<T>(work: (r: Repositories) => Promise<T>): Promise<T> {
      return queue.run(async () => {
        client.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(repositories);
          client.exec('COMMIT');
          return result;
        } catch (error) {
          if (client.inTransaction) client.exec('ROLLBACK');
          throw error;
        }
      });
    },
    close() {
      return queue.run(() => {
        client.close();
        return Promise.resolve();
      });
    },
  };
}
