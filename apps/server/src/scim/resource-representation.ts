import { isUrn } from '@scim/schema';
import type { GroupRef, JsonObject } from '../store/port.ts';

/** `schemas` (RFC 7643 §3): the core schema, then each extension the document carries. */
export function schemasOf(coreSchema: string, data: JsonObject): string[] {
  const schemas = [coreSchema];
  for (const key of Object.keys(data)) if (isUrn(key)) schemas.push(key);
  return schemas;
}

/** The read-only `groups` attribute (RFC 7643 §4.1.2), absent when there are none. */
export function groupsAttribute(groups: GroupRef[], baseUrl: string) {
  if (groups.length === 0) return {};
  return {
    groups: groups.map((g) => ({
      value: g.id,
      display: g.displayName,
      $ref: `${baseUrl}/Groups/${g.id}`,
      type: 'direct',
    })),
  };
}
