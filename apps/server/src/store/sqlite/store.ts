import type { CommittedChange, Repositories, Store } from '../port.ts';
import { SqliteAccessRepository } from './access-repository.ts';
import { SqliteCatalogRepository } from './catalog-repository.ts';
import { SqliteChangeRepository } from './change-repository.ts';
import { SqliteCredentialRepository } from './credential-repository.ts';
import { SqliteGroupRepository } from './group-repository.ts';
import { SqliteLockRepository } from './lock-repository.ts';
import { openSqlite } from './open.ts';
import { SqliteRequestLogRepository } from './request-log-repository.ts';
import { SerialQueue } from './serial-queue.ts';
import { SqliteServiceAccountRepository } from './service-account-repository.ts';
import { SqliteTenantRepository } from './tenant-repository.ts';
import { SqliteUserRepository } from './user-repository.ts';
import { SqliteWebhookRepository } from './webhook-repository.ts';
import { WriteGeneration } from './write-generation.ts';

/** The embedded default store: one SQLite file (or `:memory:`). */
export function createSqliteStore(filename: string): Store {
  const { db, client } = openSqlite(filename);
  const changes = new SqliteChangeRepository(db);
  const listeners = new Set<(changes: CommittedChange[]) => void>();
  const writes = new WriteGeneration();
  const repositories: Repositories = {
    tenants: new SqliteTenantRepository(db),
    changes,
    locks: new SqliteLockRepository(db),
    requestLog: new SqliteRequestLogRepository(db),
    webhooks: new SqliteWebhookRepository(db),
    catalog: new SqliteCatalogRepository(db),
    access: new SqliteAccessRepository(db),
    credentials: new SqliteCredentialRepository(db, writes),
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
        writes.bump();
        begin.run();
        changes.pending = [];
        try {
          const result = await work(repositories);
          commit.run();
          const committed = changes.pending;
          changes.pending = [];
          // The write is committed: a failing listener must not turn it into an error.
          for (const listener of committed.length > 0 ? listeners : []) {
            try {
              listener(committed);
            } catch {
              // Listeners log their own failures.
            }
          }
          return result;
        } catch (error) {
          changes.pending = [];
          if (client.inTransaction) rollback.run();
          throw error;
        } finally {
          writes.bump();
        }
      });
    },
    onCommittedChanges(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
