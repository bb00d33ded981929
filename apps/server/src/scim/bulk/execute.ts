import { ScimError, URN, type PatchOperation, type ScimErrorBody } from '@scim/schema';
import { etagOf } from '../resource-meta.ts';
import { deferReferences } from './deferral.ts';
import { executionOrder, type OrderProblem } from './order.ts';
import { prepareOperation, type Prepared, type PreparedOperation } from './prepare.ts';
import { replaceReferences } from './references.ts';
import type { BulkRequest } from './request.ts';
import type { ResourceWriter } from './resources.ts';
import type { ResourceKind } from './target.ts';

/** One entry of the BulkResponse `Operations` (RFC 7644 §3.7.3). */
export interface BulkResult {
  method: string;
  bulkId?: string;
  /** For every operation except a failed POST (which has no resource). */
  location?: string;
  /** The ETag after a successful POST, PUT or PATCH. */
  version?: string;
  /** The HTTP status a single request would have had, as a string. */
  status: string;
  /** The §3.12 error body, for failures. */
  response?: ScimErrorBody;
}

export interface BulkEnvironment {
  writer: ResourceWriter;
  /** `…/scim/v2/<tenant>`, for `location`. */
  baseUrl: string;
}

/**
 * Runs the operations one by one, each through the services in its own
 * transaction: a bulk request is not atomic, and a failure does not undo
 * what succeeded before it (§3.7: "continue performing as many changes as
 * possible and disregard partial failures"). Results come back in request
 * order, for the processed operations only (§3.7.3).
 */
export async function runBulk(request: BulkRequest, env: BulkEnvironment): Promise<BulkResult[]> {
  return new BulkRun(request, env).run();
}

class BulkRun {
  private readonly prepared: Prepared[];
  private readonly results: (BulkResult | undefined)[] = [];
  /** bulkId → id of the resource its POST created. */
  private readonly created = new Map<string, string>();
  private errors = 0;

  constructor(
    private readonly request: BulkRequest,
    private readonly env: BulkEnvironment,
  ) {
    this.prepared = request.operations.map(prepareOperation);
  }

  async run(): Promise<BulkResult[]> {
    const order = executionOrder(
      this.request.operations.map((operation, i) => {
        const prepared = this.prepared[i];
        return {
          defines: operation.method === 'POST' ? operation.bulkId : undefined,
          references: prepared?.ok ? prepared.operation.references : new Set<string>(),
        };
      }),
    );
    const { failOnErrors } = this.request;
    for (const unit of order.units) {
      // §3.7: failOnErrors is "the number of errors that the service provider will accept".
      if (failOnErrors !== undefined && this.errors >= failOnErrors) break;
      if (unit.kind === 'cycle') {
        await this.cycle(unit.indices);
        continue;
      }
      const prepared = this.prepared[unit.index];
      const problem = order.problems.get(unit.index);
      if (!prepared) continue;
      if (!prepared.ok) this.fail(unit.index, prepared.error);
      else if (problem) this.fail(unit.index, problemError(problem));
      else await this.single(prepared.operation);
    }
    return this.results.filter((r): r is BulkResult => r !== undefined);
  }

  private async single(operation: PreparedOperation): Promise<void> {
    const { target, ifMatch, index } = operation;
    const { writer } = this.env;
    let location: string | undefined;
    try {
      if (target.method === 'POST') {
        const written = await writer.create(target.kind, this.resolved(operation.data));
        if (operation.bulkId !== undefined) this.created.set(operation.bulkId, written.id);
        return this.succeed(index, 201, this.location(target.kind, written.id), written.version);
      }
      const id = replaceReferences(target.id, this.resolve) as string;
      location = this.location(target.kind, id);
      if (target.method === 'DELETE') {
        await writer.delete(target.kind, id, ifMatch);
        return this.succeed(index, 204, location);
      }
      const data = this.resolved(operation.data);
      const written =
        target.method === 'PUT'
          ? await writer.replace(target.kind, id, data, ifMatch)
          : await writer.patch(target.kind, id, data, ifMatch);
      this.succeed(index, 200, location, written.version);
    } catch (error) {
      this.fail(index, error, location);
    }
  }

