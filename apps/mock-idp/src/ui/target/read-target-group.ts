/** What the target app holds for one pushed group: the SCIM group and the admin API's view. */
import { ScimApiError, type AdminOutput, type ScimGroup } from '@scim/sdk';
import type { TargetClients } from './target-clients.ts';

export interface TargetGroup {
  group?: ScimGroup;
  /** Who manages it, and the roles the app gave the group itself. */
  details?: AdminOutput<'directory-getGroup'>;
}

export async function readTargetGroup(
  { scim, admin, tenant }: TargetClients,
  targetId: string,
): Promise<TargetGroup> {
  try {
    const group = await scim.groups.get(targetId);
    const details = await admin.directory.getGroup({ tenant, id: targetId });
    return { group, details };
  } catch (error) {
    if (error instanceof ScimApiError && error.status === 404) return {};
    throw error;
  }
}
