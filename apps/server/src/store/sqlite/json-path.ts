import type { ResolvedAttributePath } from '../../scim/query/resolved-filter.ts';

/** `$."urn:…:User"."manager"."value"`: every key quoted, since URNs contain dots and colons. */
export function jsonPath(path: ResolvedAttributePath, withSub: boolean): string {
  const segments = [path.extension, path.attribute, withSub ? path.sub : undefined].filter(
    (s): s is string => s !== undefined,
  );
  return `$${segments.map((s) => `.${quoteKey(s)}`).join('')}`;
}

/** A path to one key of a JSON object, e.g. a sub-attribute of a json_each element. */
export function keyPath(key: string): string {
  return `$.${quoteKey(key)}`;
}

function quoteKey(key: string): string {
  return `"${key.replace(/"/g, '\\"')}"`;
}
