import { describe, expect, it } from 'vitest';
import type { AttributePath, CompareOperator, Filter, FilterValue } from './ast.ts';
import { MAX_FILTER_DEPTH } from './parser.ts';
import { MAX_FILTER_LENGTH, parseFilter } from './parse.ts';
import { catchScimError } from './test-helpers.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const CORE_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';

const cmp = (path: string | AttributePath, op: CompareOperator, value: FilterValue): Filter => ({
  kind: 'compare',
  path: typeof path === 'string' ? { name: path } : path,
  op,
  value,
});
const pr = (path: string | AttributePath): Filter => ({
  kind: 'present',
  path: typeof path === 'string' ? { name: path } : path,
});
const and = (left: Filter, right: Filter): Filter => ({ kind: 'and', left, right });
const or = (left: Filter, right: Filter): Filter => ({ kind: 'or', left, right });
const not = (filter: Filter): Filter => ({ kind: 'not', filter });
const vp = (name: string, filter: Filter): Filter => ({
  kind: 'valuePath',
  path: { name },
  filter,
});

describe('parseFilter: RFC 7644 §3.4.2.2 examples', () => {
  it.each<[string, Filter]>([
    ['userName Eq "john"', cmp('userName', 'eq', 'john')],
    ['Username eq "john"', cmp('Username', 'eq', 'john')],
    ['name.familyName co "O\'Malley"', cmp({ name: 'name', sub: 'familyName' }, 'co', "O'Malley")],
    ['userName sw "J"', cmp('userName', 'sw', 'J')],
    [`${CORE_USER}:userName sw "J"`, cmp({ urn: CORE_USER, name: 'userName' }, 'sw', 'J')],
    ['title pr', pr('title')],
    [
      'meta.lastModified gt "2011-05-13T04:42:34Z"',
      cmp({ name: 'meta', sub: 'lastModified' }, 'gt', '2011-05-13T04:42:34Z'),
    ],
    ['title pr and userType eq "Employee"', and(pr('title'), cmp('userType', 'eq', 'Employee'))],
    ['title pr or userType eq "Intern"', or(pr('title'), cmp('userType', 'eq', 'Intern'))],
    [
      'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
      cmp('schemas', 'eq', ENTERPRISE),
    ],
    [
      'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
      and(
        cmp('userType', 'eq', 'Employee'),
        or(
          cmp('emails', 'co', 'example.com'),
          cmp({ name: 'emails', sub: 'value' }, 'co', 'example.org'),
        ),
      ),
    ],
    [
      'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
      and(
        cmp('userType', 'ne', 'Employee'),
        not(
          or(
            cmp('emails', 'co', 'example.com'),
            cmp({ name: 'emails', sub: 'value' }, 'co', 'example.org'),
          ),
        ),
      ),
    ],
    [
      'userType eq "Employee" and (emails.type eq "work")',
      and(cmp('userType', 'eq', 'Employee'), cmp({ name: 'emails', sub: 'type' }, 'eq', 'work')),
    ],
    [
      'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
      and(
        cmp('userType', 'eq', 'Employee'),
        vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'co', '@example.com'))),
      ),
    ],
    [
      'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
      or(
        vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'co', '@example.com'))),
        vp('ims', and(cmp('type', 'eq', 'xmpp'), cmp('value', 'co', '@foo.com'))),
      ),
    ],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toStrictEqual(expected);
  });
});

describe('parseFilter: operators, keywords and literals in any case', () => {
  it.each(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le'] as const)('%s', (op) => {
    for (const written of [op, op.toUpperCase(), op.charAt(0).toUpperCase() + op.charAt(1)]) {
      expect(parseFilter(`a ${written} "x"`)).toStrictEqual(cmp('a', op, 'x'));
    }
  });

  it.each<[string, Filter]>([
    ['a PR', pr('a')],
    ['a Pr AND b pR', and(pr('a'), pr('b'))],
    ['a pr OR b pr', or(pr('a'), pr('b'))],
    ['NOT (a pr)', not(pr('a'))],
    ['Not(a pr)', not(pr('a'))],
    ['a eq TRUE', cmp('a', 'eq', true)],
    ['a eq False', cmp('a', 'eq', false)],
    ['a eq NULL', cmp('a', 'eq', null)],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toStrictEqual(expected);
  });
});

