import {
  ScimError,
  listResponse,
  resourceTypeDocument,
  resourceTypes,
  schemaDefinitions,
  schemaDocument,
  serviceProviderConfigDocument,
  URN,
  type SchemaDefinition,
} from '@scim/schema';
import { z } from 'zod';
import type { RoleManagement, Tenant } from '../../store/port.ts';
import { decodeParam, tenantParam } from '../route-input.ts';
import { createScimRouter, scimProcedure } from '../trpc.ts';

const base = '/scim/v2/{tenant}';

/** Which schema's `roles` each role-management switch governs. */
const ROLE_SWITCHES: Record<string, keyof RoleManagement> = {
  [URN.user]: 'users',
  [URN.group]: 'groups',
  [URN.serviceAccount]: 'serviceAccounts',
};

/** A tenant with role management off for a resource type sees its `roles` as readOnly. */
function asTenantSees(schema: SchemaDefinition, tenant: Tenant): SchemaDefinition {
  const governed = ROLE_SWITCHES[schema.id];
  if (!governed || tenant.roleManagement[governed]) return schema;
  return {
    ...schema,
    attributes: schema.attributes.map((a) =>
      a.name === 'roles' ? { ...a, mutability: 'readOnly' } : a,
    ),
  };
}
const tags = ['Discovery'];
const document = z.record(z.string(), z.unknown());
const withId = z.object({ ...tenantParam, id: z.string() });

/** RFC 7644 §4: service provider configuration endpoints. */
export const discoveryRouter = createScimRouter({
  serviceProviderConfig: scimProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: `${base}/ServiceProviderConfig`,
        tags,
        summary: 'Supported features',
      },
    })
    .input(z.object(tenantParam))
    .output(document)
    .query(({ ctx }) => serviceProviderConfigDocument(ctx.services.features, ctx.baseUrl)),

  resourceTypes: scimProcedure
    .meta({
      openapi: { method: 'GET', path: `${base}/ResourceTypes`, tags, summary: 'Resource types' },
      wire: { returns: 'listResponse' },
    })
    .input(z.object(tenantParam))
    .output(document)
    .query(({ ctx }) => {
      const documents = resourceTypes.map((rt) => resourceTypeDocument(rt, ctx.baseUrl));
      return listResponse(documents, documents.length, 1);
    }),

  resourceType: scimProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: `${base}/ResourceTypes/{id}`,
        tags,
        summary: 'One resource type',
      },
    })
    .input(withId)
    .output(document)
    .query(({ ctx, input }) => {
      const id = decodeParam(input.id).toLowerCase();
      const found = resourceTypes.find((rt) => rt.id.toLowerCase() === id);
      if (!found) throw ScimError.notFound(`Resource type ${input.id} not found`);
      return resourceTypeDocument(found, ctx.baseUrl);
    }),

  schemas: scimProcedure
    .meta({
      openapi: { method: 'GET', path: `${base}/Schemas`, tags, summary: 'Schemas' },
      wire: { returns: 'listResponse' },
    })
    .input(z.object(tenantParam))
    .output(document)
    .query(({ ctx }) => {
      const documents = schemaDefinitions.map((s) =>
        schemaDocument(asTenantSees(s, ctx.tenant), ctx.baseUrl),
      );
      return listResponse(documents, documents.length, 1);
    }),

  schema: scimProcedure
    .meta({ openapi: { method: 'GET', path: `${base}/Schemas/{id}`, tags, summary: 'One schema' } })
    .input(withId)
    .output(document)
    .query(({ ctx, input }) => {
      const id = decodeParam(input.id).toLowerCase();
      const found = schemaDefinitions.find((s) => s.id.toLowerCase() === id);
      if (!found) throw ScimError.notFound(`Schema ${input.id} not found`);
      return schemaDocument(asTenantSees(found, ctx.tenant), ctx.baseUrl);
    }),
});
