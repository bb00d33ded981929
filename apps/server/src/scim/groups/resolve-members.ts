import { ScimError } from '@scim/schema';
import type { MemberRef, Repositories } from '../../store/port.ts';

/** Every member must be a User, Group or ServiceAccount of the same tenant; a group cannot contain itself. */
export async function resolveMembers(
  repositories: Repositories,
  tenantId: string,
  groupId: string,
  ids: string[],
): Promise<MemberRef[]> {
  const unique = [...new Set(ids)];
  if (unique.includes(groupId))
    throw ScimError.of('invalidValue', 'A group cannot be a member of itself');
  const types = await repositories.groups.resolveMembers(tenantId, unique);
  const missing = unique.filter((id) => !types.has(id));
  if (missing.length > 0) {
    throw ScimError.of(
      'invalidValue',
      `Unknown member id(s): ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}`,
    );
  }
  return unique.map((value) => ({ value, type: types.get(value) ?? 'User' }));
}
