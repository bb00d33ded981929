/**
 * `createAdminClient`: the admin API, one method per procedure, named like its
 * tRPC procedure (`admin.tenants.create(input)`), typed from the OpenAPI document.
 * Generated from the document's operation table, so procedures added to the server
 * appear here after `generate`.
 */
import { AdminApiError } from './errors.ts';
import { adminOperations } from './generated/admin-operations.ts';
import type { operations } from './generated/openapi.ts';
import { createHttp, fillPath, type HttpResponse } from './transport.ts';

/** An admin operation by procedure name, `tenants-create` for `tenants.create`. */
export type AdminOperationName = keyof typeof adminOperations;

type OperationOf<N extends AdminOperationName> = operations[`admin-${N}`];
type Present<T> = [T] extends [never] ? object : [T] extends [undefined] ? object : NonNullable<T>;
type PathOf<O> = O extends { parameters: { path?: infer P } } ? Present<P> : object;
type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? Present<Q> : object;
type BodyOf<O> = O extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'application/json': infer J } }
    ? J
    : object
  : object;

/** A procedure's input: its path parameters, query parameters and body properties in one object. */
export type AdminInput<N extends AdminOperationName> = PathOf<OperationOf<N>> &
  QueryOf<OperationOf<N>> &
  BodyOf<OperationOf<N>>;

/** A procedure's result (the 200 body). */
export type AdminOutput<N extends AdminOperationName> =
  OperationOf<N> extends { responses: { 200: { content: { 'application/json': infer R } } } }
    ? R
    : unknown;

export type AdminProcedure<N extends AdminOperationName> = (
  ...input: object extends AdminInput<N> ? [input?: AdminInput<N>] : [input: AdminInput<N>]
) => Promise<AdminOutput<N>>;

type Nest<Name extends string, Leaf> = Name extends `${infer Head}-${infer Rest}`
  ? { [K in Head]: Nest<Rest, Leaf> }
  : { [K in Name]: Leaf };
type Merge<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void
  ? I
  : never;

/** Every admin procedure, nested by router: `tenants.create`, `settings.update`, … */
export type AdminApi = Merge<
  { [N in AdminOperationName]: Nest<N, AdminProcedure<N>> }[AdminOperationName]
>;

export interface AdminClientOptions {
  /** The server's origin, e.g. `http://localhost:8080`. */
  baseUrl: string;
  /** The admin token (SCIM_ADMIN_TOKEN). */
  token: string;
  fetch?: typeof fetch;
}

export type AdminClient = AdminApi & {
  /** Calls a procedure by name: `call('tenants-create', { id, name })`. */
  call<N extends AdminOperationName>(
    name: N,
    ...input: Parameters<AdminProcedure<N>>
  ): Promise<AdminOutput<N>>;
};

export function createAdminClient(options: AdminClientOptions): AdminClient {
  const http = createHttp({
    baseUrl: options.baseUrl,
    authorization: `Bearer ${options.token}`,
    mediaType: 'application/json',
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });

  async function call(
    name: AdminOperationName,
    input: Record<string, unknown> = {},
  ): Promise<unknown> {
    const { method, path, body } = adminOperations[name];
    const rest: Record<string, unknown> = { ...input };
    const params: Record<string, string> = {};
    for (const [, param] of path.matchAll(/\{(\w+)\}/g)) {
      if (param === undefined) continue;
      params[param] = asText(rest[param]);
      delete rest[param];
    }
    const response = await http({
      method,
      path: fillPath(path, params),
      ...(body ? { body: rest } : { query: queryOf(rest) }),
    });
    return adminResult(response);
  }

  const client: Record<string, unknown> = { call };
  for (const name of Object.keys(adminOperations) as AdminOperationName[]) {
    const parts = name.split('-');
    const leaf = parts.pop() ?? name;
    let node = client;
    for (const part of parts) node = (node[part] ??= {}) as Record<string, unknown>;
    node[leaf] = (input?: Record<string, unknown>) => call(name, input);
  }
  return client as unknown as AdminClient;
}

function queryOf(values: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      value === undefined ? undefined : asText(value),
    ]),
  );
}

function adminResult(response: HttpResponse): unknown {
  if (response.status >= 200 && response.status < 300) return response.body;
  const body = (
    typeof response.body === 'object' && response.body !== null ? response.body : {}
  ) as {
    code?: string;
    message?: string;
    issues?: unknown[];
  };
  throw new AdminApiError(
    response.status,
    body.code ?? 'UNKNOWN',
    body.message ?? (typeof response.body === 'string' ? response.body : `HTTP ${response.status}`),
    body.issues,
  );
}

/** A path or query value as text: strings as they are, anything else (numbers, booleans) as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
