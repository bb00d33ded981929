import { URN } from '@scim/schema';
import type { StoredServiceAccount } from '../../store/port.ts';
import type { GroupRef } from '../../store/port.ts';
import { groupsAttribute, schemasOf } from '../resource-representation.ts';
import { metaOf } from '../resource-meta.ts';

/** A stored service account as the SCIM JSON a client receives (URN.serviceAccount). */
export function toScimServiceAccount(
  account: StoredServiceAccount,
  groups: GroupRef[],
  baseUrl: string,
): Record<string, unknown> {
  return {
    schemas: schemasOf(URN.serviceAccount, account.data),
    id: account.id,
    ...account.data,
    active: account.active,
    ...groupsAttribute(groups, baseUrl),
    meta: metaOf(account, 'ServiceAccount', `${baseUrl}/ServiceAccounts/${account.id}`),
  };
}
