import Database from 'better-sqlite3';

/**
 * A connection to a SQLite file (or `:memory:`) with the server's pragmas.
 * The server's own connection adds drizzle and migrations (open.ts); the
 * request log's writer thread uses a bare one (request-log-worker.ts).
 */
export function openConnection(
  filename: string,
  { cacheKiB = 32_768 }: { cacheKiB?: number } = {},
): Database.Database {
  const client = new Database(filename);
  // WAL: readers never block the writer; NORMAL sync is durable across process crashes in WAL mode.
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  client.pragma('foreign_keys = ON');
  client.pragma('busy_timeout = 5000');
  // 32 MiB page cache by default: lookups in a 100,000-user file stay off the disk (resident memory stays well under 300 MB).
  client.pragma(`cache_size = -${Math.trunc(cacheKiB)}`);
  client.pragma('temp_store = MEMORY');
  return client;
}
