import { describe, expect, it } from 'vitest';
import type { ExpressionContext } from '../context.ts';
import { evaluateExpression } from '../index.ts';

const CONTEXT: ExpressionContext = { user: { yearJoined: 2018, code: ' 42 ' }, groups: [] };

function run(source: string): unknown {
  return evaluateExpression(source, CONTEXT);
}

describe('Convert.* with the documented examples (§5.3)', () => {
  it.each([
    ["Convert.toInt('1234')", 1234],
    ['Convert.toInt(123.4)', 123],
    ['Convert.toInt(123.6)', 124],
    // OIE examples: rounding, and Java's (int) wrap-around.
    ['Convert.toInt(-1.6)', -2],
    ["Convert.toInt('-2147483649')", 2147483647],
    ['Convert.toInt(2147483647.7)', -2147483648],
    ["Convert.toNum('3.141')", 3.141],
    // Group-rule example (§5.3): fine in a mapping.
    ['Convert.toInt("2018") == user.yearJoined', true],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });
});

describe('Convert edge cases (doc silent)', () => {
  it.each([
    ['Convert.toInt(2.5)', 3],
    ['Convert.toInt(-2.5)', -2],
    ['Convert.toInt(-0.4)', 0],
    ['Convert.toInt("12.5")', 13],
    ['Convert.toInt(user.code)', 42],
    ['Convert.toInt(2147483648)', -2147483648],
    ['Convert.toInt(null)', null],
    ['Convert.toNum(null)', null],
    ['Convert.toNum(7)', 7],
    ['Convert.toNum("-1e3")', -1000],
    ['Convert.toNum(".5")', 0.5],
    ['Convert.toNum("+2")', 2],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it.each([
    ['Convert.toNum("abc")', "Convert.toNum cannot convert 'abc' to a number at column 1"],
    ['Convert.toInt("12abc")', "Convert.toInt cannot convert '12abc' to a number at column 1"],
    ['Convert.toInt("")', "Convert.toInt cannot convert '' to a number at column 1"],
    ['Convert.toInt(true)', 'Convert.toInt cannot convert a Boolean to a number at column 1'],
    ['Convert.toNum({1})', 'Convert.toNum cannot convert an array to a number at column 1'],
  ])('%s → %s', (source, message) => {
    expect(() => run(source)).toThrow(message);
  });
});
