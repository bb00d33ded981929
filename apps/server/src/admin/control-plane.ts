/**
 * Tenants and their credentials (bearer tokens, HTTP Basic) in the admin API.
 * Secrets are returned once, when issued, and stored only as hashes.
 */
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { TENANT_ID } from '../config.ts';
import { generateToken, hashToken } from '../credentials/token-hash.ts';
import { hashPassword } from '../credentials/password-hash.ts';
import type { Credential, CredentialRepository, Tenant } from '../store/port.ts';
import { requireTenant } from './require-tenant.ts';
import { adminProcedure, createAdminRouter } from './trpc.ts';
import { tenantInput } from './admin-inputs.ts';

const DAY_MS = 86_400_000;
const tenantName = z.string().trim().min(1).max(200);
const label = z.string().trim().min(1).max(200);
/** Alation accepts tokens valid for one to six months. */
const expiresInDays = z.number().int().min(30).max(183).default(90);
const credentialId = z.string().min(1).max(128);

const tenantOutput = z.object({ id: z.string(), name: z.string(), created: z.string() });
const credentialOutput = z.object({
  id: z.string(),
  kind: z.enum(['bearer', 'basic']),
  label: z.string(),
  username: z.string().nullable(),
  created: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
});
const issuedToken = z.object({
  id: z.string(),
  label: z.string(),
  token: z.string(),
  expiresAt: z.string(),
});

/** "Longer than 16 characters, with letters, digits and at least one special character." */
export function basicPasswordProblem(password: string): string | undefined {
  if ([...password].length <= 16) return 'the password must be longer than 16 characters';
  if (!/\p{L}/u.test(password)) return 'the password must contain a letter';
  if (!/\p{Nd}/u.test(password)) return 'the password must contain a digit';
  if (!/[^\p{L}\p{Nd}]/u.test(password))
    return 'the password must contain at least one special character';
  return undefined;
}

export const tenantsRouter = createAdminRouter({
  list: adminProcedure
    .meta({
      openapi: { method: 'GET', path: '/tenants', tags: ['Tenants'], summary: 'All tenants' },
    })
    .input(z.object({}))
    .output(z.array(tenantOutput))
    .query(async ({ ctx }) =>
      (await ctx.store.read(({ tenants }) => tenants.list())).map(tenantView),
    ),
  create: adminProcedure
    .meta({
      openapi: { method: 'POST', path: '/tenants', tags: ['Tenants'], summary: 'Create a tenant' },
    })
    .input(
      z.object({
        id: z
          .string()
          .regex(TENANT_ID, 'lower-case letters, digits and inner hyphens, at most 63 characters'),
        name: tenantName,
      }),
    )
    .output(tenantOutput)
    .mutation(async ({ ctx, input }) => {
      const created = await ctx.store.transaction(({ tenants }) =>
        tenants.create(input.id, input.name),
      );
      if (!created)
        throw new TRPCError({ code: 'CONFLICT', message: `Tenant ${input.id} already exists` });
      return tenantView(await requireTenant(ctx.store, input.id));
    }),
  rename: adminProcedure
    .meta({
      openapi: {
        method: 'PATCH',
        path: '/tenants/{tenant}',
        tags: ['Tenants'],
        summary: 'Rename a tenant',
      },
    })
    .input(z.object({ ...tenantInput, name: tenantName }))
    .output(tenantOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      await ctx.store.transaction(({ tenants }) => tenants.rename(input.tenant, input.name));
      return tenantView(await requireTenant(ctx.store, input.tenant));
    }),
  delete: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/tenants/{tenant}',
        tags: ['Tenants'],
        summary: 'Delete a tenant with all its users, groups, service accounts and credentials',
      },
    })
    .input(z.object(tenantInput))
    .output(z.object({ id: z.string(), deleted: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const deleted = await ctx.store.transaction(({ tenants }) => tenants.delete(input.tenant));
      if (!deleted)
        throw new TRPCError({ code: 'NOT_FOUND', message: `Tenant ${input.tenant} not found` });
      return { id: input.tenant, deleted };
    }),
});

