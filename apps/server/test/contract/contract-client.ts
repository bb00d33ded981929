/**
 * Calls documented operations on a running server, by operationId, and checks
 * every answer against the document: the fixtures' own setup requests are held
 * to the contract as much as the requests under test.
 */
import type { OpenAPIObject } from '../../src/http/openapi-types.ts';
import { documentedOperations, type DocumentedOperation } from './documented-operations.ts';
import { ResponseCheck, type ReceivedResponse } from './response-check.ts';

/** A request to an operation; path parameters default to the main tenant. */
export interface RequestSpec {
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  /** Sent as JSON with the operation's first documented media type. */
  body?: unknown;
  /** Sent as is, with `contentType` (default application/json). */
  rawBody?: string;
  contentType?: string;
  /** `undefined`: the operation's credential; `null`: none; a string: that bearer token. */
  token?: string | null;
  /** The version of the resource the request is about, for If-Match / If-None-Match. */
  etag?: string;
}

export interface CheckedResponse extends ReceivedResponse {
  /** The parsed JSON body (undefined without one). */
  json: any;
}

export interface Credentials {
  /** Tenant and bearer token used when a spec names none. */
  tenant: string;
  scimToken: string;
  adminToken: string;
}

export class ContractClient {
  readonly operations: DocumentedOperation[];
  private readonly byId: Map<string, DocumentedOperation>;
  private readonly check: ResponseCheck;

  constructor(
    readonly origin: string,
    document: OpenAPIObject,
    readonly credentials: Credentials,
  ) {
    this.operations = documentedOperations(document);
    this.byId = new Map(this.operations.map((o) => [o.id, o]));
    this.check = new ResponseCheck(document);
  }

  operation(id: string): DocumentedOperation {
    const found = this.byId.get(id);
    if (!found) throw new Error(`The document has no operation ${id}`);
    return found;
  }

  /** Sends and checks; throws when the answer is not as documented or not `expected`. */
  async call(id: string, spec: RequestSpec = {}, expected?: number): Promise<CheckedResponse> {
    const operation = this.operation(id);
    const response = await this.send(operation, spec);
    const problems = this.check.problems(operation, response);
    if (response.status < 300 && spec.body !== undefined && spec.rawBody === undefined) {
      problems.push(
        ...this.check.requestProblems(operation, spec.body, requestMediaType(operation)),
      );
    }
    if (expected !== undefined && response.status !== expected) {
      problems.unshift(
        `expected ${expected}, got ${response.status}: ${response.text.slice(0, 300)}`,
      );
    }
    if (problems.length > 0) {
      throw new Error(
        `${operation.label} answered ${response.status}:\n- ${problems.join('\n- ')}`,
      );
    }
    return { ...response, json: response.text === '' ? undefined : JSON.parse(response.text) };
  }

  private async send(operation: DocumentedOperation, spec: RequestSpec): Promise<ReceivedResponse> {
    const params: Record<string, string> = { tenant: this.credentials.tenant, ...spec.params };
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`${operation.label}: no value for {${name}}`);
      return encodeURIComponent(value);
    });
    const url = new URL(path, this.origin);
    for (const [name, value] of Object.entries(spec.query ?? {})) url.searchParams.set(name, value);
    const headers = new Headers(spec.headers);
    const token =
      spec.token === undefined
        ? operation.api === 'scim'
          ? this.credentials.scimToken
          : this.credentials.adminToken
        : spec.token;
    if (token !== null) headers.set('authorization', `Bearer ${token}`);
    let body: string | undefined;
    if (spec.rawBody !== undefined) {
      body = spec.rawBody;
      headers.set('content-type', spec.contentType ?? 'application/json');
    } else if (spec.body !== undefined) {
      body = JSON.stringify(spec.body);
      headers.set('content-type', requestMediaType(operation));
    }
    const response = await fetch(url, { method: operation.method.toUpperCase(), headers, body });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }
}

function requestMediaType(operation: DocumentedOperation): string {
  const body = operation.operation.requestBody;
  const first = body && 'content' in body ? Object.keys(body.content)[0] : undefined;
  return first ?? 'application/json';
}
