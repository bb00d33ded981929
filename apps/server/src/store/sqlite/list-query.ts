import { and, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ResolvedFilter } from '../../scim/query/resolved-filter.ts';
import type { CursorPosition, ListQuery } from '../port.ts';
import { compileFilter, type FilterTarget } from './filter-sql.ts';
import type { SqliteDb } from './open.ts';
import { compileSortKey, type SortKey } from './sort-sql.ts';

export interface ListedTable {
  /** Names the table in statement-cache keys. */
  name: string;
  table: SQLiteTable;
  tenantId: SQLiteColumn;
  createdAt: SQLiteColumn;
  id: SQLiteColumn;
  target: FilterTarget;
  /** A member's direct groups as a JSON column (memberships.ts), selected when asked for. */
  groups?: SQL<string>;
}

export interface ListedRows<TRow> {
  totalResults: number;
  rows: TRow[];
  /** Each row's groups column, when the listing asked for it. */
  groups?: string[];
  next?: CursorPosition;
}

type Bindings = Record<string, string | number>;

interface PreparedList {
  count: { get(bindings: Bindings): unknown };
  select: { all(bindings: Bindings): unknown };
  sortKey: SortKey | undefined;
}

/** Distinct query shapes kept prepared; beyond it the oldest is dropped. */
const MAX_CACHED_SHAPES = 256;

/**
 * One listing for every resource table: filter (compiled to SQL), exact
 * total, a stable order (sort key, then creation time, then id) and either
 * an offset page (RFC 7644 §3.4.2.4) or a keyset page after a cursor
 * (RFC 9865), which stays fast however deep the export goes.
 *
 * Filter values are placeholders, so the statements of a query shape
 * (`userName eq "…"`, whatever the name) are built and prepared once:
 * building and compiling SQL per request dominated list profiles.
 */
export function createLister(db: SqliteDb, listed: ListedTable) {
  const cache = new Map<string, PreparedList>();
  const cached = (key: string, shape: PreparedList): PreparedList => {
    if (cache.size >= MAX_CACHED_SHAPES) cache.delete(cache.keys().next().value as string);
    cache.set(key, shape);
    return shape;
  };

  const byKey = new Map<string, { all(bindings: Bindings): unknown }>();
  const readByKey = (key: UniqueKey, groups: SQL<string> | undefined) => {
    const name = `${key.column.name}:${groups !== undefined}`;
    let statement = byKey.get(name);
    if (!statement) {
      statement = db
        .select({ row: listed.table, ...(groups ? { groups } : {}) })
        .from(listed.table)
        .where(
          and(
            sql`${listed.tenantId} = ${sql.placeholder('tenantId')}`,
            sql`${key.column} = ${sql.placeholder('key')}`,
          ),
        )
        .prepare();
      byKey.set(name, statement);
    }
    return statement;
  };

  return function listRows<TRow>(
    tenantId: string,
    query: ListQuery,
    { withGroups = false }: { withGroups?: boolean } = {},
  ): ListedRows<TRow> {
    const groups = withGroups ? listed.groups : undefined;
    if (query.paging.kind === 'index') {
      const unique = uniqueKeyOf(query.filter, listed.target);
      if (unique) {
        const found = readByKey(unique, groups).all({
          tenantId,
          key: unique.value,
        }) as Selected<TRow>[];
        const { startIndex, count } = query.paging;
        const page = count > 0 && startIndex <= 1 ? found : [];
        return { totalResults: found.length, ...rowsOf(page, groups !== undefined) };
      }
    }
    const bindings: Bindings = { tenantId };
    let next = 0;
    const bind = (value: string | number): SQL => {
      const name = `p${next++}`;
      bindings[name] = value;
      return sql`${sql.placeholder(name)}`;
    };
    const where = query.filter ? compileFilter(query.filter, listed.target, bind) : undefined;
    const { paging } = query;
    const after = paging.kind === 'cursor' ? paging.after : undefined;
    const offset = paging.kind === 'index' ? paging.startIndex - 1 : 0;
    const limit = paging.kind === 'cursor' ? paging.count + 1 : paging.count;
    const key = shapeKey(query, after !== undefined, limit, groups !== undefined);
    const prepared =
      cache.get(key) ?? cached(key, prepare(db, listed, query, where, !!after, limit, groups));
    const count = () => (prepared.count.get(bindings) as { n: number } | undefined)?.n ?? 0;
    if (paging.count === 0) return { totalResults: count(), rows: [] };
    bindings.offset = offset;
    if (after) {
      positionValues(after, prepared.sortKey).forEach((value, i) => {
        bindings[`k${i}`] = value;
      });
    }
    const selected = prepared.select.all(bindings) as (Selected<
      TRow & {
        createdAt: Date;
        id: string;
      }
    > & { sortKey: string | number | null })[];
    // A page that ends before its limit has seen the last match, so with the matches before
    // it (its offset) it counts them all: the COUNT query, a scan of every match, is needed
    // only for a full page, a page after a cursor, or a page that starts beyond the end.
    const complete =
      after === undefined && selected.length < limit && (offset === 0 || selected.length > 0);
    const totalResults = complete ? offset + selected.length : count();

    if (paging.kind === 'index') return { totalResults, ...rowsOf(selected, groups !== undefined) };
    const page = selected.slice(0, paging.count);
    const last = page.at(-1);
    const hasMore = selected.length > paging.count;
    return {
      totalResults,
      ...rowsOf(page, groups !== undefined),
      ...(hasMore && last
        ? {
            next: {
              ...(prepared.sortKey ? { sortKey: last.sortKey } : {}),
              created: last.row.createdAt.getTime(),
              id: last.row.id,
            },
          }
        : {}),
    };
  };
}

