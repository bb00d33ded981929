import { ScimError } from '@scim/schema';
import { sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { FilterValue } from '@scim/schema';
import type { ResolvedAttributePath, ResolvedFilter } from '../../scim/query/resolved-filter.ts';
import { jsonPath, keyPath } from './json-path.ts';

/**
 * Compiles a resolved SCIM filter (RFC 7644 §3.4.2.2) to a SQLite WHERE
 * fragment. Promoted attributes use their indexed columns; everything else
 * reads the JSON document with json_extract / json_each. Nothing is
 * filtered in memory.
 */
export interface FilterTarget {
  /** The table's JSON document column, e.g. users.data. */
  data: SQLiteColumn;
  /** Attributes stored in their own columns, keyed by `attribute` or `attribute.sub`. */
  columns: Record<string, PromotedColumn>;
  /** Custom compilers for attributes stored outside the document (group members). */
  special?: Record<string, (filter: ResolvedFilter, bind: Bind) => SQL>;
  /**
   * Multi-valued attributes with a column of their `value`s (resource-columns.ts
   * valuesKey): a cheap substring test on it comes before reading the document.
   */
  valueKeys?: Record<string, SQLiteColumn>;
}

/** Operators whose matches all contain the filter value: the ones a values key can narrow. */
const CONTAINING_OPS = new Set(['eq', 'co', 'sw', 'ew']);

export interface PromotedColumn {
  column: SQLiteColumn;
  /** The column holds a lower-cased copy: compare with the value lower-cased in JS. */
  foldedKey?: boolean;
  /** The column holds epoch milliseconds; compare with Date.parse(value). */
  epochMillis?: boolean;
  /** A unique index covers (tenant, column): `eq` finds at most one row (list-query.ts). */
  unique?: boolean;
}

/**
 * Turns a filter value into SQL: a placeholder, so one prepared statement
 * serves every filter of the same shape (see list-query.ts).
 */
export type Bind = (value: string | number) => SQL;

export function compileFilter(filter: ResolvedFilter, target: FilterTarget, bind: Bind): SQL {
  switch (filter.kind) {
    case 'and':
      return sql`(${compileFilter(filter.left, target, bind)} and ${compileFilter(filter.right, target, bind)})`;
    case 'or':
      return sql`(${compileFilter(filter.left, target, bind)} or ${compileFilter(filter.right, target, bind)})`;
    case 'not':
      // coalesce: a comparison with an absent attribute is NULL; `not` of it must be true.
      return sql`(not coalesce(${compileFilter(filter.filter, target, bind)}, 0))`;
    case 'compare':
    case 'present':
    case 'valuePath':
      return compileLeaf(filter, target, bind);
  }
}

function compileLeaf(
  filter: Exclude<ResolvedFilter, { kind: 'and' | 'or' | 'not' }>,
  target: FilterTarget,
  bind: Bind,
): SQL {
  const path = filter.path;
  const special = target.special?.[path.attribute];
  if (special) return special(filter, bind);

  if (filter.kind === 'valuePath') {
    return sql`exists (select 1 from json_each(${target.data}, ${jsonPath(path, false)}) as je where ${compileElement(filter.filter, bind)})`;
  }
  const key = path.sub ? `${path.attribute}.${path.sub}` : path.attribute;
  const promoted = target.columns[key];
  if (promoted) return compileOnColumn(filter, promoted, bind);
  if (path.attribute === 'meta') {
    throw ScimError.of('invalidFilter', `meta.${path.sub ?? ''} cannot be filtered on`);
  }
  if (path.definition.multiValued) {
    if (filter.kind === 'present') {
      return sql`coalesce(json_array_length(${target.data}, ${jsonPath(path, false)}), 0) > 0`;
    }
    const element =
      path.definition.type === 'complex' && path.sub
        ? sql`json_extract(je.value, ${keyPath(path.sub)})`
        : sql`je.value`;
    const match = compareExpression(
      element,
      path,
      filter.op === 'ne' ? 'eq' : filter.op,
      filter.value,
      bind,
    );
    const any = sql`exists (select 1 from json_each(${target.data}, ${jsonPath(path, false)}) as je where ${match})`;
    // `ne` on a multi-valued attribute: no element equals the value.
    if (filter.op === 'ne') return sql`(not ${any})`;
    const valuesKey = path.sub === 'value' && !path.extension && target.valueKeys?.[path.attribute];
    if (valuesKey && CONTAINING_OPS.has(filter.op) && filter.value !== null) {
      // Any match contains the value, so its key line does: rows without it skip the JSON.
      return sql`(instr(${valuesKey}, lower(${bind(String(filter.value))})) > 0 and ${any})`;
    }
    return any;
  }
  const expression = sql`json_extract(${target.data}, ${jsonPath(path, true)})`;
  if (filter.kind === 'present') return presentExpression(expression, path);
  return compareExpression(expression, path, filter.op, filter.value, bind);
}

/** Inside `attr[...]`: paths are sub-attributes of the json_each element `je`. */
function compileElement(filter: ResolvedFilter, bind: Bind): SQL {
  switch (filter.kind) {
    case 'and':
      return sql`(${compileElement(filter.left, bind)} and ${compileElement(filter.right, bind)})`;
    case 'or':
      return sql`(${compileElement(filter.left, bind)} or ${compileElement(filter.right, bind)})`;
    case 'not':
      return sql`(not coalesce(${compileElement(filter.filter, bind)}, 0))`;
    case 'valuePath':
      throw ScimError.of('invalidFilter', 'Value filters cannot be nested');
    case 'present':
    case 'compare': {
      const expression =
        filter.path.definition.type === 'complex' && filter.path.sub
          ? sql`json_extract(je.value, ${keyPath(filter.path.sub)})`
          : sql`je.value`;
      if (filter.kind === 'present') return presentExpression(expression, filter.path);
      return compareExpression(expression, filter.path, filter.op, filter.value, bind);
    }
  }
}

function compileOnColumn(
  filter: Exclude<ResolvedFilter, { kind: 'and' | 'or' | 'not' | 'valuePath' }>,
  promoted: PromotedColumn,
  bind: Bind,
): SQL {
  const column = sql`${promoted.column}`;
  if (filter.kind === 'present') return presentExpression(column, filter.path);
  if (promoted.epochMillis) {
    if (filter.value === null) return nullComparison(column, filter.op);
    const millis = Date.parse(String(filter.value));
    return binary(column, filter.op, bind(millis));
  }
  if (promoted.foldedKey && typeof filter.value === 'string') {
    return textComparison(column, filter.op, bind(filter.value.toLowerCase()));
  }
  return compareExpression(column, filter.path, filter.op, filter.value, bind);
}

function presentExpression(expression: SQL, path: ResolvedAttributePath): SQL {
  // RFC 7644 §3.4.2.2: pr means "has a non-empty, non-null value".
  if (
    path.leaf.type === 'string' ||
    path.leaf.type === 'reference' ||
    path.leaf.type === 'binary'
  ) {
    return sql`coalesce(${expression} <> '', 0)`;
  }
  return sql`(${expression} is not null)`;
}

function compareExpression(
  expression: SQL,
  path: ResolvedAttributePath,
  op: string,
  value: FilterValue,
  bind: Bind,
): SQL {
  if (value === null) return nullComparison(expression, op);
  switch (path.leaf.type) {
    case 'boolean': {
      const bool = typeof value === 'string' ? value.toLowerCase() === 'true' : Boolean(value);
      return binary(expression, op, bind(bool ? 1 : 0));
    }
    case 'integer':
    case 'decimal':
      return binary(expression, op, bind(Number(value)));
    default: {
      const text = bind(String(value));
      if (path.leaf.caseExact) return textComparison(expression, op, text);
      return textComparison(sql`lower(${expression})`, op, sql`lower(${text})`);
    }
  }
}

function nullComparison(expression: SQL, op: string): SQL {
  if (op === 'eq') return sql`(${expression} is null)`;
  if (op === 'ne') return sql`(${expression} is not null)`;
  throw ScimError.of('invalidFilter', `null can only be compared with eq or ne`);
}

/** String operators without LIKE, so `%` and `_` in values are literal and case rules are ours. */
function textComparison(expression: SQL, op: string, v: SQL): SQL {
  switch (op) {
    case 'co':
      return sql`(instr(${expression}, ${v}) > 0)`;
    case 'sw':
      return sql`(substr(${expression}, 1, length(${v})) = ${v})`;
    case 'ew':
      return sql`(length(${expression}) >= length(${v}) and substr(${expression}, -length(${v})) = ${v})`;
    default:
      return binary(expression, op, v);
  }
}

function binary(left: SQL, op: string, right: SQL): SQL {
  switch (op) {
    case 'eq':
      return sql`(${left} = ${right})`;
    case 'ne':
      // An absent attribute is "not equal" too.
      return sql`(${left} is null or ${left} <> ${right})`;
    case 'gt':
      return sql`(${left} > ${right})`;
    case 'ge':
      return sql`(${left} >= ${right})`;
    case 'lt':
      return sql`(${left} < ${right})`;
    case 'le':
      return sql`(${left} <= ${right})`;
    case 'co':
      return sql`(instr(${left}, ${right}) > 0)`;
    case 'sw':
      return sql`(substr(${left}, 1, length(${right})) = ${right})`;
    case 'ew':
      return sql`(substr(${left}, -length(${right})) = ${right})`;
    default:
      throw ScimError.of('invalidFilter', `Unsupported operator '${op}'`);
  }
}
