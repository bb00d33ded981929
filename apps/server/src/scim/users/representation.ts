import { URN, isUrn } from '@scim/schema';
import type { StoredUser } from '../../store/port.ts';
import { metaOf } from '../resource-meta.ts';

export type UserGroupRef = { id: string; displayName: string };

/** A stored user as the SCIM JSON a client receives (RFC 7643 §4.1, §8.2). */
export function toScimUser(
  user: StoredUser,
  groups: UserGroupRef[],
  baseUrl: string,
): Record<string, unknown> {
  const location = `${baseUrl}/Users/${user.id}`;
  const schemas: string[] = [URN.user];
  for (const key of Object.keys(user.data)) if (isUrn(key)) schemas.push(key);
  return {
    schemas,
    id: user.id,
    ...user.data,
    active: user.active,
    ...(groups.length > 0
      ? {
          groups: groups.map((g) => ({
            value: g.id,
            display: g.displayName,
            $ref: `${baseUrl}/Groups/${g.id}`,
            type: 'direct',
          })),
        }
      : {}),
    meta: metaOf(user, 'User', location),
  };
}
