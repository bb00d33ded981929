import { isDeepStrictEqual } from 'node:util';
import { randomUUID } from 'node:crypto';
import {
  ScimError,
  ServiceAccountInput,
  normalizePatchRequest,
  normalizeResource,
  parseModel,
  serviceAccountResourceType,
} from '@scim/schema';
import type {
  GroupRef,
  JsonObject,
  ListQuery,
  Page,
  Store,
  StoredServiceAccount,
  WriteScope,
} from '../../store/port.ts';
import { leftGroupChanges, resourceChanges, activeState } from '../../changes/describe-changes.ts';
import { assertWritten, deleteIfMatch } from '../conditional-write.ts';
import { applyPatch } from '../patch/index.ts';
import { expectedVersionFrom, preconditionFailed } from '../resource-meta.ts';
import { settleRoles } from '../roles/settle-roles.ts';
import { withUniqueness } from '../uniqueness.ts';

export interface ServiceAccountView {
  account: StoredServiceAccount;
  groups: GroupRef[];
}

/** Reading the read-only `groups` attribute costs a query; skipped when projected out. */
export interface ReadOptions {
  withGroups: boolean;
}

const ALL: ReadOptions = { withGroups: true };

/** Service accounts: the rules between the wire and the store, as for Users (RFC 7644 §3.3–3.6). */
export class ServiceAccountService {
  constructor(private readonly store: Store) {}

  create(scope: WriteScope, body: unknown): Promise<ServiceAccountView> {
    const data = validate(body);
    if (data.active === undefined) data.active = true;
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      await settleRoles(data, repositories, tenantId, {
        kind: 'serviceAccounts',
        currentRoles: undefined,
      });
      const account = await withUniqueness(
        () => repositories.serviceAccounts.insert(tenantId, { id: randomUUID(), data }),
        takenDetail(data),
      );
      await repositories.changes.append(
        tenantId,
        scope.actor,
        resourceChanges('ServiceAccount', undefined, activeState(account)),
      );
      return { account, groups: [] };
    });
  }

  get(tenantId: string, id: string, options: ReadOptions = ALL): Promise<ServiceAccountView> {
    return this.store.read(async ({ serviceAccounts }) => {
      if (options.withGroups) {
        const read = await serviceAccounts.getWithGroups(tenantId, id);
        if (!read) throw ScimError.notFound(`ServiceAccount ${id} not found`);
        return { account: read.resource, groups: read.groups };
      }
      const account = await serviceAccounts.get(tenantId, id);
      if (!account) throw ScimError.notFound(`ServiceAccount ${id} not found`);
      return { account, groups: [] };
    });
  }

  list(
    tenantId: string,
    query: ListQuery,
    options: ReadOptions = ALL,
  ): Promise<Page<ServiceAccountView>> {
    return this.store.read(async ({ serviceAccounts }) => {
      if (options.withGroups) {
        const page = await serviceAccounts.listWithGroups(tenantId, query);
        return {
          ...page,
          items: page.items.map(({ resource, groups }) => ({ account: resource, groups })),
        };
      }
      const page = await serviceAccounts.list(tenantId, query);
      return { ...page, items: page.items.map((account) => ({ account, groups: [] })) };
    });
  }

  /** PUT (RFC 7644 §3.5.1): replaces every writable attribute; read-only ones in the body are ignored. */
  replace(
    scope: WriteScope,
    id: string,
    body: unknown,
    ifMatch: string | null,
  ): Promise<ServiceAccountView> {
    const data = validate(body);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { serviceAccounts } = repositories;
      const current = await serviceAccounts.get(tenantId, id);
      if (!current) throw ScimError.notFound(`ServiceAccount ${id} not found`);
      await settleRoles(data, repositories, tenantId, {
        kind: 'serviceAccounts',
        currentRoles: current.data.roles,
      });
      // As for users: a PUT without `active` keeps the current status.
      if (data.active === undefined) data.active = current.active;
      const result = await withUniqueness(
        () =>
          serviceAccounts.update(tenantId, id, data, {
            expectedVersion: expectedVersionFrom(ifMatch, current.version) ?? current.version,
          }),
        takenDetail(data),
      );
      assertWritten(result);
      await repositories.changes.append(
        tenantId,
        scope.actor,
        resourceChanges('ServiceAccount', activeState(current), activeState(result.value)),
      );
      const groups = await serviceAccounts.groupsOf(tenantId, id);
      return { account: result.value, groups };
    });
  }

  /** PATCH (RFC 7644 §3.5.2): all operations apply, or none. */
  patch(
    scope: WriteScope,
    id: string,
    body: unknown,
    ifMatch: string | null,
  ): Promise<ServiceAccountView> {
    const operations = normalizePatchRequest(body);
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { serviceAccounts } = repositories;
      const current = await serviceAccounts.get(tenantId, id);
      if (!current) throw ScimError.notFound(`ServiceAccount ${id} not found`);
      const expectedVersion = expectedVersionFrom(ifMatch, current.version);
      if (expectedVersion === -1) throw preconditionFailed();
      const patched = applyPatch(
        { ...current.data, id, active: current.active },
        operations,
        serviceAccountResourceType,
      );
      delete patched.id;
      const data = validate(patched);
      await settleRoles(data, repositories, tenantId, {
        kind: 'serviceAccounts',
        currentRoles: current.data.roles,
      });
      if (data.active === undefined) data.active = current.active;
      const groups = await serviceAccounts.groupsOf(tenantId, id);
      if (isDeepStrictEqual(data, { ...current.data, active: current.active })) {
        return { account: current, groups };
      }
      const result = await withUniqueness(
        () => serviceAccounts.update(tenantId, id, data, { expectedVersion: current.version }),
        takenDetail(data),
      );
      assertWritten(result);
      await repositories.changes.append(
        tenantId,
        scope.actor,
        resourceChanges('ServiceAccount', activeState(current), activeState(result.value)),
      );
      return { account: result.value, groups };
    });
  }

  delete(scope: WriteScope, id: string, ifMatch: string | null): Promise<void> {
    const { tenantId } = scope;
    return this.store.transaction(async (repositories) => {
      const { deleted, leftGroups } = await deleteIfMatch(
        repositories.serviceAccounts,
        tenantId,
        id,
        ifMatch,
        `ServiceAccount ${id} not found`,
      );
      await repositories.changes.append(tenantId, scope.actor, [
        ...resourceChanges('ServiceAccount', activeState(deleted), undefined),
        ...leftGroupChanges(id, leftGroups),
      ]);
    });
  }
}

/** Normalises and validates a service account body. */
function validate(body: unknown): JsonObject {
  const data = normalizeResource(body, serviceAccountResourceType);
  parseModel(ServiceAccountInput, data);
  return data;
}

function takenDetail(data: JsonObject): string {
  return `A service account named '${String(data.displayName)}' already exists`;
}
