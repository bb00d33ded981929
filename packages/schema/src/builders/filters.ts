/**
 * Typed filter builders (RFC 7644 §3.4.2.2), so no one concatenates filter text:
 * `and(eq('userName', x), pr('externalId'))` is a filter AST whose attribute paths are
 * checked here and whose values are quoted and escaped by `filterText`.
 */
import { ScimError } from '../errors.ts';
import type { AttributePath, CompareOperator, Filter, FilterValue } from '../filter/ast.ts';
import { printFilter } from '../filter/print.ts';
import { parsePath } from '../path/parse.ts';

/** A comparison value; a Date becomes its ISO 8601 text (RFC 7643 §2.3.5 dateTime). */
export type FilterOperand = FilterValue | Date;

/**
 * Reads `[urn ":"] name ["." sub]` with the server's own path grammar, so anything the
 * server would not read as one attribute (spaces, brackets, operators) is refused here.
 */
export function attributePath(text: string): AttributePath {
  let parsed;
  try {
    parsed = parsePath(text);
  } catch (error) {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    throw invalidFilter(`'${text}' is not an attribute path${reason}`);
  }
  if (parsed.valueFilter !== undefined) {
    throw invalidFilter(`'${text}' is not an attribute path; use valuePath() for a value filter`);
  }
  return parsed.attribute;
}

function compare(op: CompareOperator, attribute: string, value: FilterOperand): Filter {
  return { kind: 'compare', path: attributePath(attribute), op, value: operand(value) };
}

function operand(value: FilterOperand): FilterValue {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidFilter('An invalid Date cannot be compared');
    return value.toISOString();
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw invalidFilter(`${value} is not a JSON number`);
  }
  return value;
}

/** `attribute eq value`: equal (case-insensitive unless the attribute is caseExact). */
export const eq = (attribute: string, value: FilterOperand) => compare('eq', attribute, value);
/** `attribute ne value` */
export const ne = (attribute: string, value: FilterOperand) => compare('ne', attribute, value);
/** `attribute co value`: contains */
export const co = (attribute: string, value: string) => compare('co', attribute, value);
/** `attribute sw value`: starts with */
export const sw = (attribute: string, value: string) => compare('sw', attribute, value);
/** `attribute ew value`: ends with */
export const ew = (attribute: string, value: string) => compare('ew', attribute, value);
/** `attribute gt value` */
export const gt = (attribute: string, value: FilterOperand) => compare('gt', attribute, value);
/** `attribute ge value` */
export const ge = (attribute: string, value: FilterOperand) => compare('ge', attribute, value);
/** `attribute lt value` */
export const lt = (attribute: string, value: FilterOperand) => compare('lt', attribute, value);
/** `attribute le value` */
export const le = (attribute: string, value: FilterOperand) => compare('le', attribute, value);

/** `attribute pr`: has a value. */
export function pr(attribute: string): Filter {
  return { kind: 'present', path: attributePath(attribute) };
}

/** All of the filters (`a and b and c`). */
export function and(first: Filter, ...rest: Filter[]): Filter {
  return rest.reduce<Filter>((left, right) => ({ kind: 'and', left, right }), first);
}

/** Any of the filters (`a or b or c`). */
export function or(first: Filter, ...rest: Filter[]): Filter {
  return rest.reduce<Filter>((left, right) => ({ kind: 'or', left, right }), first);
}

/** `not (filter)` */
export function not(filter: Filter): Filter {
  return { kind: 'not', filter };
}

/**
 * `attribute[filter]`: a multi-valued attribute with an element matching `filter`, whose
 * attributes are the element's sub-attributes: `valuePath('emails', eq('type', 'work'))`.
 */
export function valuePath(attribute: string, filter: Filter): Filter {
  const path = attributePath(attribute);
  if (path.sub !== undefined) {
    throw invalidFilter(`'${attribute}' names a sub-attribute; a value filter needs an attribute`);
  }
  checkRelative(filter);
  return { kind: 'valuePath', path, filter };
}

/** Inside brackets only bare sub-attribute names are allowed (RFC 7644 §3.4.2.2 valFilter). */
function checkRelative(filter: Filter): void {
  switch (filter.kind) {
    case 'compare':
    case 'present':
      if (filter.path.urn !== undefined || filter.path.sub !== undefined) {
        throw invalidFilter('Inside a value filter, name sub-attributes only (e.g. "type")');
      }
      return;
    case 'and':
    case 'or':
      checkRelative(filter.left);
      checkRelative(filter.right);
      return;
    case 'not':
      checkRelative(filter.filter);
      return;
    case 'valuePath':
      throw invalidFilter('Value filters cannot be nested');
  }
}

/** The filter as query text: values JSON-quoted and escaped, operators lower case. */
export function filterText(filter: Filter | string): string {
  return typeof filter === 'string' ? filter : printFilter(filter);
}

function invalidFilter(detail: string): ScimError {
  return ScimError.of('invalidFilter', detail);
}
