import { and, count, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { CursorPosition, ListQuery } from '../port.ts';
import { compileFilter, type FilterTarget } from './filter-sql.ts';
import type { SqliteDb } from './open.ts';
import { compileSortKey, type SortKey } from './sort-sql.ts';

export interface ListedTable {
  table: SQLiteTable;
  tenantId: SQLiteColumn;
  createdAt: SQLiteColumn;
  id: SQLiteColumn;
  target: FilterTarget;
}

export interface ListedRows<TRow> {
  totalResults: number;
  rows: TRow[];
  next?: CursorPosition;
}

/**
 * One listing for every resource table: filter (compiled to SQL), exact
 * total, a stable order (sort key, then creation time, then id) and either
 * an offset page (RFC 7644 §3.4.2.4) or a keyset page after a cursor
 * (RFC 9865), which stays fast however deep the export goes.
 */
export function listRows<TRow>(
  db: SqliteDb,
  listed: ListedTable,
  tenantId: string,
  query: ListQuery,
): ListedRows<TRow> {
  const where = and(
    sql`${listed.tenantId} = ${tenantId}`,
    query.filter ? compileFilter(query.filter, listed.target) : undefined,
  );
  const totalResults = db.select({ n: count() }).from(listed.table).where(where).get()?.n ?? 0;
  const { paging } = query;
  if (paging.count === 0) return { totalResults, rows: [] };

  const sortKey: SortKey | undefined = query.sort
    ? compileSortKey(query.sort, listed.target)
    : undefined;
  const keys = orderKeys(listed, sortKey);
  const direction = query.sort?.descending ? sql`desc` : sql`asc`;
  const orderBy = sql.join(
    keys.map((k) => sql`${k} ${direction}`),
    sql`, `,
  );

  let condition = where;
  if (paging.kind === 'cursor' && paging.after) {
    const tuple = sql.join(keys, sql`, `);
    const values = sql.join(
      positionValues(paging.after, sortKey).map((v) => sql`${v}`),
      sql`, `,
    );
    condition = and(
      where,
      query.sort?.descending ? sql`(${tuple}) < (${values})` : sql`(${tuple}) > (${values})`,
    );
  }
  const limit = paging.kind === 'cursor' ? paging.count + 1 : paging.count;
  const offset = paging.kind === 'index' ? paging.startIndex - 1 : 0;
  const selected = db
    .select({
      row: listed.table,
      sortKey: sortKey ? sortKey.expression : sql`null`,
    })
    .from(listed.table)
    .where(condition)
    .orderBy(orderBy)
    .limit(limit)
    .offset(offset)
    .all() as unknown as {
    row: TRow & { createdAt: Date; id: string };
    sortKey: string | number | null;
  }[];

  if (paging.kind === 'index') return { totalResults, rows: selected.map((s) => s.row) };
  const page = selected.slice(0, paging.count);
  const last = page.at(-1);
  const hasMore = selected.length > paging.count;
  return {
    totalResults,
    rows: page.map((s) => s.row),
    ...(hasMore && last
      ? {
          next: {
            ...(sortKey ? { sortKey: last.sortKey } : {}),
            created: last.row.createdAt.getTime(),
            id: last.row.id,
          },
        }
      : {}),
  };
}

/** The ORDER BY keys; nullable sort keys get an is-null flag so NULLs sort last (first when descending). */
function orderKeys(listed: ListedTable, sortKey: SortKey | undefined): SQL[] {
  const tail = [sql`${listed.createdAt}`, sql`${listed.id}`];
  if (!sortKey) return tail;
  if (!sortKey.nullable) return [sortKey.expression, ...tail];
  return [sql`(${sortKey.expression} is null)`, sql`coalesce(${sortKey.expression}, '')`, ...tail];
}

function positionValues(
  position: CursorPosition,
  sortKey: SortKey | undefined,
): (string | number)[] {
  const tail = [position.created, position.id];
  if (!sortKey) return tail;
  const value = position.sortKey ?? null;
  if (!sortKey.nullable) return [value ?? '', ...tail];
  return [value === null ? 1 : 0, value ?? '', ...tail];
}
