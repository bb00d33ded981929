import { formatRoleType } from '@scim/schema';
import { z } from 'zod';
import { IDP_CLIENTS } from '../scim/idp-client.ts';
import type { Tenant } from '../store/port.ts';
import { effectiveAccess } from '../access/effective-access.ts';
import { basicCredentialsRouter, tenantsRouter, tokensRouter } from './control-plane.ts';
import { directoryRouter } from './directory-router.ts';
import { auditRouter, requestLogRouter, webhooksRouter } from './events-router.ts';
import { requireTenant } from './require-tenant.ts';
import { adminProcedure, createAdminRouter } from './trpc.ts';
import { tenantInput } from './admin-inputs.ts';

const catalogName = z.string().min(1).max(64);

const settings = z.object({
  catalogAutoCreate: z.boolean(),
  rateLimitPerSecond: z.number().int().min(0).nullable(),
  roleManagement: z.object({
    users: z.boolean(),
    groups: z.boolean(),
    serviceAccounts: z.boolean(),
  }),
  /** The SCIM sync switch: off, every authenticated SCIM request gets 403 and nothing changes. */
  scimEnabled: z.boolean(),
  /** Recorded in logs and used for response preferences (e.g. 204 for Entra group PATCH). */
  idpClient: z.enum(IDP_CLIENTS),
  /** A SCIM create whose userName matches a user created outside SCIM adopts it instead of 409. */
  adoptExistingUsers: z.boolean(),
  /** Days the request log keeps entries; 0 keeps none. */
  requestLogRetentionDays: z.number().int().min(0).max(365),
});

/** The admin API: tRPC procedures, also REST under /api via trpc-to-openapi. */
export const adminRouter = createAdminRouter({
  tenants: tenantsRouter,
  tokens: tokensRouter,
  basicCredentials: basicCredentialsRouter,
  directory: directoryRouter,
  audit: auditRouter,
  requestLog: requestLogRouter,
  webhooks: webhooksRouter,
  catalog: createAdminRouter({
    list: adminProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/tenants/{tenant}/catalog',
          tags: ['Catalog'],
          summary: "A tenant's workspaces and secret scopes",
        },
      })
      .input(z.object(tenantInput))
      .output(z.object({ workspaces: z.array(z.string()), secretScopes: z.array(z.string()) }))
      .query(async ({ ctx, input }) => {
        await requireTenant(ctx.store, input.tenant);
        return ctx.store.read(({ catalog }) => catalog.list(input.tenant));
      }),
    add: adminProcedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/tenants/{tenant}/catalog',
          tags: ['Catalog'],
          summary: 'Add workspaces and secret scopes',
        },
      })
      .input(
        z.object({
          ...tenantInput,
          workspaces: z.array(catalogName).max(1000).default([]),
          secretScopes: z.array(catalogName).max(1000).default([]),
        }),
      )
      .output(z.object({ workspaces: z.array(z.string()), secretScopes: z.array(z.string()) }))
      .mutation(async ({ ctx, input }) => {
        await requireTenant(ctx.store, input.tenant);
        // Names must fit the role grammar: workspace_<name>, secret_scope_<name>.
        const workspaces = input.workspaces.map((w) =>
          formatRoleType({ kind: 'workspace', workspace: w }).slice('workspace_'.length),
        );
        const scopes = input.secretScopes.map((s) =>
          formatRoleType({ kind: 'secret_scope', scope: s }).slice('secret_scope_'.length),
        );
        return ctx.store.transaction(async ({ catalog }) => {
          await catalog.add(input.tenant, 'workspace', workspaces);
          await catalog.add(input.tenant, 'secret_scope', scopes);
          return catalog.list(input.tenant);
        });
      }),
  }),

  settings: createAdminRouter({
    get: adminProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/tenants/{tenant}/settings',
          tags: ['Settings'],
          summary: "A tenant's settings",
        },
      })
      .input(z.object(tenantInput))
      .output(settings)
      .query(async ({ ctx, input }) => {
        const tenant = await requireTenant(ctx.store, input.tenant);
        return settingsOf(tenant);
      }),
    update: adminProcedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/tenants/{tenant}/settings',
          tags: ['Settings'],
          summary: "Change a tenant's settings",
        },
      })
      .input(
        z.object({
          ...tenantInput,
          ...settings.partial().shape,
          roleManagement: settings.shape.roleManagement.partial().optional(),
        }),
      )
      .output(settings)
      .mutation(async ({ ctx, input }) => {
        await requireTenant(ctx.store, input.tenant);
        await ctx.store.transaction(async ({ tenants }) => {
          if (input.catalogAutoCreate !== undefined)
            await tenants.setCatalogAutoCreate(input.tenant, input.catalogAutoCreate);
          if (input.rateLimitPerSecond !== undefined)
            await tenants.setRateLimit(input.tenant, input.rateLimitPerSecond);
          if (input.roleManagement)
            await tenants.setRoleManagement(input.tenant, input.roleManagement);
          if (input.scimEnabled !== undefined)
            await tenants.setScimEnabled(input.tenant, input.scimEnabled);
          if (input.idpClient !== undefined)
            await tenants.setIdpClient(input.tenant, input.idpClient);
          if (input.adoptExistingUsers !== undefined)
            await tenants.setAdoptExistingUsers(input.tenant, input.adoptExistingUsers);
          if (input.requestLogRetentionDays !== undefined)
            await tenants.setRequestLogRetentionDays(input.tenant, input.requestLogRetentionDays);
        });
        const tenant = await requireTenant(ctx.store, input.tenant);
        return settingsOf(tenant);
      }),
  }),

  access: createAdminRouter({
    user: adminProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/tenants/{tenant}/users/{id}/effective-access',
          tags: ['Access'],
          summary: "A user's effective roles, each with where it comes from",
        },
      })
      .input(z.object({ ...tenantInput, id: z.string().min(1).max(128) }))
      .output(z.record(z.string(), z.unknown()))
      .query(async ({ ctx, input }) => {
        await requireTenant(ctx.store, input.tenant);
        return effectiveAccess(ctx.store, input.tenant, 'User', input.id);
      }),
    serviceAccount: adminProcedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/tenants/{tenant}/service-accounts/{id}/effective-access',
          tags: ['Access'],
          summary: "A service account's effective roles, each with where it comes from",
        },
      })
      .input(z.object({ ...tenantInput, id: z.string().min(1).max(128) }))
      .output(z.record(z.string(), z.unknown()))
      .query(async ({ ctx, input }) => {
        await requireTenant(ctx.store, input.tenant);
        return effectiveAccess(ctx.store, input.tenant, 'ServiceAccount', input.id);
      }),
  }),
});

export type AdminRouter = typeof adminRouter;

function settingsOf(tenant: Tenant): z.infer<typeof settings> {
  return {
    catalogAutoCreate: tenant.catalogAutoCreate,
    rateLimitPerSecond: tenant.rateLimitPerSecond,
    roleManagement: tenant.roleManagement,
    scimEnabled: tenant.scimEnabled,
    idpClient: tenant.idpClient,
    adoptExistingUsers: tenant.adoptExistingUsers,
    requestLogRetentionDays: tenant.requestLogRetentionDays,
  };
}
