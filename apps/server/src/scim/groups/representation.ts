import { URN } from '@scim/schema';
import type { Member, StoredGroup } from '../../store/port.ts';
import { metaOf } from '../resource-meta.ts';
import { schemasOf } from '../resource-representation.ts';

/** Where each member type lives, for `members[].$ref`. */
const ENDPOINTS: Record<Member['type'], string> = {
  User: 'Users',
  Group: 'Groups',
  ServiceAccount: 'ServiceAccounts',
};

/**
 * A stored group as SCIM JSON (RFC 7643 §4.2). `members` is undefined when
 * the caller excluded it (Entra: `excludedAttributes=members`), so large
 * groups are not read at all.
 */
export function toScimGroup(
  group: StoredGroup,
  members: Member[] | undefined,
  baseUrl: string,
): Record<string, unknown> {
  return {
    schemas: schemasOf(URN.group, group.data),
    id: group.id,
    ...group.data,
    ...(members && members.length > 0
      ? {
          members: members.map((m) => ({
            value: m.value,
            type: m.type,
            $ref: `${baseUrl}/${ENDPOINTS[m.type]}/${m.value}`,
            ...(m.display !== undefined ? { display: m.display } : {}),
          })),
        }
      : {}),
    meta: metaOf(group, 'Group', `${baseUrl}/Groups/${group.id}`),
  };
}
