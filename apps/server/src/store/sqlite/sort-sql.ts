import { ScimError } from '@scim/schema';
import { sql, type SQL } from 'drizzle-orm';
import type { SortOrder } from '../port.ts';
import type { FilterTarget } from './filter-sql.ts';
import { jsonPath, keyPath } from './json-path.ts';

export interface SortKey {
  expression: SQL;
  /** The value may be NULL (a JSON attribute); such rows sort last ascending, first descending. */
  nullable: boolean;
}

/**
 * The ORDER BY expression for sortBy (RFC 7644 §3.4.2.3): case-insensitive
 * unless the attribute is caseExact; a multi-valued attribute sorts by its
 * primary value, else its first.
 */
export function compileSortKey(sort: SortOrder, target: FilterTarget): SortKey {
  const path = sort.path;
  if (target.special?.[path.attribute]) {
    throw ScimError.of('invalidValue', `Cannot sort by '${path.attribute}'`);
  }
  const key = path.sub ? `${path.attribute}.${path.sub}` : path.attribute;
  const promoted = target.columns[key];
  const folded = (expression: SQL) =>
    path.leaf.type === 'string' && !path.leaf.caseExact ? sql`lower(${expression})` : expression;
  if (promoted) {
    const column = sql`${promoted.column}`;
    return {
      expression: promoted.foldedKey ? column : folded(column),
      nullable: !promoted.column.notNull,
    };
  }
  if (path.leaf.type === 'complex') {
    throw ScimError.of('invalidValue', `Sort by a sub-attribute of '${path.attribute}'`);
  }
  if (!path.definition.multiValued) {
    return {
      expression: folded(sql`json_extract(${target.data}, ${jsonPath(path, true)})`),
      nullable: true,
    };
  }
  const element = path.sub ? sql`json_extract(je.value, ${keyPath(path.sub)})` : sql`je.value`;
  const list = jsonPath(path, false);
  const primary = sql`(select ${element} from json_each(${target.data}, ${list}) as je where json_extract(je.value, '$.primary') = 1 limit 1)`;
  const first = sql`(select ${element} from json_each(${target.data}, ${list}) as je limit 1)`;
  return { expression: folded(sql`coalesce(${primary}, ${first})`), nullable: true };
}
