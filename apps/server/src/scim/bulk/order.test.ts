import { describe, expect, it } from 'vitest';
import { executionOrder, type ExecutionUnit, type OrderInput } from './order.ts';

/** `post('a', 'b')`: a POST with bulkId a referencing bulkId:b. */
const post = (bulkId: string, ...references: string[]): OrderInput => ({
  defines: bulkId,
  references: new Set(references),
});
/** A PUT/PATCH/DELETE: defines nothing. */
const other = (...references: string[]): OrderInput => ({
  defines: undefined,
  references: new Set(references),
});
const single = (index: number): ExecutionUnit => ({ kind: 'single', index });
const cycle = (...indices: number[]): ExecutionUnit => ({ kind: 'cycle', indices });

describe('executionOrder', () => {
  it.each<[string, OrderInput[], ExecutionUnit[]]>([
    ['no references: request order', [post('a'), other(), post('b')], [0, 1, 2].map(single)],
    [
      'a backward reference keeps request order',
      [post('u'), post('g', 'u')],
      [single(0), single(1)],
    ],
    [
      'a forward reference runs the POST first',
      [post('g', 'u'), post('u')],
      [single(1), single(0)],
    ],
    [
      'a chain runs deepest first, unrelated operations keep their place',
      [post('a', 'b'), post('b', 'c'), post('c'), other()],
      [single(2), single(1), single(0), single(3)],
    ],
    [
      'a reference in a PATCH path waits for its POST',
      [other('x'), post('y'), post('x')],
      [single(1), single(2), single(0)],
    ],
    [
      'two POSTs referencing each other are one cycle',
      [post('a', 'b'), post('b', 'a')],
      [cycle(0, 1)],
    ],
    [
      'a three-way circle, then an operation that needs it',
      [other('a'), post('a', 'c'), post('b', 'a'), post('c', 'b')],
      [cycle(1, 2, 3), single(0)],
    ],
    [
      'two separate cycles, in the order of their first operation',
      [post('c', 'd'), post('a', 'b'), post('b', 'a'), post('d', 'c')],
      [cycle(0, 3), cycle(1, 2)],
    ],
  ])('%s', (_, operations, units) => {
    const order = executionOrder(operations);
    expect(order.units).toEqual(units);
    expect(order.problems.size).toBe(0);
  });

  it.each<[string, OrderInput[], number, { kind: string; bulkId: string }]>([
    ['an unknown bulkId', [post('a'), post('b', 'nope')], 1, { kind: 'unknown', bulkId: 'nope' }],
    ['a self-reference', [post('a', 'a')], 0, { kind: 'self', bulkId: 'a' }],
    [
      'a bulkId on a non-POST operation defines nothing',
      [{ defines: undefined, references: new Set() }, other('p')],
      1,
      { kind: 'unknown', bulkId: 'p' },
    ],
  ])('flags %s and runs the operation in its request place', (_, operations, index, problem) => {
    const order = executionOrder(operations);
    expect(order.problems.get(index)).toEqual(problem);
    expect(order.units).toEqual(operations.map((__, i) => single(i)));
  });

  it('a self-reference does not form a cycle, and an unknown one breaks no ordering', () => {
    const order = executionOrder([post('g', 'u', 'ghost'), post('u')]);
    expect(order.problems.get(0)).toEqual({ kind: 'unknown', bulkId: 'ghost' });
    expect(order.units).toEqual([single(0), single(1)]);
  });

  it('orders 1000 chained operations without recursion', () => {
    const n = 1000;
    const operations = Array.from({ length: n }, (_, i) =>
      i === n - 1 ? post(`op${i}`) : post(`op${i}`, `op${i + 1}`),
    );
    const order = executionOrder(operations);
    expect(order.units).toHaveLength(n);
    expect(order.units[0]).toEqual(single(n - 1));
    expect(order.units[n - 1]).toEqual(single(0));
  });

  it('finds one cycle of 1000 operations', () => {
    const n = 1000;
    const operations = Array.from({ length: n }, (_, i) => post(`op${i}`, `op${(i + 1) % n}`));
    const { units } = executionOrder(operations);
    expect(units).toEqual([cycle(...Array.from({ length: n }, (_, i) => i))]);
  });
});
