/**
 * Every change event type, as webhook receivers and the audit trail see
 * them. Adding one is an API change: document it in the README.
 */
export const CHANGE_TYPES = [
  'user.created',
  'user.updated',
  'user.deactivated',
  'user.reactivated',
  'user.deleted',
  'user.adopted',
  'user.locked',
  'user.unlocked',
  'group.created',
  'group.updated',
  'group.deleted',
  'group.membership.added',
  'group.membership.removed',
  'serviceAccount.created',
  'serviceAccount.updated',
  'serviceAccount.deactivated',
  'serviceAccount.reactivated',
  'serviceAccount.deleted',
  'role.assigned',
  'role.removed',
] as const;

export type ChangeType = (typeof CHANGE_TYPES)[number];
