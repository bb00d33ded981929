import type { Catalog, Store } from '../../store/port.ts';

/** Reads of the role model that are not part of a resource. */
export class RoleService {
  constructor(private readonly store: Store) {}

  catalog(tenantId: string): Promise<Catalog> {
    return this.store.read(({ catalog }) => catalog.list(tenantId));
  }
}
