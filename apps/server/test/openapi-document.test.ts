/**
 * The OpenAPI document itself: valid OpenAPI 3.1 (Redocly's structural rules), and
 * saying what the issue asks of a SCIM document (statuses, media types, headers,
 * the SCIM error schema). Whether the server does what it says is
 * openapi-contract.test.ts.
 */
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/http/openapi-document.ts';
import { documentedOperations } from './contract/documented-operations.ts';

const document = openApiDocument();
const operations = documentedOperations(document);
const scim = operations.filter((o) => o.api === 'scim');
const admin = operations.filter((o) => o.api === 'admin');
const op = (id: string) => {
  const found = operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found.operation;
};
const response = (id: string, status: number) => op(id).responses?.[String(status)];

it('is valid OpenAPI 3.1, with unique operation ids, defined parameters and no dangling references', async () => {
  const config = await createConfig({
    rules: {
      struct: 'error',
      'no-unresolved-refs': 'error',
      'operation-operationId-unique': 'error',
      'path-parameters-defined': 'error',
      'security-defined': 'error',
      'no-unused-components': 'error',
      'operation-4xx-response': 'error',
      'operation-2xx-response': 'error',
      'no-identical-paths': 'error',
    },
  });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: '/openapi.json',
    config,
  });
  expect(
    problems.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`),
  ).toEqual([]);
  expect(document.openapi).toBe('3.1.0');
});

it('covers the SCIM resources, search, bulk, roles, discovery and the admin API', () => {
  const paths = new Set(scim.map((o) => o.path.replace('/scim/v2/{tenant}', '')));
  for (const path of [
    '/Users',
    '/Users/{id}',
    '/Groups',
    '/Groups/{id}',
    '/ServiceAccounts',
    '/ServiceAccounts/{id}',
    '/Users/.search',
    '/.search',
    '/Bulk',
    '/Roles',
    '/Roles/{id}',
    '/ServiceProviderConfig',
    '/ResourceTypes',
    '/Schemas',
  ]) {
    expect(paths, path).toContain(path);
  }
  expect(admin.length).toBeGreaterThan(10);
  expect(admin.every((o) => o.path.startsWith('/api/') && o.id.startsWith('admin-'))).toBe(true);
});

describe('SCIM operations', () => {
  it('answer application/scim+json, never plain JSON, and take either in requests (RFC 7644 §3.1)', () => {
    for (const { operation, label } of scim) {
      for (const [status, answer] of Object.entries(operation.responses ?? {})) {
        const content = '$ref' in answer ? undefined : answer.content;
        if (content)
          expect(Object.keys(content), `${label} ${status}`).toEqual(['application/scim+json']);
      }
      const body = operation.requestBody;
      if (body && 'content' in body) {
        expect(Object.keys(body.content)).toEqual(['application/scim+json', 'application/json']);
      }
    }
  });

  it('document 201 with Location and ETag on create, 204 with no body on delete', () => {
    const created = response('users-create', 201);
    expect(Object.keys(created.headers)).toEqual(['X-Request-Id', 'ETag', 'Location']);
    expect(created.content['application/scim+json'].schema).toEqual({
      $ref: '#/components/schemas/User',
    });
    expect(response('users-create', 200)).toBeUndefined();
    expect(response('users-delete', 204).content).toBeUndefined();
    expect(response('users-delete', 200)).toBeUndefined();
  });

  it('document If-None-Match with 304, If-Match with 412, Prefer with 204', () => {
    const header = (id: string) =>
      (op(id).parameters ?? []).flatMap((p) => ('in' in p && p.in === 'header' ? [p.name] : []));
    expect(header('groups-get')).toEqual(['If-None-Match']);
    expect(response('groups-get', 304).headers.ETag).toBeDefined();
    expect(header('groups-patch')).toEqual(['If-Match', 'Prefer']);
    expect(Object.keys(op('groups-patch').responses ?? {})).toEqual(
      expect.arrayContaining(['200', '204', '409', '412']),
    );
    expect(header('groups-delete')).toEqual(['If-Match']);
  });

  it('document every error with the RFC 7644 §3.12 body; 429 with Retry-After; 413 and 415 where there is a body', () => {
    const errors = document.components?.responses ?? {};
    expect((errors.ScimError429 as any).headers['Retry-After']).toEqual({
      $ref: '#/components/headers/RetryAfter',
    });
    expect(document.components?.schemas?.ScimError).toMatchObject({
      required: ['schemas', 'status', 'detail'],
      additionalProperties: false,
    });
    for (const { operation, hasBody, label } of scim) {
      const statuses = Object.keys(operation.responses ?? {});
      expect(statuses, label).toEqual(expect.arrayContaining(['401', '403', '429', '500']));
      if (hasBody) expect(statuses, label).toEqual(expect.arrayContaining(['413', '415']));
      for (const status of statuses.filter((s) => Number(s) >= 400)) {
        expect(operation.responses?.[status], `${label} ${status}`).toEqual({
          $ref: `#/components/responses/ScimError${status}`,
        });
      }
    }
  });

  it('take query parameters of POST, PUT and PATCH from the query string, and the resource as the body', () => {
    const create = op('users-create');
    expect((create.parameters ?? []).map((p) => ('in' in p ? `${p.in} ${p.name}` : ''))).toEqual([
      'path tenant',
      'query attributes',
      'query excludedAttributes',
    ]);
    expect((create.requestBody as any).content['application/scim+json'].schema).toEqual({
      $ref: '#/components/schemas/UserInput',
    });
  });

  it('describe resources from the same definitions as /Schemas: read-only and write-only marked, password never returned', () => {
    const schemas = document.components?.schemas as any;
    expect(schemas.User.required).toEqual(['schemas', 'id']);
    expect(schemas.User.properties.id.readOnly).toBe(true);
    expect(schemas.User.properties.password).toBeUndefined();
    expect(schemas.UserInput.required).toEqual(['userName']);
    expect(schemas.UserInput.properties.password.writeOnly).toBe(true);
    expect(schemas.UserInput.properties.id).toBeUndefined();
    expect(
      schemas.User.properties['urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    ).toEqual({
      $ref: '#/components/schemas/EnterpriseUserExtension',
    });
  });
});

it('admin operations use the admin credential; SCIM ones a tenant bearer token or Basic', () => {
  for (const { operation } of admin) expect(operation.security).toEqual([{ adminBearer: [] }]);
  for (const { operation } of scim)
    expect(operation.security).toEqual([{ scimBearer: [] }, { scimBasic: [] }]);
});
