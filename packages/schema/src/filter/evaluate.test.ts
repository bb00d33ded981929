import { describe, expect, it } from 'vitest';
import type { AttributeType } from '../discovery/attribute.ts';
import type { AttributePath } from './ast.ts';
import { matchesFilter, type EvaluationOptions } from './evaluate.ts';
import { parseFilter } from './parse.ts';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user: Record<string, unknown> = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id: '2819c223-7f76-453a-919d-413861904646',
  userName: 'bjensen@example.com',
  externalId: 'BJensen',
  name: { familyName: "O'Malley", givenName: 'Barbara' },
  title: '',
  nickName: null,
  displayName: 'Babs Jensen',
  active: true,
  loginCount: 12,
  score: 2.5,
  emails: [
    { value: 'bjensen@example.com', type: 'work', primary: true },
    { value: 'babs@jensen.org', type: 'home' },
  ],
  phoneNumbers: [],
  addresses: [{}],
  x509Certificates: [{ value: null }],
  groups: [{ value: 'g1', display: 'Admins' }],
  meta: { lastModified: '2011-05-13T04:42:34Z', created: '2010-01-23T04:56:22Z' },
  [ENTERPRISE]: {
    employeeNumber: '701984',
    manager: { value: '26118915', displayName: 'John Smith' },
  },
};

/** A small schema: what the PATCH engine's resolver would answer. */
const TYPES: Record<string, [AttributeType, boolean]> = {
  id: ['string', true],
  username: ['string', false],
  externalid: ['string', true],
  active: ['boolean', false],
  logincount: ['integer', false],
  score: ['decimal', false],
  'meta.lastmodified': ['dateTime', false],
  'meta.created': ['dateTime', false],
  emails: ['complex', false],
  'emails.value': ['string', false],
  'emails.type': ['string', false],
  'emails.primary': ['boolean', false],
  'members.value': ['string', true],
};
const options: EvaluationOptions = {
  describe: (path: AttributePath) => {
    const key = [path.name, path.sub].filter(Boolean).join('.').toLowerCase();
    const entry = TYPES[key];
    return entry && { type: entry[0], caseExact: entry[1] };
  },
};

describe('matchesFilter with attribute descriptions', () => {
  it.each<[string, boolean]>([
    // Strings: case-insensitive unless caseExact.
    ['userName eq "BJENSEN@example.com"', true],
    ['USERNAME eq "bjensen@example.com"', true],
    ['externalId eq "bjensen"', false],
    ['externalId eq "BJensen"', true],
    ['displayName co "JENS"', true],
    ['displayName sw "babs"', true],
    ['displayName ew "JENSEN"', true],
    ['displayName sw "Jensen"', false],
    ['displayName gt "Aaa"', true],
    ['displayName lt "aaa"', false],
    ['displayName ge "babs jensen"', true],
    ['displayName le "BABS JENSEN"', true],
    ['name.familyName co "o\'mal"', true],
    ['Name.GivenName eq "barbara"', true],
    // Numbers compare numerically, including against numeric strings on numeric attributes.
    ['loginCount gt 9', true],
    ['loginCount lt 9', false],
    ['loginCount ge 12 and loginCount le 12', true],
    ['loginCount eq "12"', true],
    ['loginCount ne 12', false],
    ['score gt 2.25', true],
    ['score eq 2.5', true],
    // dateTime by instant.
    ['meta.lastModified gt "2011-05-13T04:42:33Z"', true],
    ['meta.lastModified gt "2011-05-13T06:00:00+02:00"', true],
    ['meta.lastModified eq "2011-05-13T04:42:34.000Z"', true],
    ['meta.lastModified lt "2011-05-13"', false],
    [
      'meta.created lt "2011-01-01T00:00:00Z" and meta.lastModified ge "2011-01-01T00:00:00Z"',
      true,
    ],
    // Booleans: eq/ne only.
    ['active eq true', true],
    ['active eq false', false],
    ['active ne false', true],
    ['emails.primary eq true', true],
    // Multi-valued: any element matches; whole-attribute compare uses `value`.
    ['emails eq "babs@jensen.org"', true],
    ['emails co "@example.com"', true],
    ['emails ew ".net"', false],
    ['emails.type eq "home"', true],
    ['emails.type eq "other"', false],
    ['groups eq "G1"', true],
    ['groups.display eq "admins"', true],
    // Value paths.
    ['emails[type eq "work" and value co "example.com"]', true],
    ['emails[type eq "home" and value co "example.com"]', false],
    ['emails[type eq "work"].value eq "bjensen@example.com"', true],
    ['emails[type eq "home"].value eq "bjensen@example.com"', false],
    ['emails[primary eq true]', true],
    ['emails[not (type eq "work")]', true],
    ['emails[type eq "other"] or userName sw "bj"', true],
    ['name[givenName eq "barbara"]', true],
    ['name[givenName eq "john"]', false],
    ['phoneNumbers[type eq "work"]', false],
    ['displayName[value eq "x"]', false],
    // Extension attributes under their URN key, matched case-insensitively.
    [`${ENTERPRISE}:employeeNumber eq "701984"`, true],
    [`${ENTERPRISE.toUpperCase()}:EMPLOYEENUMBER eq "701984"`, true],
    [`${ENTERPRISE}:manager.value eq "26118915"`, true],
    [`${ENTERPRISE}:manager eq "26118915"`, true],
    [`${ENTERPRISE}:manager.displayName sw "john"`, true],
    [`${ENTERPRISE}:costCenter pr`, false],
    // A core URN prefix falls back to the top level when there is no such key.
    ['urn:ietf:params:scim:schemas:core:2.0:User:userName eq "bjensen@example.com"', true],
    // Logic.
    ['userName pr and not (active eq false)', true],
    ['not (userName pr)', false],
    ['title pr or nickName pr', false],
  ])('%s → %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), user, options)).toBe(expected);
  });
});

