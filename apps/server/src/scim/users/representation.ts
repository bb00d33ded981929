import { URN } from '@scim/schema';
import type { StoredUser } from '../../store/port.ts';
import type { GroupRef } from '../../store/port.ts';
import { groupsAttribute, schemasOf } from '../resource-representation.ts';
import { metaOf } from '../resource-meta.ts';

/** A stored user as the SCIM JSON a client receives (RFC 7643 §4.1, §8.2). */
export function toScimUser(
  user: StoredUser,
  groups: GroupRef[],
  baseUrl: string,
): Record<string, unknown> {
  return {
    schemas: schemasOf(URN.user, user.data),
    id: user.id,
    ...user.data,
    active: user.active,
    ...groupsAttribute(groups, baseUrl),
    meta: metaOf(user, 'User', `${baseUrl}/Users/${user.id}`),
  };
}
