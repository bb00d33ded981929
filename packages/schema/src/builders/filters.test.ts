import { describe, expect, it } from 'vitest';
import { ScimError } from '../errors.ts';
import { parseFilter } from '../filter/parse.ts';
import {
  and,
  co,
  eq,
  ew,
  filterText,
  ge,
  gt,
  le,
  lt,
  ne,
  not,
  or,
  pr,
  sw,
  valuePath,
} from './filters.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

describe('filter builders', () => {
  it('build the issue example: and(eq(userName), pr(externalId))', () => {
    const filter = and(eq('userName', 'ada@example.com'), pr('externalId'));
    expect(filterText(filter)).toBe('userName eq "ada@example.com" and externalId pr');
  });

  it.each([
    ['a quote', 'say "hi"', String.raw`userName eq "say \"hi\""`],
    ['a backslash', String.raw`dom\ada`, String.raw`userName eq "dom\\ada"`],
    ['control characters', 'a\nb\tc\u0001', String.raw`userName eq "a\nb\tc\u0001"`],
    ['non-ASCII text', 'Zoë 山田', 'userName eq "Zoë 山田"'],
    ['filter syntax', '" or userName pr or "', String.raw`userName eq "\" or userName pr or \""`],
  ])('quote and escape %s, and the server reads back exactly the value', (_case, value, text) => {
    const filter = eq('userName', value);
    expect(filterText(filter)).toBe(text);
    expect(parseFilter(filterText(filter))).toEqual(filter);
  });

  it('print every comparison operator, and values of every JSON type', () => {
    const filters = [
      ne('title', null),
      co('displayName', 'x'),
      sw('userName', 'a'),
      ew('userName', 'z'),
      gt('meta.lastModified', new Date('2026-01-02T03:04:05.000Z')),
      ge('x', 1.5),
      lt('x', -2),
      le('x', 0),
      eq('active', true),
    ];
    expect(filters.map(filterText)).toEqual([
      'title ne null',
      'displayName co "x"',
      'userName sw "a"',
      'userName ew "z"',
      'meta.lastModified gt "2026-01-02T03:04:05.000Z"',
      'x ge 1.5',
      'x lt -2',
      'x le 0',
      'active eq true',
    ]);
    for (const filter of filters) expect(parseFilter(filterText(filter))).toEqual(filter);
  });

  it('take URN-qualified and sub-attribute paths', () => {
    expect(filterText(eq(`${ENTERPRISE}:manager.value`, '42'))).toBe(
      `${ENTERPRISE}:manager.value eq "42"`,
    );
    expect(filterText(pr('name.givenName'))).toBe('name.givenName pr');
  });

  it('parenthesize only where precedence needs it (and binds tighter than or)', () => {
    const filter = and(or(pr('a'), pr('b')), not(or(pr('c'), eq('d', 1))), pr('e'));
    expect(filterText(filter)).toBe('(a pr or b pr) and not (c pr or d eq 1) and e pr');
    expect(parseFilter(filterText(filter))).toEqual(filter);
    expect(filterText(or(and(pr('a'), pr('b')), pr('c')))).toBe('a pr and b pr or c pr');
  });

  it('build value filters on multi-valued attributes', () => {
    const filter = valuePath('emails', and(eq('type', 'work'), co('value', '@example.com')));
    expect(filterText(filter)).toBe('emails[type eq "work" and value co "@example.com"]');
    expect(parseFilter(filterText(filter))).toEqual(filter);
  });

  it.each([
    ['an operator inside the attribute', () => eq('userName pr or x', 'a')],
    ['a value filter as attribute', () => pr('emails[type eq "work"]')],
    ['an empty attribute', () => pr('')],
    ['a sub-attribute of a sub-attribute', () => pr('name.givenName.x')],
    ['a non-finite number', () => gt('x', Number.NaN)],
    ['an invalid date', () => gt('x', new Date('nope'))],
    ['a qualified name inside brackets', () => valuePath('emails', eq('emails.type', 'work'))],
    ['a sub-attribute before brackets', () => valuePath('name.givenName', pr('x'))],
  ])('refuse %s with invalidFilter', (_case, build) => {
    expect(build).toThrow(ScimError);
    try {
      build();
    } catch (error) {
      expect((error as ScimError).scimType).toBe('invalidFilter');
    }
  });

  it('pass filter text through unchanged', () => {
    expect(filterText('userName eq "x"')).toBe('userName eq "x"');
  });
});
