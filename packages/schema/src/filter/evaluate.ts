import type { AttributeType } from '../discovery/attribute.ts';
import type { AttributePath, Filter, FilterValue, CompareOperator } from './ast.ts';
import { compareValue } from './compare.ts';
import { attributeValues, getCaseInsensitive, isObject, isPresent } from './lookup.ts';

export interface EvaluationOptions {
  /** Attribute type and caseExact for a path relative to the evaluated object; undefined = unknown (treat as string, caseExact false). */
  describe?: (path: AttributePath) => { type: AttributeType; caseExact: boolean } | undefined;
}

/** Whether `target` matches `filter`, with the semantics of RFC 7644 §3.4.2.2. */
export function matchesFilter(
  filter: Filter,
  target: Record<string, unknown>,
  options: EvaluationOptions = {},
): boolean {
  switch (filter.kind) {
    case 'and':
      return (
        matchesFilter(filter.left, target, options) && matchesFilter(filter.right, target, options)
      );
    case 'or':
      return (
        matchesFilter(filter.left, target, options) || matchesFilter(filter.right, target, options)
      );
    case 'not':
      return !matchesFilter(filter.filter, target, options);
    case 'present':
      return attributeValues(target, filter.path).some(isPresent);
    case 'compare':
      return matchesComparison(target, filter.path, filter.op, filter.value, options);
    case 'valuePath':
      return matchesValuePath(target, filter.path, filter.filter, options);
  }
}

function matchesComparison(
  target: Record<string, unknown>,
  path: AttributePath,
  op: CompareOperator,
  expected: FilterValue,
  options: EvaluationOptions,
): boolean {
  let description = options.describe?.(path);
  let values = attributeValues(target, path);
  if (path.sub === undefined) {
    // A complex multi-valued attribute compared as a whole compares its `value`s (RFC 7643 §2.4).
    values = values.map((value) => (isObject(value) ? getCaseInsensitive(value, 'value') : value));
    if (description?.type === 'complex')
      description = options.describe?.({ ...path, sub: 'value' });
  }
  values = values.filter((value) => value !== null && value !== undefined);

  // `eq null` asks for an unassigned attribute, `ne null` for an assigned one (RFC 7643 §2.5).
  if (expected === null) {
    const present = values.some(isPresent);
    return op === 'eq' ? !present : op === 'ne' && present;
  }
  // An absent attribute is not equal to anything, and matches nothing else.
  if (values.length === 0) return op === 'ne';
  return values.some((value) => compareValue(value, op, expected, description));
}

/** `emails[type eq "work"]`: some element (or the single complex value) matches the inner filter. */
function matchesValuePath(
  target: Record<string, unknown>,
  path: AttributePath,
  inner: Filter,
  options: EvaluationOptions,
): boolean {
  const { describe } = options;
  const elementOptions: EvaluationOptions = describe
    ? { describe: (relative) => describe({ ...path, sub: relative.name }) }
    : {};
  return attributeValues(target, path).some(
    (element) => isObject(element) && matchesFilter(inner, element, elementOptions),
  );
}