export const tokensRouter = createAdminRouter({
  list: adminProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/tenants/{tenant}/tokens',
        tags: ['Credentials'],
        summary: "A tenant's credentials (bearer and Basic), never their secrets",
      },
    })
    .input(z.object(tenantInput))
    .output(z.array(credentialOutput))
    .query(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const list = await ctx.store.read(({ credentials }) => credentials.list(input.tenant));
      return list.map(credentialView);
    }),
  create: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/tokens',
        tags: ['Credentials'],
        summary: 'Issue a bearer token; it is shown only in this response',
      },
    })
    .input(z.object({ ...tenantInput, label, expiresInDays }))
    .output(issuedToken)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      return ctx.store.transaction(({ credentials }) =>
        issueToken(credentials, input.tenant, input.label, input.expiresInDays),
      );
    }),
  revoke: adminProcedure
    .meta({
      openapi: {
        method: 'DELETE',
        path: '/tenants/{tenant}/tokens/{id}',
        tags: ['Credentials'],
        summary: 'Revoke a credential at once',
      },
    })
    .input(z.object({ ...tenantInput, id: credentialId }))
    .output(credentialOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const revoked = await ctx.store.transaction(async ({ credentials }) => {
        if (!(await credentials.revoke(input.tenant, input.id, new Date()))) return undefined;
        return credentials.get(input.tenant, input.id);
      });
      if (!revoked) throw credentialNotFound(input.id);
      return credentialView(revoked);
    }),
  regenerate: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/tokens/{id}/regenerate',
        tags: ['Credentials'],
        summary: 'Revoke a bearer token and issue a new one with the same label',
      },
    })
    .input(z.object({ ...tenantInput, id: credentialId, expiresInDays }))
    .output(issuedToken)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      return ctx.store.transaction(async ({ credentials }) => {
        const old = await credentials.get(input.tenant, input.id);
        if (!old) throw credentialNotFound(input.id);
        if (old.kind !== 'bearer')
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: 'Only bearer tokens can be regenerated',
          });
        await credentials.revoke(input.tenant, old.id, new Date());
        return issueToken(credentials, input.tenant, old.label, input.expiresInDays);
      });
    }),
});

export const basicCredentialsRouter = createAdminRouter({
  create: adminProcedure
    .meta({
      openapi: {
        method: 'POST',
        path: '/tenants/{tenant}/basic-credentials',
        tags: ['Credentials'],
        summary: 'Create an HTTP Basic credential; only a scrypt hash of the password is kept',
      },
    })
    .input(
      z.object({
        ...tenantInput,
        username: z
          .string()
          .min(1)
          .max(128)
          .regex(/^[^:\s]+$/, 'no colons or white space'),
        password: z.string().max(1024),
        label: label.optional(),
        expiresInDays,
      }),
    )
    .output(credentialOutput)
    .mutation(async ({ ctx, input }) => {
      await requireTenant(ctx.store, input.tenant);
      const problem = basicPasswordProblem(input.password);
      if (problem)
        throw new TRPCError({ code: 'BAD_REQUEST', message: `Weak password: ${problem}` });
      const secretHash = await hashPassword(input.password);
      const credential = await ctx.store.transaction(async ({ credentials }) => {
        if (await credentials.findBasic(input.tenant, input.username))
          throw new TRPCError({
            code: 'CONFLICT',
            message: `User name ${input.username} is already in use`,
          });
        return credentials.create({
          id: randomUUID(),
          tenantId: input.tenant,
          kind: 'basic',
          username: input.username,
          label: input.label ?? input.username,
          secretHash,
          expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
        });
      });
      return credentialView(credential);
    }),
});

async function issueToken(
  credentials: Pick<CredentialRepository, 'create'>,
  tenantId: string,
  tokenLabel: string,
  days: number,
) {
  const token = generateToken();
  const credential = await credentials.create({
    id: randomUUID(),
    tenantId,
    label: tokenLabel,
    secretHash: hashToken(token),
    expiresAt: new Date(Date.now() + days * DAY_MS),
  });
  return {
    id: credential.id,
    label: credential.label,
    token,
    expiresAt: (credential.expiresAt ?? new Date()).toISOString(),
  };
}

function credentialNotFound(id: string) {
  return new TRPCError({ code: 'NOT_FOUND', message: `Credential ${id} not found` });
}

function tenantView(tenant: Tenant) {
  return { id: tenant.id, name: tenant.name, created: tenant.created.toISOString() };
}

function credentialView(c: Credential): z.infer<typeof credentialOutput> {
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    username: c.username,
    created: c.created.toISOString(),
    expiresAt: c.expiresAt?.toISOString() ?? null,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
  };
}