describe('matchesFilter: presence (pr)', () => {
  it.each<[string, boolean]>([
    ['userName pr', true],
    ['title pr', false],
    ['nickName pr', false],
    ['missing pr', false],
    ['emails pr', true],
    ['emails.type pr', true],
    ['phoneNumbers pr', false],
    ['addresses pr', false],
    ['x509Certificates pr', false],
    ['name pr', true],
    ['meta.lastModified pr', true],
    ['name.middleName pr', false],
  ])('%s → %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), user)).toBe(expected);
  });
});

describe('matchesFilter: absent attributes and null', () => {
  it.each<[string, boolean]>([
    ['missing ne "x"', true],
    ['missing eq "x"', false],
    ['missing co "x"', false],
    ['missing gt "x"', false],
    ['missing eq null', true],
    ['nickName eq null', true],
    ['title eq null', true],
    ['userName eq null', false],
    ['userName ne null', true],
    ['missing ne null', false],
    ['phoneNumbers ne "x"', true],
    ['phoneNumbers eq "x"', false],
  ])('%s → %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), user)).toBe(expected);
  });
});

describe('matchesFilter without descriptions (strings, case-insensitive)', () => {
  const target = {
    userName: 'Alice',
    active: 'True',
    enabled: 'false',
    count: 10,
    code: '10',
    members: [{ value: 'ABC' }, { value: 'def' }],
    tags: ['Red', 'green'],
  };

  it.each<[string, boolean]>([
    ['username eq "alice"', true],
    ['userName ne "ALICE"', false],
    // IdPs send string booleans.
    ['active eq true', true],
    ['active eq false', false],
    ['active ne true', false],
    ['enabled eq false', true],
    ['userName eq true', false],
    ['userName ne true', true],
    // Numbers against numbers compare numerically; against strings, as strings.
    ['count gt 9', true],
    ['count eq 10', true],
    ['code eq 10', true],
    ['code gt 9', false],
    ['count co "1"', true],
    ['members eq "abc"', true],
    ['members[value eq "DEF"]', true],
    ['members[value eq "xyz"]', false],
    ['tags eq "red"', true],
    ['tags sw "GR"', true],
    ['tags eq "blue"', false],
  ])('%s → %s', (text, expected) => {
    expect(matchesFilter(parseFilter(text), target)).toBe(expected);
  });

  it('respects caseExact from describe, also inside value paths', () => {
    const group = { members: [{ value: 'ABC' }] };
    const describe: EvaluationOptions['describe'] = (path) =>
      path.name === 'members' && path.sub === 'value'
        ? { type: 'string', caseExact: true }
        : undefined;
    expect(matchesFilter(parseFilter('members[value eq "abc"]'), group, { describe })).toBe(false);
    expect(matchesFilter(parseFilter('members[value eq "ABC"]'), group, { describe })).toBe(true);
    expect(matchesFilter(parseFilter('members.value eq "abc"'), group, { describe })).toBe(false);
    expect(matchesFilter(parseFilter('members[value eq "abc"]'), group)).toBe(true);
  });

  it('asks describe for element paths relative to the value path', () => {
    const seen: AttributePath[] = [];
    const describe: EvaluationOptions['describe'] = (path) => {
      seen.push(path);
      return undefined;
    };
    matchesFilter(parseFilter(`${ENTERPRISE}:manager[value eq "1"]`), user, { describe });
    expect(seen).toEqual([{ urn: ENTERPRISE, name: 'manager', sub: 'value' }]);
  });

  it('compares the `value` sub-attribute type of a complex attribute compared whole', () => {
    const target = { dates: [{ value: '2020-01-01T00:00:00Z' }] };
    const describe: EvaluationOptions['describe'] = (path) =>
      path.sub === undefined
        ? { type: 'complex', caseExact: false }
        : { type: 'dateTime', caseExact: false };
    expect(
      matchesFilter(parseFilter('dates gt "2019-12-31T23:00:00-02:00"'), target, { describe }),
    ).toBe(false);
    expect(matchesFilter(parseFilter('dates gt "2019-12-31T23:00:00-02:00"'), target)).toBe(true);
  });

  it('ignores inherited keys', () => {
    expect(matchesFilter(parseFilter('constructor pr'), {})).toBe(false);
    expect(matchesFilter(parseFilter('toString pr'), {})).toBe(false);
  });
});
