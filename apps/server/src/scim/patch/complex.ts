import { resolveSubAttribute, type AttributeDefinition } from '@scim/schema';
import { isEmpty, isObject, type JsonObject } from './json.ts';
import { assertMutable } from './rules.ts';
import { normalizeSimple, type ComplexChange } from './values.ts';

/**
 * Applies a change to a complex value, returning a new object, or undefined
 * when nothing is left. RFC 7644 §3.5.2.1/§3.5.2.3: given sub-attributes are set,
 * the others stay. `checkImmutable` is off when building a brand-new element.
 */
export function mergeComplex(
  definition: AttributeDefinition,
  current: unknown,
  change: ComplexChange,
  where: string,
  checkImmutable = true,
): JsonObject | undefined {
  const result: JsonObject = isObject(current) ? { ...current } : {};
  for (const name of change.clear) {
    const sub = resolveSubAttribute(definition, name);
    if (sub && checkImmutable) assertMutable(sub, result[name], undefined, `${where}.${sub.name}`);
    delete result[name];
  }
  for (const [name, value] of Object.entries(change.set)) {
    const sub = resolveSubAttribute(definition, name);
    if (sub && checkImmutable) assertMutable(sub, result[name], value, `${where}.${sub.name}`);
    result[name] = value;
  }
  // A value whose `value` is cleared refers to nothing any more, so it goes as a
  // whole (Entra: manager {"value":""}; `remove emails[type eq "work"].value`).
  if (change.clear.includes('value') && resolveSubAttribute(definition, 'value')) return undefined;
  return isEmpty(result) ? undefined : result;
}

/** The change made by writing one sub-attribute (`name.givenName`, `emails[…].value`). */
export function subAttributeChange(
  sub: AttributeDefinition,
  raw: unknown,
  where: string,
): ComplexChange {
  const value = normalizeSimple(sub, raw, where);
  return value === null
    ? { set: {}, clear: [sub.name] }
    : { set: { [sub.name]: value }, clear: [] };
}
