import { ScimError } from '@scim/schema';
import type { StoredResource } from '../store/port.ts';

/** RFC 7644 §3.14: the version is a weak entity tag. */
export function etagOf(version: number): string {
  return `W/"${version}"`;
}

export function metaOf(resource: StoredResource, resourceType: string, location: string) {
  return {
    resourceType,
    created: resource.created.toISOString(),
    lastModified: resource.lastModified.toISOString(),
    location,
    version: etagOf(resource.version),
  };
}

/**
 * Reads If-Match (RFC 7232 §3.1 as used by RFC 7644 §3.14): `*` matches
 * anything; otherwise a list of tags, weak or strong, compared by version.
 * Returns undefined when there is no precondition, or the version to match.
 * A tag list that can never match yields -1 so the conditional write fails.
 */
export function expectedVersionFrom(ifMatch: string | null, current: number): number | undefined {
  if (ifMatch === null || ifMatch.trim() === '') return undefined;
  if (ifMatch.trim() === '*') return undefined;
  const versions = parseEntityTags(ifMatch);
  if (versions.includes(current)) return current;
  return -1;
}

/** If-None-Match on GET: true when the client already has this version (→ 304). */
export function notModified(ifNoneMatch: string | null, current: number): boolean {
  if (ifNoneMatch === null) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return parseEntityTags(ifNoneMatch).includes(current);
}

function parseEntityTags(header: string): number[] {
  return header
    .split(',')
    .map((tag) => /^\s*(?:W\/)?"(\d+)"\s*$/i.exec(tag)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
}

export function preconditionFailed(): ScimError {
  return ScimError.preconditionFailed(
    'The resource was changed since the version given in If-Match',
  );
}
