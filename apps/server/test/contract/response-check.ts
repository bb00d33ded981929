/**
 * Checks a real response against the document: the status is documented for the
 * operation, the media type is a documented one, the body validates against its
 * schema (JSON Schema 2020-12, as OpenAPI 3.1 uses), and documented headers are there.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type {
  HeaderObject,
  OpenAPIObject,
  ReferenceObject,
  ResponseObject,
} from '../../src/http/openapi-types.ts';
import type { DocumentedOperation } from './documented-operations.ts';

export interface ReceivedResponse {
  status: number;
  headers: Headers;
  text: string;
}

const DOCUMENT_ID = 'openapi.json';

export class ResponseCheck {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly validators = new Map<object, ValidateFunction>();

  constructor(private readonly document: OpenAPIObject) {
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  /** What is wrong with the response; empty when it is exactly as documented. */
  problems(operation: DocumentedOperation, response: ReceivedResponse): string[] {
    const documented = operation.operation.responses?.[String(response.status)];
    if (!documented) {
      return [
        `status ${response.status} is not documented (documented: ${operation.statuses.join(', ')}); body: ${response.text.slice(0, 300)}`,
      ];
    }
    const spec = this.resolve<ResponseObject>(documented);
    return [...this.headerProblems(spec, response.headers), ...this.bodyProblems(spec, response)];
  }

  /**
   * What is wrong with a request body the server accepted: the documented request
   * schema must admit every body the server takes.
   */
  requestProblems(operation: DocumentedOperation, body: unknown, mediaType: string): string[] {
    const requestBody = operation.operation.requestBody;
    if (!requestBody) return ['a body was accepted where none is documented'];
    const spec = this.resolve<{ content: Record<string, { schema?: object }> }>(requestBody);
    const schema = spec.content[mediaType]?.schema;
    if (!schema) return [`request media type ${mediaType} is not documented`];
    const validate = this.validator(schema);
    if (validate(body)) return [];
    return [
      `the accepted request body does not match its schema: ${this.ajv.errorsText(validate.errors)}`,
    ];
  }

  private headerProblems(spec: ResponseObject, headers: Headers): string[] {
    const problems: string[] = [];
    for (const [name, ref] of Object.entries(spec.headers ?? {})) {
      const header = this.resolve<HeaderObject>(ref);
      const value = headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`header ${name} is missing`);
        continue;
      }
      if (header.schema && !this.matches(header.schema, value)) {
        problems.push(`header ${name}: '${value}' does not match its schema`);
      }
    }
    return problems;
  }

  private bodyProblems(spec: ResponseObject, response: ReceivedResponse): string[] {
    const contentType = response.headers.get('content-type');
    if (!spec.content) {
      const problems: string[] = [];
      if (response.text !== '')
        problems.push(`a body where none is documented: ${response.text.slice(0, 200)}`);
      if (contentType !== null)
        problems.push(`a Content-Type (${contentType}) with no documented body`);
      return problems;
    }
    const media = contentType?.split(';')[0]?.trim().toLowerCase() ?? '(none)';
    const documented = spec.content[media];
    if (!documented) {
      return [`media type ${media}; documented: ${Object.keys(spec.content).join(', ')}`];
    }
    let body: unknown;
    try {
      body = JSON.parse(response.text);
    } catch {
      return [`the body is not JSON: ${response.text.slice(0, 200)}`];
    }
    if (!documented.schema) return [];
    const validate = this.validator(documented.schema);
    if (validate(body)) return [];
    return [
      `the body does not match its schema: ${this.ajv.errorsText(validate.errors)}; body: ${response.text.slice(0, 300)}`,
    ];
  }

  private resolve<T>(value: T | ReferenceObject): T {
    if (typeof value !== 'object' || value === null || !('$ref' in value)) return value;
    const parts = value.$ref.replace(/^#\//, '').split('/');
    let found: unknown = this.document;
    for (const part of parts) found = (found as Record<string, unknown>)[part];
    if (found === undefined) throw new Error(`Unresolved $ref ${value.$ref}`);
    return this.resolve(found as T | ReferenceObject);
  }

  private matches(schema: object, value: unknown): boolean {
    return this.validator(schema)(value);
  }

  /** Compiles a schema of the document; its local `$ref`s point into the document. */
  private validator(schema: object): ValidateFunction {
    let validate = this.validators.get(schema);
    if (!validate) {
      validate = this.ajv.compile(anchored(schema) as object);
      this.validators.set(schema, validate);
    }
    return validate;
  }
}

function anchored(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(anchored);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#')
        ? `${DOCUMENT_ID}${inner}`
        : anchored(inner),
    ]),
  );
}