describe('parseFilter: comparison values', () => {
  it.each<[string, FilterValue]>([
    ['"plain"', 'plain'],
    ['"with \\"quotes\\""', 'with "quotes"'],
    ['"back\\\\slash"', 'back\\slash'],
    ['"\\u00e9t\\u00E9"', 'été'],
    ['"tab\\there"', 'tab\there'],
    ['""', ''],
    ['"a (b) [c] and or"', 'a (b) [c] and or'],
    ['0', 0],
    ['42', 42],
    ['-7', -7],
    ['3.25', 3.25],
    ['-0.5', -0.5],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
    ['1e+2', 100],
    ['true', true],
    ['false', false],
    ['null', null],
    // Tolerated bare words (real IdPs): strings when not a number or literal.
    ['123abc', '123abc'],
    ['bob@example.com', 'bob@example.com'],
    ['01', '01'],
    ['1.', '1.'],
    ['truely', 'truely'],
    ['urn:x:y', 'urn:x:y'],
  ])('%s', (written, value) => {
    expect(parseFilter(`externalId eq ${written}`)).toStrictEqual(cmp('externalId', 'eq', value));
  });

  it('ends a bare word at a closing parenthesis or bracket', () => {
    expect(parseFilter('(userName eq bob)')).toStrictEqual(cmp('userName', 'eq', 'bob'));
    expect(parseFilter('emails[value eq a@b.c]')).toStrictEqual(
      vp('emails', cmp('value', 'eq', 'a@b.c')),
    );
  });

  it('allows ordering operators against numbers and strings', () => {
    expect(parseFilter('age ge -1.5')).toStrictEqual(cmp('age', 'ge', -1.5));
    expect(parseFilter('name lt "m"')).toStrictEqual(cmp('name', 'lt', 'm'));
  });

  it('allows eq/ne/co against literals', () => {
    expect(parseFilter('active ne true')).toStrictEqual(cmp('active', 'ne', true));
    expect(parseFilter('title eq null')).toStrictEqual(cmp('title', 'eq', null));
  });
});

