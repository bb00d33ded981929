import { describe, expect, it } from 'vitest';
import { asciiLower, compareText, show } from './text.ts';

describe('role text helpers', () => {
  it('folds A–Z only', () => {
    expect(asciiLower('Workspace_PROD-1')).toBe('workspace_prod-1');
    expect(asciiLower('\u212A\u0130')).toBe('\u212A\u0130');
  });

  it('orders by code unit, not locale', () => {
    expect(['b', 'B', 'a', '_'].sort(compareText)).toEqual(['B', '_', 'a', 'b']);
  });

  it.each<[unknown, string]>([
    ['', '""'],
    ['a"b\n', '"a\\"b\\n"'],
    ['x'.repeat(65), `"${'x'.repeat(64)}…"`],
    [null, 'null'],
    [5, '5'],
    [false, 'false'],
    [[], 'an array'],
    [{}, 'an object'],
    [undefined, 'a undefined'],
  ])('shows %j as %s', (value, shown) => {
    expect(show(value)).toBe(shown);
  });
});
