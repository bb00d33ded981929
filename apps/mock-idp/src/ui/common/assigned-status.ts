import type { PersonProvisioningStatus } from '../../engine/index.ts';

/**
 * A status for someone known to be assigned: the engine says `not assigned` until it has an app
 * account for them, which for an assigned person means "not provisioned (yet)".
 */
export function assignedStatus(status: PersonProvisioningStatus): string {
  return status === 'not assigned' ? 'not provisioned' : status;
}
