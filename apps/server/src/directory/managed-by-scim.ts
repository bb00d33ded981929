import { ScimError } from '@scim/schema';
import type { Origin } from '../store/port.ts';

/**
 * Resources an IdP provisions are read-only outside SCIM (Alation: "the
 * Display Name is supplied using an automatic process"): the admin API
 * may not change their profile or SCIM memberships.
 */
export function assertLocal(
  resource: { origin: Origin },
  what: 'User' | 'Group',
  id: string,
): void {
  if (resource.origin === 'scim') {
    throw ScimError.status(
      403,
      `${what} ${id} is managed by SCIM: change it in the identity provider that provisions it`,
    );
  }
}
