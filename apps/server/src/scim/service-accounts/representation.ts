import { URN, isUrn } from '@scim/schema';
import type { StoredServiceAccount } from '../../store/port.ts';
import { metaOf } from '../resource-meta.ts';

export type ServiceAccountGroupRef = { id: string; displayName: string };

/** A stored service account as the SCIM JSON a client receives (URN.serviceAccount). */
export function toScimServiceAccount(
  account: StoredServiceAccount,
  groups: ServiceAccountGroupRef[],
  baseUrl: string,
): Record<string, unknown> {
  const location = `${baseUrl}/ServiceAccounts/${account.id}`;
  const schemas: string[] = [URN.serviceAccount];
  for (const key of Object.keys(account.data)) if (isUrn(key)) schemas.push(key);
  return {
    schemas,
    id: account.id,
    ...account.data,
    active: account.active,
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
    meta: metaOf(account, 'ServiceAccount', location),
  };
}
