import { describe, expect, it } from 'vitest';
import type { ExpressionContext } from '../context.ts';
import { ExpressionError } from '../errors.ts';
import { evaluateExpression } from '../index.ts';

const CONTEXT: ExpressionContext = {
  user: { favoriteColors: ['red', 'blue'], none: null, cleared: '', csv: 'a, b,c' },
  groups: [],
};

function run(source: string, context = CONTEXT): unknown {
  return evaluateExpression(source, context);
}

describe('Arrays.* with the documented examples (§5.2, verbatim)', () => {
  it.each([
    ['Arrays.add({10,20,30}, 40)', [10, 20, 30, 40]],
    ['Arrays.remove({10,20,30}, 20)', [10, 30]],
    ['Arrays.clear({10,20,30})', []],
    ['Arrays.get({0,1,2}, 0)', 0],
    ['Arrays.flatten(10, {20,30}, 40)', [10, 20, 30, 40]],
    ["Arrays.flatten('10, 20, 30, 40')", ['10', '20', '30', '40']],
    ['Arrays.contains({10,20,30},10)', true],
    ['Arrays.contains({10,20,30},50)', false],
    ['Arrays.size({10,20,30})', 3],
    ['Arrays.size(NULL)', 0],
    ['Arrays.isEmpty({10,20})', false],
    ['Arrays.isEmpty(NULL)', true],
    ['Arrays.toCsvString({"This","is"," a ","test"})', 'This,is, a ,test'],
    // Group-rule sample (§6).
    ['Arrays.contains(user.favoriteColors, "blue")', true],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('CSV strings stand in for arrays (§5.2)', () => {
  it.each([
    ['Arrays.size("a,b,c")', 3],
    ['Arrays.size(user.csv)', 3],
    ['Arrays.get(user.csv, 1)', 'b'],
    ['Arrays.add("a,b", "c")', ['a', 'b', 'c']],
    ['Arrays.remove("a,b", "a")', ['b']],
    ['Arrays.contains("10,20,30", 20)', true],
    ['Arrays.contains("10,20,30", "20")', true],
    ['Arrays.contains({10, 20}, "20")', true],
    ['Arrays.remove({10, 20}, "10")', [20]],
    ['Arrays.toCsvString("a, b")', 'a,b'],
    ['Arrays.isEmpty("")', true],
    ['Arrays.size(user.cleared)', 0],
    ['Arrays.size("single")', 1],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });
});

describe('null, scalars and bounds (doc silent)', () => {
  it.each([
    ['Arrays.add(null, 1)', [1]],
    ['Arrays.add({}, null)', [null]],
    ['Arrays.remove(null, 1)', []],
    ['Arrays.remove({1, 2, 1}, 1)', [2]],
    ['Arrays.clear(null)', []],
    ['Arrays.get({0,1,2}, 3)', null],
    ['Arrays.get({0,1,2}, -1)', null],
    ['Arrays.get(null, 0)', null],
    ['Arrays.get({0,1,2}, "1")', 1],
    ['Arrays.contains(null, 1)', false],
    ['Arrays.contains({null}, null)', true],
    ['Arrays.size(5)', 1],
    ['Arrays.size(user.none)', 0],
    ['Arrays.isEmpty({})', true],
    ['Arrays.toCsvString(null)', null],
    ['Arrays.toCsvString({1, null, true})', '1,,true'],
    ['Arrays.toCsvString({})', ''],
    ['Arrays.flatten({1, {2, {3, {4}}}}, null, 5)', [1, 2, 3, 4, 5]],
    ['Arrays.flatten({"a,b"})', ['a,b']],
    ['Arrays.flatten(user.favoriteColors, "green")', ['red', 'blue', 'green']],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toEqual(expected);
  });

  it('stops on cyclic data instead of overflowing the stack', () => {
    const cyclic: unknown[] = [1];
    cyclic.push(cyclic);
    const context: ExpressionContext = { user: { cyclic }, groups: [] };
    expect(() => run('Arrays.flatten(user.cyclic)', context)).toThrow(
      new ExpressionError('evaluation', 'Arrays.flatten: arrays are nested too deeply', 1),
    );
    expect(run('user.cyclic == user.cyclic', context)).toBe(false);
  });

  it.each([
    ['Arrays.size(user)', 'Arrays.size expects an array for array, got an object at column 1'],
    ['Arrays.get({1}, "x")', 'Arrays.get expects a number for index, got a string at column 1'],
    ['Arrays.toCsvString({{1}})', 'Arrays.toCsvString cannot print an array item at column 1'],
  ])('%s → %s', (source, message) => {
    expect(() => run(source)).toThrow(message);
  });
});
