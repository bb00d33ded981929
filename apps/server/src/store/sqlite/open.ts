import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { openConnection } from './connection.ts';
import * as schema from './schema.ts';

/** drizzle over the connection, which stays reachable as `$client` (the request log inserts through it). */
export type SqliteDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Opens (creating if needed) a SQLite database file, or `:memory:`, and
 * applies pending migrations.
 */
export function openSqlite(filename: string): { db: SqliteDb; client: Database.Database } {
  if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
  const client = openConnection(filename);
  const db = drizzle(client, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, client };
}
