/**
 * The one place where trpc-to-openapi's view of a SCIM route is corrected to what
 * the server does (stack-and-style §1.2–1.4). trpc-to-openapi documents every
 * success as 200 `application/json`, every error with tRPC's body, and query
 * parameters of POST/PUT/PATCH as a JSON body; from the route's `wire` meta this
 * writes the real statuses, `application/scim+json`, headers, request bodies and
 * the RFC 7644 §3.12 error responses.
 */
import { resourceTypes, type ResourceTypeDefinition } from '@scim/schema';
import type { ScimMeta } from '../scim/trpc.ts';
import type { WireDoc } from '../scim/wire-doc.ts';
import type { Components } from './openapi-components.ts';
import {
  bulkRequestRef,
  bulkResponseRef,
  documentRef,
  listResponseRef,
  patchOpRef,
  searchRequestRef,
} from './openapi-message-schemas.ts';
import { resourceRef } from './openapi-resource-schemas.ts';
import { errorResponseRef, headerRef, type ScimErrorStatus } from './openapi-scim-responses.ts';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  ResponsesObject,
  SchemaObject,
} from './openapi-types.ts';
import { SCIM_MEDIA_TYPE } from './scim-edge.ts';

/** RFC 7644 §3.1: requests may also be plain JSON (Okta's spec tests send it). */
const REQUEST_MEDIA_TYPES = [SCIM_MEDIA_TYPE, 'application/json'];

/** A route with no `wire` meta: any JSON object out, and in when the method has a body. */
function defaultWire(method: string): WireDoc {
  return method === 'get' || method === 'delete'
    ? { returns: 'document' }
    : { body: 'resource', returns: 'document' };
}

/** A tenant's bearer token or HTTP Basic credential (scim-listener.ts authenticates either). */
export const SCIM_SECURITY: Record<string, string[]>[] = [{ scimBearer: [] }, { scimBasic: [] }];

export function scimOperation(
  raw: OperationObject,
  method: string,
  path: string,
  meta: ScimMeta,
  components: Components,
): OperationObject {
  const wire = meta.wire ?? defaultWire(method);
  const type = resourceTypeOf(path);
  const parameters = [
    ...ownParameters(raw),
    ...bodyInputAsQuery(raw),
    ...preconditionParameters(wire),
  ];
  const operation: OperationObject = {
    ...(raw.operationId ? { operationId: raw.operationId } : {}),
    ...(raw.summary ? { summary: raw.summary } : {}),
    ...(raw.description ? { description: raw.description } : {}),
    ...(raw.tags ? { tags: raw.tags } : {}),
    security: SCIM_SECURITY,
    parameters,
  };
  const body = wire.body && requestBodySchema(wire.body, type, components);
  if (body) {
    operation.requestBody = {
      required: true,
      content: Object.fromEntries(REQUEST_MEDIA_TYPES.map((media) => [media, { schema: body }])),
    };
  }
  operation.responses = responses(wire, meta.successStatus ?? 200, type, {
    hasInput: parameters.some((p) => p.in === 'query') || body !== undefined,
    hasId: path.includes('{id}'),
    components,
  });
  return operation;
}

/** The resource type whose endpoint the path is under (`/scim/v2/{tenant}/Users/…` → User). */
function resourceTypeOf(path: string): ResourceTypeDefinition | undefined {
  const segment = /^\/scim\/v2\/\{tenant\}(\/[^/]+)/.exec(path)?.[1];
  return resourceTypes.find((type) => type.endpoint === segment);
}

/** The path and query parameters trpc-to-openapi found, with their schema's description lifted. */
function ownParameters(raw: OperationObject): ParameterObject[] {
  return (raw.parameters ?? []).filter((p): p is ParameterObject => 'in' in p).map(described);
}

function described(parameter: ParameterObject): ParameterObject {
  const schema = parameter.schema as SchemaObject | undefined;
  if (parameter.description || !schema?.description) return parameter;
  return { ...parameter, description: schema.description };
}

/**
 * trpc-to-openapi puts the non-path inputs of POST/PUT/PATCH in a JSON body; SCIM
 * procedures read them from the query string (RFC 7644 §3.9 `attributes` on any method)
 * and take the body from the request untouched.
 */
function bodyInputAsQuery(raw: OperationObject): ParameterObject[] {
  const requestBody = raw.requestBody;
  if (!requestBody || '$ref' in requestBody) return [];
  const schema = requestBody.content['application/json']?.schema as SchemaObject | undefined;
  return Object.entries(schema?.properties ?? {}).map(([name, property]) =>
    described({ in: 'query', name, schema: property }),
  );
}

