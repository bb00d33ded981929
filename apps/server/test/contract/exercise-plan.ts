/**
 * How the contract test provokes each documented status of an operation: success
 * (and 409) from the operation's fixture, everything else generically from what the
 * document says about it (its parameters, body and preconditions).
 */
import type { ContractClient, RequestSpec } from './contract-client.ts';
import type { DocumentedOperation } from './documented-operations.ts';
import { fixtures, type RequestBuilder } from './fixtures.ts';

/** Tenants and tokens the generic plans need besides the main tenant. */
export interface ContractTenants {
  /** SCIM sync switched off: every authenticated SCIM request gets 403. */
  off: { tenant: string; token: string };
  /** A rate limit of 1 request per second. */
  limited: { tenant: string; token: string };
}

export type Plan =
  | {
      kind: 'request';
      build: RequestBuilder;
      untilStatus?: boolean;
    }
  | { kind: 'not-provoked'; reason: string }
  | { kind: 'missing'; message: string };

const STALE_ETAG = 'W/"999999999"';
const OVER_ONE_MIB = `{"padding":"${'x'.repeat(1024 * 1024 + 16)}"}`;

export function planFor(
  operation: DocumentedOperation,
  status: number,
  tenants: ContractTenants,
): Plan {
  const fixture = fixtures[operation.id];
  const success = successBuilder(operation);
  const withSuccess = (change: (spec: RequestSpec) => RequestSpec): Plan =>
    success ? request(async (client) => change(await success(client))) : missingSuccess(operation);
  if (status === firstSuccessStatus(operation)) {
    return success ? request(success) : missingSuccess(operation);
  }
  switch (status) {
    case 204: // PATCH with RFC 7240 Prefer
      return withSuccess((spec) => withHeader(spec, 'prefer', 'return=minimal'));
    case 304:
      return withSuccess((spec) => withHeader(spec, 'if-none-match', etagOf(operation, spec)));
    case 400:
      return badInput(operation, success);
    case 401:
      return request(() => ({ ...refusedEarly(operation), token: null }));
    case 403:
      if (fixture?.forbidden) return request(fixture.forbidden);
      if (operation.api !== 'scim') break;
      return request(() => ({
        ...refusedEarly(operation),
        params: { ...placeholders(operation), tenant: tenants.off.tenant },
        token: tenants.off.token,
      }));
    case 404:
      return withSuccess((spec) => ({
        ...spec,
        params:
          operation.api === 'scim'
            ? { ...spec.params, id: 'no-such-id' }
            : { ...spec.params, tenant: 'no-such-tenant' },
      }));
    case 409:
      if (fixture?.conflict) return request(fixture.conflict);
      if (operation.api === 'admin' && operation.method === 'post') {
        return notProvoked(
          'documented for every admin POST by the default rule (openapi-admin-operations.ts); no fixture provokes it',
        );
      }
      break;
    case 412:
      return withSuccess((spec) => withHeader(spec, 'if-match', STALE_ETAG));
    case 413:
      return request(() => ({ params: placeholders(operation), rawBody: OVER_ONE_MIB }));
    case 415:
      return request(() => ({
        params: placeholders(operation),
        rawBody: '{}',
        contentType: 'text/plain',
      }));
    case 429:
      if (operation.api !== 'scim') break;
      return {
        kind: 'request',
        untilStatus: true,
        build: () => ({
          params: { ...placeholders(operation), tenant: tenants.limited.tenant },
          token: tenants.limited.token,
          ...(operation.hasBody ? { rawBody: '{' } : {}),
        }),
      };
    case 500:
      return notProvoked('an internal failure: nothing a client sends causes it');
  }
  return {
    kind: 'missing',
    message: `No way to provoke ${status} from ${operation.label}: add a fixture for '${operation.id}' in apps/server/test/contract/fixtures.ts (or a plan in exercise-plan.ts)`,
  };
}

/**
 * Requests any client may send, whatever the document says the operation answers:
 * the answers must be documented too, so a status the document forgot shows up
 * even when no plan above asks for it.
 */
