/**
 * Execution order of a bulk request (RFC 7644 §3.7): an operation that
 * references `bulkId:X` runs after the POST that defines X, so forward
 * references work; otherwise request order is kept ("the client's intent
 * is preserved"). Operations referencing each other in a circle form one
 * `cycle` unit, resolved together (§3.7.1).
 */

export interface OrderInput {
  /** The bulkId this operation creates (POST operations only). */
  defines: string | undefined;
  /** The bulkIds its path and data reference. */
  references: ReadonlySet<string>;
}

export type ExecutionUnit =
  | { kind: 'single'; index: number }
  /** Operations in a circle of references, in request order. */
  | { kind: 'cycle'; indices: number[] };

/** A reference that no POST of this request can satisfy. */
export type OrderProblem =
  | { kind: 'unknown'; bulkId: string }
  /** A POST whose data references its own bulkId: its id does not exist yet. */
  | { kind: 'self'; bulkId: string };

export interface ExecutionOrder {
  /** Every operation appears in exactly one unit. */
  units: ExecutionUnit[];
  problems: Map<number, OrderProblem>;
}

export function executionOrder(operations: readonly OrderInput[]): ExecutionOrder {
  const defined = new Map<string, number>();
  operations.forEach((op, index) => {
    if (op.defines !== undefined) defined.set(op.defines, index);
  });

  const problems = new Map<number, OrderProblem>();
  const edges: number[][] = operations.map((op, index) => {
    const dependsOn = new Set<number>();
    for (const bulkId of op.references) {
      const target = defined.get(bulkId);
      if (target === undefined) problems.set(index, { kind: 'unknown', bulkId });
      else if (target === index) problems.set(index, { kind: 'self', bulkId });
      else dependsOn.add(target);
      if (problems.has(index)) return []; // it fails without running: it waits for nothing
    }
    return [...dependsOn];
  });

  return { units: schedule(stronglyConnected(edges), edges), problems };
}

/**
 * Kahn's algorithm over the components: among those whose dependencies are
 * done, the one holding the earliest operation runs first.
 */
function schedule(components: number[][], edges: number[][]): ExecutionUnit[] {
  const componentOf = new Map<number, number>();
  components.forEach((members, c) => members.forEach((i) => componentOf.set(i, c)));
  const waitingOn = components.map(() => new Set<number>());
  const dependents = components.map(() => new Set<number>());
  edges.forEach((targets, from) => {
    const c = get(componentOf, from);
    for (const to of targets) {
      const d = get(componentOf, to);
      if (d === c) continue;
      at(waitingOn, c).add(d);
      at(dependents, d).add(c);
    }
  });

  const units: ExecutionUnit[] = [];
  let ready = components.map((_, c) => c).filter((c) => at(waitingOn, c).size === 0);
  while (ready.length > 0) {
    const first = (c: number) => at(at(components, c), 0);
    const next = ready.reduce((best, c) => (first(c) < first(best) ? c : best));
    ready = ready.filter((c) => c !== next);
    const members = at(components, next);
    units.push(
      members.length === 1
        ? { kind: 'single', index: at(members, 0) }
        : { kind: 'cycle', indices: members },
    );
    for (const dependent of at(dependents, next)) {
      const waiting = at(waitingOn, dependent);
      waiting.delete(next);
      if (waiting.size === 0) ready.push(dependent);
    }
  }
  return units;
}

/** Tarjan's strongly connected components, iteratively (no recursion on request data). */
function stronglyConnected(edges: number[][]): number[][] {
  const order = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const open = (node: number) => {
    order.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
  };

  for (let root = 0; root < edges.length; root++) {
    if (order.has(root)) continue;
    open(root);
    const frames = [{ node: root, next: 0 }];
    while (frames.length > 0) {
      const frame = at(frames, frames.length - 1);
      const targets = at(edges, frame.node);
      if (frame.next < targets.length) {
        const to = at(targets, frame.next++);
        if (!order.has(to)) {
          open(to);
          frames.push({ node: to, next: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(get(low, frame.node), get(order, to)));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(get(low, parent.node), get(low, frame.node)));
      if (get(low, frame.node) !== get(order, frame.node)) continue;
      const component: number[] = [];
      let member: number | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      components.push(component.sort((a, b) => a - b));
    }
  }
  return components;
}

function at<T>(items: readonly T[], index: number): T {
  if (index < 0 || index >= items.length) throw new Error(`index ${index} out of range`);
  return items[index] as T;
}

function get<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`missing ${String(key)}`);
  return value;
}
