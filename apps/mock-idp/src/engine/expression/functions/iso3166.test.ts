import { describe, expect, it } from 'vitest';
import { evaluateExpression } from '../index.ts';

function run(source: string): unknown {
  return evaluateExpression(source, { user: { country: 'gb' }, groups: [] });
}

describe('Iso3166Convert.* (§5.3)', () => {
  it.each([
    // Documented examples, verbatim.
    ['Iso3166Convert.toAlpha2("IND")', 'IN'],
    ['Iso3166Convert.toAlpha3("840")', 'USA'],
    ['Iso3166Convert.toNumeric("USA")', '840'],
    ['Iso3166Convert.toName("IN")', 'India'],
    // Any of the three inputs works for every output.
    ['Iso3166Convert.toAlpha2("IN")', 'IN'],
    ['Iso3166Convert.toAlpha2("356")', 'IN'],
    ['Iso3166Convert.toAlpha3("US")', 'USA'],
    ['Iso3166Convert.toNumeric("IN")', '356'],
    ['Iso3166Convert.toName("USA")', 'United States'],
    ['Iso3166Convert.toName("826")', 'United Kingdom'],
    // Case-insensitive codes, numbers without leading zeros (doc silent; forgiving).
    ['Iso3166Convert.toAlpha3(user.country)', 'GBR'],
    ['Iso3166Convert.toAlpha3(" deu ")', 'DEU'],
    ['Iso3166Convert.toAlpha2(4)', 'AF'],
    ['Iso3166Convert.toAlpha2("004")', 'AF'],
    ['Iso3166Convert.toNumeric("AF")', '004'],
    ['Iso3166Convert.toName("CI")', "Côte d'Ivoire"],
    // Unknown codes and null give null.
    ['Iso3166Convert.toAlpha2("XX")', null],
    ['Iso3166Convert.toAlpha2("999")', null],
    ['Iso3166Convert.toName(null)', null],
  ])('%s → %j', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('rejects a non-code', () => {
    expect(() => run('Iso3166Convert.toAlpha2(true)')).toThrow(
      'Iso3166Convert.toAlpha2 expects a country code at column 1',
    );
  });
});