export function probes(operation: DocumentedOperation, tenants: ContractTenants): RequestSpec[] {
  const early = refusedEarly(operation);
  const unknown = {
    ...early,
    params: { ...early.params, ...(operation.api === 'admin' ? { tenant: 'no-such-tenant' } : {}) },
  };
  const sent: RequestSpec[] = [{ ...early, token: null }, unknown];
  if (operation.hasBody) {
    sent.push({ params: early.params, rawBody: '{', contentType: 'application/json' });
    sent.push({ params: early.params, rawBody: '{}', contentType: 'text/plain' });
    sent.push({ params: early.params, rawBody: '[1]', contentType: 'application/json' });
  }
  if (operation.api === 'scim') {
    sent.push({
      ...early,
      params: { ...early.params, tenant: tenants.off.tenant },
      token: tenants.off.token,
    });
  }
  return sent;
}

export function firstSuccessStatus(operation: DocumentedOperation): number | undefined {
  return operation.statuses.find((s) => s >= 200 && s < 300);
}

/**
 * The operation's fixture, or, for an admin GET that needs nothing but the tenant,
 * the bare request: new admin listings are exercised without a fixture.
 */
function successBuilder(operation: DocumentedOperation): RequestBuilder | undefined {
  const fixture = fixtures[operation.id];
  if (fixture) return fixture.success;
  const onlyTenant = operation.pathParameters.every((p) => p === 'tenant');
  const noRequiredQuery = operation.queryParameters.every((p) => !p.required);
  if (operation.api === 'admin' && operation.method === 'get' && onlyTenant && noRequiredQuery) {
    return () => ({});
  }
  return undefined;
}

/** A 400 the way a client most often earns one for this kind of operation. */
function badInput(operation: DocumentedOperation, success: RequestBuilder | undefined): Plan {
  if (operation.api === 'admin' && operation.pathParameters.includes('tenant')) {
    // Every admin tenant parameter is at most 63 characters.
    return request(() => ({
      ...refusedEarly(operation),
      params: { ...placeholders(operation), tenant: 'x'.repeat(64) },
    }));
  }
  if (operation.hasBody) {
    // Malformed JSON for SCIM (the edge parses bodies); an empty object misses the admin input's required fields.
    const body: RequestSpec = operation.api === 'scim' ? { rawBody: '{' } : { body: {} };
    return request(() => ({ params: placeholders(operation), ...body }));
  }
  const names = operation.queryParameters.map((p) => p.name);
  const base = async (client: ContractClient) => (success ? await success(client) : {});
  if (names.includes('filter')) {
    return request(async (client) => ({
      ...(await base(client)),
      query: { filter: 'userName eq' },
    }));
  }
  if (names.includes('attributes')) {
    return request(async (client) => ({ ...(await base(client)), query: { attributes: '!!' } }));
  }
  return {
    kind: 'missing',
    message: `No way to provoke 400 from ${operation.label}: add a plan in apps/server/test/contract/exercise-plan.ts`,
  };
}

function request(build: RequestBuilder): Plan {
  return { kind: 'request', build };
}

function notProvoked(reason: string): Plan {
  return { kind: 'not-provoked', reason };
}

function missingSuccess(operation: DocumentedOperation): Plan {
  return {
    kind: 'missing',
    message: `No fixture for ${operation.label}: add '${operation.id}' to apps/server/test/contract/fixtures.ts`,
  };
}

/** A request refused before anything is looked up: placeholder parameters, a JSON body if it takes one. */
function refusedEarly(operation: DocumentedOperation): RequestSpec {
  return { params: placeholders(operation), ...(operation.hasBody ? { body: {} } : {}) };
}

/** Path parameters for requests refused before any lookup. */
function placeholders(operation: DocumentedOperation): Record<string, string> {
  return Object.fromEntries(
    operation.pathParameters.filter((p) => p !== 'tenant').map((p) => [p, 'x']),
  );
}

function withHeader(spec: RequestSpec, name: string, value: string): RequestSpec {
  return { ...spec, headers: { ...spec.headers, [name]: value } };
}

function etagOf(operation: DocumentedOperation, spec: RequestSpec): string {
  if (!spec.etag) throw new Error(`The fixture of ${operation.id} gives no etag for If-None-Match`);
  return spec.etag;
}
