import type { StoredChange } from '../store/port.ts';

/** A change event as webhook receivers and the admin API's audit trail see it. */
export interface EventPayload {
  id: string;
  /** Journal position: events of one tenant are delivered in this order. */
  seq: number;
  type: string;
  tenant: string;
  occurredAt: string;
  resource: { type: string; id: string };
  actor: StoredChange['actor'];
  data: Record<string, unknown>;
}

export function eventPayload(change: StoredChange): EventPayload {
  return {
    id: change.id,
    seq: change.seq,
    type: change.type,
    tenant: change.tenantId,
    occurredAt: change.occurredAt.toISOString(),
    resource: { type: change.resourceType, id: change.resourceId },
    actor: change.actor,
    data: change.data,
  };
}