function preconditionParameters(wire: WireDoc): ParameterObject[] {
  const parameters: ParameterObject[] = [];
  if (wire.precondition === 'If-Match') {
    parameters.push({
      in: 'header',
      name: 'If-Match',
      description:
        'Apply only if the resource is at this version (an ETag); else 412 (RFC 7644 §3.14).',
      schema: { type: 'string' },
    });
  }
  if (wire.precondition === 'If-None-Match') {
    parameters.push({
      in: 'header',
      name: 'If-None-Match',
      description:
        'Answer 304 with no body if the resource is still at this version (RFC 7644 §3.14).',
      schema: { type: 'string' },
    });
  }
  if (wire.mayOmitBody) {
    parameters.push({
      in: 'header',
      name: 'Prefer',
      description: '`return=minimal` asks for 204 with no body (RFC 7240 §4.2).',
      schema: { type: 'string' },
    });
  }
  return parameters;
}

function requestBodySchema(
  body: NonNullable<WireDoc['body']>,
  type: ResourceTypeDefinition | undefined,
  components: Components,
): ReferenceObject {
  switch (body) {
    case 'resource':
      return type ? resourceRef(components, type, 'input') : documentRef(components);
    case 'patchOp':
      return patchOpRef(components);
    case 'searchRequest':
      return searchRequestRef(components);
    case 'bulkRequest':
      return bulkRequestRef(components);
  }
}

function responseBodySchema(
  returns: WireDoc['returns'],
  type: ResourceTypeDefinition | undefined,
  components: Components,
): ReferenceObject | undefined {
  switch (returns) {
    case 'resource':
      return type ? resourceRef(components, type, 'response') : documentRef(components);
    case 'listResponse':
      return listResponseRef(components, type);
    case 'bulkResponse':
      return bulkResponseRef(components);
    case 'document':
      return documentRef(components);
    case 'nothing':
      return undefined;
  }
}

interface ResponseContext {
  hasInput: boolean;
  hasId: boolean;
  components: Components;
}

function responses(
  wire: WireDoc,
  successStatus: number,
  type: ResourceTypeDefinition | undefined,
  { hasInput, hasId, components }: ResponseContext,
): ResponsesObject {
  const result: Record<string, ResponseObject | ReferenceObject> = {};
  const requestId = { 'X-Request-Id': headerRef(components, 'X-Request-Id') };
  const etag: Record<string, ReferenceObject> = wire.etag
    ? { ETag: headerRef(components, 'ETag') }
    : {};
  const schema = responseBodySchema(wire.returns, type, components);
  result[successStatus] = {
    description: successDescription(successStatus, wire),
    headers: {
      ...requestId,
      ...etag,
      ...(successStatus === 201 ? { Location: headerRef(components, 'Location') } : {}),
    } satisfies Record<string, ReferenceObject>,
    ...(schema && successStatus !== 204 ? { content: { [SCIM_MEDIA_TYPE]: { schema } } } : {}),
  };
  if (wire.mayOmitBody) {
    result[204] = {
      description:
        'Done, with no body: the client prefers a minimal answer, or (a group) the members were not read (RFC 7644 §3.5.2).',
      headers: { ...requestId, ...etag },
    };
  }
  if (wire.precondition === 'If-None-Match') {
    result[304] = {
      description: 'Not modified: If-None-Match names the current version.',
      headers: { ...requestId, ETag: headerRef(components, 'ETag') },
    };
  }
  for (const status of errorStatuses(wire, type, hasInput, hasId)) {
    result[status] = errorResponseRef(components, status);
  }
  return result;
}

function successDescription(status: number, wire: WireDoc): string {
  if (status === 201) return 'Created (RFC 7644 §3.3).';
  if (status === 204) return 'Done, with no body.';
  if (wire.returns === 'listResponse') return 'A page of results (RFC 7644 §3.4.2).';
  if (wire.returns === 'bulkResponse')
    return 'The result of each operation, each with its own status (RFC 7644 §3.7).';
  return 'OK.';
}

function errorStatuses(
  wire: WireDoc,
  type: ResourceTypeDefinition | undefined,
  hasInput: boolean,
  hasId: boolean,
): ScimErrorStatus[] {
  const statuses: ScimErrorStatus[] = [];
  if (hasInput) statuses.push(400);
  statuses.push(401, 403);
  if (hasId) statuses.push(404);
  if ((wire.body === 'resource' || wire.body === 'patchOp') && hasUniqueAttribute(type))
    statuses.push(409);
  if (wire.precondition === 'If-Match') statuses.push(412);
  if (wire.body) statuses.push(413, 415);
  statuses.push(429, 500);
  return statuses;
}

/** Writing a resource with a client-set unique attribute (userName, displayName) can collide. */
function hasUniqueAttribute(type: ResourceTypeDefinition | undefined): boolean {
  return (
    type?.schema.attributes.some((a) => a.uniqueness !== 'none' && a.mutability !== 'readOnly') ??
    false
  );
}
