import { describe, expect, it } from 'vitest';
import type { Filter } from './ast.ts';
import { parseFilter } from './parse.ts';
import { printAttributePath, printFilter } from './print.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const pr = (name: string): Filter => ({ kind: 'present', path: { name } });

describe('printFilter', () => {
  it.each([
    ['userName EQ "bob"', 'userName eq "bob"'],
    ['userName eq bob@example.com', 'userName eq "bob@example.com"'],
    ['a eq "say \\"hi\\"\\n"', 'a eq "say \\"hi\\"\\n"'],
    ['a eq "\\u00e9"', 'a eq "é"'],
    ['a eq 1E3', 'a eq 1000'],
    ['a eq -0', 'a eq -0'],
    ['a eq TRUE and b ne Null', 'a eq true and b ne null'],
    ['A Pr', 'A pr'],
    ['(a pr and b pr) or c pr', 'a pr and b pr or c pr'],
    ['a pr and (b pr or c pr)', 'a pr and (b pr or c pr)'],
    ['(a pr or b pr) and c pr', '(a pr or b pr) and c pr'],
    ['a pr or (b pr or c pr)', 'a pr or (b pr or c pr)'],
    ['a pr and (b pr and c pr)', 'a pr and (b pr and c pr)'],
    ['((a pr)) or b pr', 'a pr or b pr'],
    ['NOT(a pr or b pr)', 'not (a pr or b pr)'],
    ['emails[type eq "work"].value eq "x"', 'emails[type eq "work" and value eq "x"]'],
    [
      'emails[type eq "a" or type eq "b"].value pr',
      'emails[(type eq "a" or type eq "b") and value pr]',
    ],
    [`${ENTERPRISE}:manager.value eq "1"`, `${ENTERPRISE}:manager.value eq "1"`],
  ])('%s → %s', (text, printed) => {
    expect(printFilter(parseFilter(text))).toBe(printed);
  });

  it('parenthesizes a right-nested tree built in code', () => {
    const filter: Filter = {
      kind: 'and',
      left: { kind: 'or', left: pr('a'), right: pr('b') },
      right: { kind: 'and', left: pr('c'), right: { kind: 'not', filter: pr('d') } },
    };
    expect(printFilter(filter)).toBe('(a pr or b pr) and (c pr and not (d pr))');
  });

  it('prints attribute paths', () => {
    expect(printAttributePath({ name: 'userName' })).toBe('userName');
    expect(printAttributePath({ name: 'name', sub: 'givenName' })).toBe('name.givenName');
    expect(printAttributePath({ urn: ENTERPRISE, name: 'manager', sub: 'value' })).toBe(
      `${ENTERPRISE}:manager.value`,
    );
  });
});

describe('parseFilter ∘ printFilter round trip', () => {
  it.each([
    'userName eq "bjensen"',
    'userName Eq "john"',
    'name.familyName co "O\'Malley"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
    'title pr',
    'meta.lastModified gt "2011-05-13T04:42:34Z"',
    'meta.lastModified ge "2011-05-13T04:42:34Z"',
    'meta.lastModified lt "2011-05-13T04:42:34Z"',
    'meta.lastModified le "2011-05-13T04:42:34Z"',
    'title pr and userType eq "Employee"',
    'title pr or userType eq "Intern"',
    'schemas eq "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"',
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
    'userType ne "Employee" and not (emails co "example.com" or emails.value co "example.org")',
    'userType eq "Employee" and (emails.type eq "work")',
    'userType eq "Employee" and emails[type eq "work" and value co "@example.com"]',
    'emails[type eq "work" and value co "@example.com"] or ims[type eq "xmpp" and value co "@foo.com"]',
    'emails[type eq "work"].value eq "x@y.z"',
    'emails[not (type eq "work") or primary eq true]',
    `${ENTERPRISE}:employeeNumber eq "701984"`,
    `${ENTERPRISE}:manager.value eq "26118915-6090-4610-87e4-49d8ca9f808d"`,
    'externalId eq 123abc',
    'a eq -1.5e-3 or b eq 0 or c eq 42',
    'a eq "tab\\t\\"quote\\" back\\\\slash \\u0001 \\u00e9"',
    'active eq True and x ne NULL',
    'a pr or b pr and c pr or d pr',
    'a pr and (b pr or c pr) and d pr',
    'a pr or (b pr or (c pr or d pr))',
    'a pr and (b pr and c pr)',
    'not (not (a pr)) and not (b pr or c pr)',
    '((a pr or b pr) and (c pr or d pr)) or not (e pr and f pr)',
    'members[value eq "1" or value eq "2"] and displayName sw "Adm"',
    '$ref pr and members.$ref co "Users"',
  ])('%s', (text) => {
    const parsed = parseFilter(text);
    expect(parseFilter(printFilter(parsed))).toStrictEqual(parsed);
    // The printed form is canonical: printing again gives the same text.
    expect(printFilter(parseFilter(printFilter(parsed)))).toBe(printFilter(parsed));
  });
});