  /**
   * §3.7.1: "The service provider MUST try to resolve circular
   * cross-references". The POSTs of the circle run in request order, each
   * without the values that reference members not created yet; a PATCH
   * `add` then puts those values back. If any step fails, the circle is
   * undone (its resources deleted) and reported failed: the failing
   * operation with its own error, the others with 409, which §3.7.1 allows
   * "after a failed attempt". No resource is left with references silently
   * dropped.
   */
  private async cycle(indices: number[]): Promise<void> {
    const members = indices
      .map((i) => this.prepared[i])
      .filter((p): p is { ok: true; operation: PreparedOperation } => p?.ok === true)
      .map((p) => p.operation);
    const pending = new Set(members.map((m) => m.bulkId));
    const done: {
      operation: PreparedOperation;
      id: string;
      version: number;
      later: PatchOperation[];
    }[] = [];
    let failure: { operation: PreparedOperation; error: unknown } | undefined;

    for (const operation of members) {
      try {
        const { target, data, bulkId } = operation;
        if (data === undefined || bulkId === undefined || target.method !== 'POST')
          throw new Error('a circle of references holds POST operations only');
        const split = deferReferences(data, (b) => pending.has(b));
        const written = await this.env.writer.create(target.kind, this.resolved(split.data));
        pending.delete(bulkId);
        this.created.set(bulkId, written.id);
        done.push({ operation, ...written, later: split.later });
      } catch (error) {
        failure = { operation, error };
        break;
      }
    }
    for (const entry of failure ? [] : done) {
      if (entry.later.length === 0) continue;
      try {
        const body = { schemas: [URN.patchOp], Operations: entry.later };
        const kind = entry.operation.target.kind;
        entry.version = (
          await this.env.writer.patch(kind, entry.id, this.resolved(body), null)
        ).version;
      } catch (error) {
        failure = { operation: entry.operation, error };
        break;
      }
    }

    if (!failure) {
      for (const { operation, id, version } of done)
        this.succeed(operation.index, 201, this.location(operation.target.kind, id), version);
      return;
    }
    for (const { operation, id } of done) {
      await this.env.writer.delete(operation.target.kind, id, null).catch(() => undefined);
      if (operation.bulkId !== undefined) this.created.delete(operation.bulkId);
    }
    const culprit = failure.operation;
    for (const operation of members) {
      this.fail(
        operation.index,
        operation === culprit
          ? failure.error
          : ScimError.status(
              409,
              `Circular bulkId references could not be resolved: the operation with bulkId '${culprit.bulkId}' failed`,
            ),
      );
    }
  }

  /** bulkId → created id; a reference to a POST that failed fails the referencing operation. */
  private readonly resolve = (bulkId: string): string => {
    const id = this.created.get(bulkId);
    if (id === undefined)
      throw ScimError.of(
        'invalidValue',
        `bulkId '${bulkId}' refers to a POST operation that failed`,
      );
    return id;
  };

  private resolved(data: Record<string, unknown> | undefined): unknown {
    return data === undefined ? undefined : replaceReferences(data, this.resolve);
  }

  private location(kind: ResourceKind, id: string): string {
    return `${this.env.baseUrl}/${kind}/${id}`;
  }

  private succeed(index: number, status: number, location: string, version?: number): void {
    const { method, bulkId } = this.operationAt(index);
    this.results[index] = {
      method,
      ...(bulkId !== undefined ? { bulkId } : {}),
      location,
      ...(version !== undefined ? { version: etagOf(version) } : {}),
      status: String(status),
    };
  }

  private fail(index: number, error: unknown, location?: string): void {
    const { method, bulkId } = this.operationAt(index);
    const scimError =
      error instanceof ScimError ? error : ScimError.status(500, 'Internal server error');
    this.errors++;
    this.results[index] = {
      method,
      ...(bulkId !== undefined ? { bulkId } : {}),
      ...(location !== undefined ? { location } : {}),
      status: String(scimError.status),
      response: scimError.toBody(),
    };
  }

  private operationAt(index: number) {
    const operation = this.request.operations[index];
    if (!operation) throw new Error(`no operation ${index}`);
    return operation;
  }
}

/**
 * RFC 7644 does not name a status for a reference no POST can satisfy;
 * Table 9 (§3.12) defines invalidValue, a 400 keyword, for "the value
 * specified was not compatible with the operation".
 */
function problemError(problem: OrderProblem): ScimError {
  return problem.kind === 'unknown'
    ? ScimError.of(
        'invalidValue',
        `No POST operation in this request has bulkId '${problem.bulkId}'`,
      )
    : ScimError.of(
        'invalidValue',
        `The operation references its own bulkId '${problem.bulkId}'; the resource does not exist yet`,
      );
}
