/**
 * The request log's insert, in plain better-sqlite3 statements: the writer
 * thread (request-log-worker.ts) uses it without loading drizzle and the
 * schema, which cost that thread some 13 MB, and the repository uses it
 * too, so there is one insert. The columns are `requestLog`'s in schema.ts.
 */
import type Database from 'better-sqlite3';
import type { RequestLogEntry } from '../port.ts';

interface Statements {
  insert: Database.Statement;
  tenantExists: Database.Statement;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statementsOf(client: Database.Database): Statements {
  let statements = prepared.get(client);
  if (!statements) {
    statements = {
      insert: client.prepare(
        `insert into request_log (request_id, tenant_id, at, method, path, status, duration_ms,
           credential_id, idp_client, user_agent, request_body, response_body)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      tenantExists: client.prepare('select 1 from tenants where id = ?').pluck(),
    };
    prepared.set(client, statements);
  }
  return statements;
}

/** Inserts the entries (within the caller's transaction); a tenant deleted since takes its entries with it. */
export function appendRequestLog(client: Database.Database, entries: RequestLogEntry[]): void {
  const { insert, tenantExists } = statementsOf(client);
  const exists = new Map<string, boolean>();
  for (const entry of entries) {
    let known = exists.get(entry.tenantId);
    if (known === undefined) {
      known = tenantExists.get(entry.tenantId) !== undefined;
      exists.set(entry.tenantId, known);
    }
    if (!known) continue;
    insert.run(
      entry.requestId,
      entry.tenantId,
      entry.at.getTime(),
      entry.method,
      entry.path,
      entry.status,
      entry.durationMs,
      entry.credentialId,
      entry.idpClient,
      entry.userAgent,
      entry.requestBody,
      entry.responseBody,
    );
  }
}