/** A selected row, with its groups column when the listing asked for it. */
interface Selected<TRow> {
  row: TRow;
  groups?: string;
}

function rowsOf<TRow>(
  selected: Selected<TRow>[],
  withGroups: boolean,
): Pick<ListedRows<TRow>, 'rows' | 'groups'> {
  const rows = selected.map((s) => s.row);
  return withGroups ? { rows, groups: selected.map((s) => s.groups ?? '[]') } : { rows };
}

interface UniqueKey {
  column: SQLiteColumn;
  value: string;
}

/**
 * `eq` on a unique, case-folded key (userName, a group's displayName), with
 * index paging: the lookup IdPs make before every create. It matches at
 * most one row, so it is read by its index, without compiling the filter
 * or sorting and paging a listing; the value is folded as compileFilter
 * folds it, so the answer is the same.
 */
export function uniqueKeyOf(
  filter: ResolvedFilter | undefined,
  target: FilterTarget,
): UniqueKey | undefined {
  if (!filter || filter.kind !== 'compare' || filter.op !== 'eq') return undefined;
  if (typeof filter.value !== 'string') return undefined;
  const { path } = filter;
  if (path.sub || path.extension || target.special?.[path.attribute]) return undefined;
  const promoted = target.columns[path.attribute];
  if (!promoted?.unique || !promoted.foldedKey) return undefined;
  return { column: promoted.column, value: filter.value.toLowerCase() };
}

function prepare(
  db: SqliteDb,
  listed: ListedTable,
  query: ListQuery,
  filter: SQL | undefined,
  withCursor: boolean,
  limit: number,
  groups: SQL<string> | undefined,
): PreparedList {
  const where = and(sql`${listed.tenantId} = ${sql.placeholder('tenantId')}`, filter);
  const count = db
    .select({ n: sql<number>`count(*)` })
    .from(listed.table)
    .where(where)
    .prepare();

  const sortKey = query.sort ? compileSortKey(query.sort, listed.target) : undefined;
  const keys = orderKeys(listed, sortKey);
  const direction = query.sort?.descending ? sql`desc` : sql`asc`;
  const orderBy = sql.join(
    keys.map((k) => sql`${k} ${direction}`),
    sql`, `,
  );
  let condition = where;
  if (withCursor) {
    const tuple = sql.join(keys, sql`, `);
    const values = sql.join(
      keys.map((_, i) => sql.placeholder(`k${i}`)),
      sql`, `,
    );
    condition = and(
      where,
      query.sort?.descending ? sql`(${tuple}) < (${values})` : sql`(${tuple}) > (${values})`,
    );
  }
  const select = db
    .select({
      row: listed.table,
      sortKey: sortKey ? sortKey.expression : sql`null`,
      ...(groups ? { groups } : {}),
    })
    .from(listed.table)
    .where(condition)
    .orderBy(orderBy)
    .limit(literalLimit(limit))
    .offset(sql.placeholder('offset'))
    .prepare();
  return { count, select, sortKey };
}

/**
 * The page size as a literal in the SQL. SQLite's planner reads a bound
 * LIMIT's value, which marks the statement to be compiled again whenever
 * it is bound: every list request paid a full prepare (3x the query). Page
 * sizes are few (each IdP uses one), so each is its own cached statement.
 * drizzle embeds an SQL chunk given as the limit (its typing says number).
 */
function literalLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`bad page size ${limit}`);
  return sql.raw(String(limit)) as unknown as number;
}

/** What makes two list queries run the same SQL: everything but the filter values and offset. */
function shapeKey(
  query: ListQuery,
  withCursor: boolean,
  limit: number,
  withGroups: boolean,
): string {
  return JSON.stringify([
    limit,
    withGroups,
    query.filter ? filterShape(query.filter) : null,
    query.sort
      ? [
          query.sort.path.extension,
          query.sort.path.attribute,
          query.sort.path.sub,
          query.sort.descending,
        ]
      : null,
    query.paging.kind,
    withCursor,
  ]);
}

function filterShape(filter: ResolvedFilter): unknown {
  switch (filter.kind) {
    case 'and':
    case 'or':
      return [filter.kind, filterShape(filter.left), filterShape(filter.right)];
    case 'not':
      return ['not', filterShape(filter.filter)];
    case 'valuePath':
      return ['vp', filter.path.extension, filter.path.attribute, filterShape(filter.filter)];
    case 'present':
      return ['pr', filter.path.extension, filter.path.attribute, filter.path.sub];
    case 'compare':
      // null and string values compile to different SQL than other values.
      return [
        filter.op,
        filter.path.extension,
        filter.path.attribute,
        filter.path.sub,
        filter.value === null ? 'null' : typeof filter.value,
      ];
  }
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