describe('parseFilter: attribute paths', () => {
  it.each<[string, AttributePath]>([
    ['userName', { name: 'userName' }],
    ['name.givenName', { name: 'name', sub: 'givenName' }],
    ['x-custom_attr2', { name: 'x-custom_attr2' }],
    ['$ref', { name: '$ref' }],
    ['members.$ref', { name: 'members', sub: '$ref' }],
    [`${ENTERPRISE}:employeeNumber`, { urn: ENTERPRISE, name: 'employeeNumber' }],
    [`${ENTERPRISE}:manager.value`, { urn: ENTERPRISE, name: 'manager', sub: 'value' }],
    [`${CORE_USER}:name.familyName`, { urn: CORE_USER, name: 'name', sub: 'familyName' }],
    [
      'URN:IETF:params:scim:schemas:core:2.0:User:userName',
      { urn: 'URN:IETF:params:scim:schemas:core:2.0:User', name: 'userName' },
    ],
    [ENTERPRISE, { urn: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0', name: 'User' }],
  ])('%s', (written, path) => {
    expect(parseFilter(`${written} pr`)).toStrictEqual(pr(path));
  });

  it('keeps a URN on a value path', () => {
    expect(parseFilter(`${CORE_USER}:emails[type eq "work"]`)).toStrictEqual({
      kind: 'valuePath',
      path: { urn: CORE_USER, name: 'emails' },
      filter: cmp('type', 'eq', 'work'),
    });
  });

  it('reads `not` as an attribute name when an operator follows', () => {
    expect(parseFilter('not eq "x"')).toStrictEqual(cmp('not', 'eq', 'x'));
    expect(parseFilter('not pr')).toStrictEqual(pr('not'));
    expect(parseFilter('not (not pr)')).toStrictEqual(not(pr('not')));
  });
});

describe('parseFilter: precedence and grouping', () => {
  const [a, b, c, d] = [pr('a'), pr('b'), pr('c'), pr('d')];
  it.each<[string, Filter]>([
    ['a pr and b pr or c pr', or(and(a, b), c)],
    ['a pr or b pr and c pr', or(a, and(b, c))],
    ['a pr or b pr and c pr or d pr', or(or(a, and(b, c)), d)],
    ['a pr and b pr and c pr', and(and(a, b), c)],
    ['a pr or b pr or c pr', or(or(a, b), c)],
    ['a pr and (b pr or c pr)', and(a, or(b, c))],
    ['(a pr or b pr) and c pr', and(or(a, b), c)],
    ['a pr or (b pr or c pr)', or(a, or(b, c))],
    ['((a pr))', a],
    ['not (a pr) and b pr', and(not(a), b)],
    ['not (a pr and b pr) or c pr', or(not(and(a, b)), c)],
    ['not (not (a pr))', not(not(a))],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toStrictEqual(expected);
  });
});

describe('parseFilter: value paths', () => {
  it.each<[string, Filter]>([
    ['members[value eq "1"]', vp('members', cmp('value', 'eq', '1'))],
    [
      'emails[type eq "work" or type eq "home"]',
      vp('emails', or(cmp('type', 'eq', 'work'), cmp('type', 'eq', 'home'))),
    ],
    ['emails[not (type eq "work")]', vp('emails', not(cmp('type', 'eq', 'work')))],
    [
      'emails[(type eq "work" or primary eq true) and value pr]',
      vp('emails', and(or(cmp('type', 'eq', 'work'), cmp('primary', 'eq', true)), pr('value'))),
    ],
    ['emails[ type eq "work" ]', vp('emails', cmp('type', 'eq', 'work'))],
    [
      'emails[value pr] and not (emails[type eq "x"])',
      and(vp('emails', pr('value')), not(vp('emails', cmp('type', 'eq', 'x')))),
    ],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toStrictEqual(expected);
  });

  it('desugars Entra ID `attr[F].sub op V` into the value filter', () => {
    expect(parseFilter('emails[type eq "work"].value eq "x@y.z"')).toStrictEqual(
      vp('emails', and(cmp('type', 'eq', 'work'), cmp('value', 'eq', 'x@y.z'))),
    );
    expect(parseFilter('emails[type eq "work"].value pr')).toStrictEqual(
      vp('emails', and(cmp('type', 'eq', 'work'), pr('value'))),
    );
    expect(
      parseFilter('emails[type eq "a" or type eq "b"].value Co "y" and active eq true'),
    ).toStrictEqual(
      and(
        vp(
          'emails',
          and(or(cmp('type', 'eq', 'a'), cmp('type', 'eq', 'b')), cmp('value', 'co', 'y')),
        ),
        cmp('active', 'eq', true),
      ),
    );
  });
});

describe('parseFilter: whitespace', () => {
  it.each([
    '  userName eq "x"  ',
    'userName\teq\t"x"',
    'userName    eq  \t "x"',
    '\tuserName eq "x"\t',
  ])('%j', (text) => {
    expect(parseFilter(text)).toStrictEqual(cmp('userName', 'eq', 'x'));
  });

  it('accepts spaces around parentheses', () => {
    expect(parseFilter('not ( a pr )')).toStrictEqual(not(pr('a')));
    expect(parseFilter('( a pr )and( b pr )')).toStrictEqual(and(pr('a'), pr('b')));
  });
});

describe('parseFilter: errors', () => {
  it.each([
    ['userName foo "x"', 'Expected a comparison operator at column 10 in filter: userName foo "x"'],
    ['userName', 'Expected a comparison operator at column 9 in filter: userName'],
    ['userName eq', 'Expected a comparison value at column 12 in filter: userName eq'],
    ['userName eq ', 'Expected a comparison value at column 12 in filter: userName eq '],
    [
      'userName eq "x" extra',
      "Expected 'and', 'or' or end of filter at column 17 in filter: userName eq \"x\" extra",
    ],
    [
      'userName eq "x" and',
      "Expected an attribute name, '(' or 'not' at column 20 in filter: userName eq \"x\" and",
    ],
    ['a pr or', "Expected an attribute name, '(' or 'not' at column 8 in filter: a pr or"],
    ['and a pr', 'Expected a comparison operator at column 5 in filter: and a pr'],
    [')', "Expected an attribute name, '(' or 'not' at column 1 in filter: )"],
    [
      '"x" eq "x"',
      'Expected an attribute name, \'(\' or \'not\' at column 1 in filter: "x" eq "x"',
    ],
    ['(a pr', "Expected ')' at column 6 in filter: (a pr"],
    ['a pr)', "Expected 'and', 'or' or end of filter at column 5 in filter: a pr)"],
    ['(a pr]', "Expected ')' at column 6 in filter: (a pr]"],
    ['not a pr', "Expected '(' after 'not' at column 5 in filter: not a pr"],
    ['a eq (b)', 'Expected a comparison value at column 6 in filter: a eq (b)'],
    ['a gt true', "Operator 'gt' cannot compare with true at column 6 in filter: a gt true"],
    ['a LT False', "Operator 'lt' cannot compare with false at column 6 in filter: a LT False"],
    ['a ge null', "Operator 'ge' cannot compare with null at column 6 in filter: a ge null"],
    ['a le NULL', "Operator 'le' cannot compare with null at column 6 in filter: a le NULL"],
    ['a eq 1e999', 'Number out of range at column 6 in filter: a eq 1e999'],
    ['a eq "x', 'Unterminated string starting at column 6 in filter: a eq "x'],
    ['emails[type eq "work"', 'Expected \']\' at column 22 in filter: emails[type eq "work"'],
    ['emails[', "Expected an attribute name, '(' or 'not' at column 8 in filter: emails["],
    ['emails[]', "Expected an attribute name, '(' or 'not' at column 8 in filter: emails[]"],
    [
      'emails [type eq "work"]',
      'Unexpected whitespace before \'[\' at column 8 in filter: emails [type eq "work"]',
    ],
    [
      'emails[type eq "work"] eq "x"',
      'Expected \'and\', \'or\' or end of filter at column 24 in filter: emails[type eq "work"] eq "x"',
    ],
    [
      'emails[type eq "work"].value',
      'Expected a comparison operator at column 29 in filter: emails[type eq "work"].value',
    ],
    [
      'emails[type eq "work"]value eq "x"',
      'Expected \'.\' after \']\' at column 23 in filter: emails[type eq "work"]value eq "x"',
    ],
    [
      'emails[type eq "work"]. eq "x"',
      'Expected a sub-attribute name at column 24 in filter: emails[type eq "work"]. eq "x"',
    ],
    [
      'emails[type eq "work"].value.x eq "x"',
      'Unexpected sub-attribute of a sub-attribute at column 29 in filter: emails[type eq "work"].value.x eq "x"',
    ],
    [
      'emails[type[value eq "x"]]',
      'Value filters cannot be nested at column 12 in filter: emails[type[value eq "x"]]',
    ],
    ['a[b[c pr]]', 'Value filters cannot be nested at column 4 in filter: a[b[c pr]]'],
    [
      'name.givenName[x pr]',
      'A sub-attribute cannot have a value filter at column 15 in filter: name.givenName[x pr]',
    ],
    [
      'emails[type.x eq "w"]',
      'Unexpected sub-attribute of a sub-attribute at column 12 in filter: emails[type.x eq "w"]',
    ],
    [
      `emails[${CORE_USER}:type eq "w"]`,
      `Expected a sub-attribute name without a schema URN at column 8 in filter: emails[${CORE_USER}:type eq "w"]`,
    ],
    ['name..x pr', 'Expected a sub-attribute name at column 6 in filter: name..x pr'],
    [
      'name.givenName.x pr',
      'Unexpected sub-attribute of a sub-attribute at column 15 in filter: name.givenName.x pr',
    ],
    ['name. pr', 'Expected a sub-attribute name at column 6 in filter: name. pr'],
    ['.value pr', 'Expected an attribute name at column 1 in filter: .value pr'],
    ['1abc pr', 'Expected an attribute name at column 1 in filter: 1abc pr'],
    ['user@name pr', "Unexpected '@' in attribute name at column 5 in filter: user@name pr"],
    ['foo:bar pr', 'Expected an attribute name or schema URN at column 1 in filter: foo:bar pr'],
    ['urn::x pr', 'Expected an attribute name or schema URN at column 1 in filter: urn::x pr'],
    [`${ENTERPRISE}: pr`, `Expected an attribute name at column 60 in filter: ${ENTERPRISE}: pr`],
  ])('%s', (text, detail) => {
    const error = catchScimError(() => parseFilter(text));
    expect(error.status).toBe(400);
    expect(error.scimType).toBe('invalidFilter');
    expect(error.message).toBe(detail);
  });

  it.each(['', '   ', '\t'])('rejects the empty filter %j', (text) => {
    const error = catchScimError(() => parseFilter(text));
    expect(error.scimType).toBe('invalidFilter');
    expect(error.message).toBe('Filter is empty');
  });

  it('cuts a long filter in the error detail', () => {
    const text = `${'a pr and '.repeat(50)}a foo`;
    const error = catchScimError(() => parseFilter(text));
    expect(error.message).toBe(
      `Expected a comparison operator at column ${text.length - 2} in filter: ${text.slice(0, 200)}…`,
    );
  });
});

describe('parseFilter: bounds', () => {
  it(`accepts ${MAX_FILTER_LENGTH} characters and rejects one more`, () => {
    const base = 'userName eq "';
    const atLimit = `${base}${'x'.repeat(MAX_FILTER_LENGTH - base.length - 1)}"`;
    expect(atLimit).toHaveLength(MAX_FILTER_LENGTH);
    expect(parseFilter(atLimit)).toMatchObject({ kind: 'compare' });
    const error = catchScimError(() => parseFilter(`${atLimit} `));
    expect(error.scimType).toBe('invalidFilter');
    expect(error.message).toBe('Filter is longer than 10000 characters');
  });

  it('parses a long flat chain without deep recursion', () => {
    const text = Array.from({ length: 1100 }, () => 'a pr').join(' and ');
    expect(text.length).toBeLessThanOrEqual(MAX_FILTER_LENGTH);
    let filter = parseFilter(text);
    let depth = 0;
    while (filter.kind === 'and') {
      filter = filter.left;
      depth++;
    }
    expect(depth).toBe(1099);
  });

  it.each([
    ['parentheses', (n: number) => `${'('.repeat(n)}a pr${')'.repeat(n)}`, 65],
    ['not', (n: number) => `${'not ('.repeat(n)}a pr${')'.repeat(n)}`, 325],
    ['a value path', (n: number) => `x[${'('.repeat(n - 1)}a pr${')'.repeat(n - 1)}]`, 66],
  ])(
    `allows ${MAX_FILTER_DEPTH} levels of %s and rejects ${MAX_FILTER_DEPTH + 1}`,
    (_, build, column) => {
      expect(() => parseFilter(build(MAX_FILTER_DEPTH))).not.toThrow();
      const error = catchScimError(() => parseFilter(build(MAX_FILTER_DEPTH + 1)));
      expect(error.scimType).toBe('invalidFilter');
      expect(error.message).toMatch(
        new RegExp(`^Nesting deeper than 64 levels at column ${column} in filter`),
      );
    },
  );

  it('rejects thousands of nested parentheses with invalidFilter, not a stack overflow', () => {
    const text = `${'('.repeat(4000)}a pr${')'.repeat(4000)}`;
    const error = catchScimError(() => parseFilter(text));
    expect(error.message).toBe(
      `Nesting deeper than 64 levels at column 65 in filter: ${text.slice(0, 200)}…`,
    );
  });
});
