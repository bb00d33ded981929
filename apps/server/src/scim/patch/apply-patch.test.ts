import {
  attribute,
  groupResourceType,
  ScimError,
  URN,
  userResourceType,
  type PatchOperation,
  type ResourceTypeDefinition,
  type ScimType,
} from '@scim/schema';
import { describe, expect, it } from 'vitest';
import { applyPatch } from './index.ts';

const ENT = URN.enterpriseUser;

type Doc = Record<string, unknown>;

interface Case {
  name: string;
  /** Defaults to the User resource type. */
  resourceType?: ResourceTypeDefinition;
  start: Doc;
  operations: PatchOperation[];
  expected?: Doc;
  error?: { status: number; scimType: ScimType };
}

const fail = (scimType: ScimType) => ({ status: 400, scimType });

const user: Doc = {
  id: 'u1',
  userName: 'bjensen',
  name: { givenName: 'Barbara', familyName: 'Jensen' },
  active: true,
  emails: [{ value: 'bjensen@work.example', type: 'work', primary: true }],
};

const group: Doc = {
  id: 'g1',
  displayName: 'Engineering',
  members: [{ value: 'm1' }, { value: 'm2' }],
};

/** A resource type with an immutable attribute, for the RFC 7643 §2.2 `immutable` rule. */
const badgeResourceType: ResourceTypeDefinition = {
  ...userResourceType,
  schema: {
    ...userResourceType.schema,
    attributes: [
      ...userResourceType.schema.attributes,
      attribute('badge', 'string', { mutability: 'immutable' }),
    ],
  },
};

const resolution: Case[] = [
  {
    name: 'attribute names are case-insensitive',
    start: user,
    operations: [{ op: 'replace', path: 'USERNAME', value: 'babs' }],
    expected: { ...user, userName: 'babs' },
  },
  {
    name: 'sub-attribute names are case-insensitive',
    start: user,
    operations: [{ op: 'replace', path: 'Name.GivenName', value: 'Babs' }],
    expected: { ...user, name: { givenName: 'Babs', familyName: 'Jensen' } },
  },
  {
    name: 'a core-URN-qualified path addresses the core schema',
    start: user,
    operations: [{ op: 'replace', path: `${URN.user}:displayName`, value: 'Babs' }],
    expected: { ...user, displayName: 'Babs' },
  },
  {
    name: 'an extension-URN-qualified path creates the extension object',
    start: user,
    operations: [{ op: 'add', path: `${ENT}:department`, value: 'Tour Operations' }],
    expected: { ...user, [ENT]: { department: 'Tour Operations' } },
  },
  {
    name: 'extension URNs are case-insensitive',
    start: user,
    operations: [{ op: 'add', path: `${ENT.toLowerCase()}:Department`, value: 'Ops' }],
    expected: { ...user, [ENT]: { department: 'Ops' } },
  },
  {
    name: 'a whole-extension path applies its attributes one by one (values coerced)',
    start: { ...user, [ENT]: { costCenter: 'c1', department: 'a' } },
    operations: [{ op: 'replace', path: ENT, value: { department: 'b', employeeNumber: 701984 } }],
    expected: { ...user, [ENT]: { costCenter: 'c1', department: 'b', employeeNumber: '701984' } },
  },
  {
    name: 'remove of a whole-extension path drops the extension object',
    start: { ...user, [ENT]: { department: 'a' } },
    operations: [{ op: 'remove', path: ENT }],
    expected: user,
  },
  {
    name: 'an extension attribute named without its URN resolves (old Microsoft sample)',
    start: user,
    operations: [
      { op: 'add', path: 'manager', value: [{ $ref: 'https://x/Users/u2', value: 'u2' }] },
    ],
    expected: { ...user, [ENT]: { manager: { $ref: 'https://x/Users/u2', value: 'u2' } } },
  },
  {
    name: 'a path-only core URN is a path-less operation',
    start: user,
    operations: [{ op: 'replace', path: URN.user, value: { nickName: 'Babs' } }],
    expected: { ...user, nickName: 'Babs' },
  },
  {
    name: 'unknown attributes in the document survive untouched',
    start: { ...user, custom: { deep: [1, { x: true }] }, 'urn:acme:ext:1.0:User': { a: 1 } },
    operations: [{ op: 'replace', path: 'active', value: false }],
    expected: {
      ...user,
      active: false,
      custom: { deep: [1, { x: true }] },
      'urn:acme:ext:1.0:User': { a: 1 },
    },
  },
  {
    name: 'bad path syntax is invalidPath',
    start: user,
    operations: [{ op: 'replace', path: 'emails[type eq', value: 'x' }],
    error: fail('invalidPath'),
  },
  {
    name: 'a path to an unknown attribute is invalidPath',
    start: user,
    operations: [{ op: 'replace', path: 'favouriteColour', value: 'blue' }],
    error: fail('invalidPath'),
  },
  {
    name: 'a path to an unknown sub-attribute is invalidPath',
    start: user,
    operations: [{ op: 'replace', path: 'name.nickname', value: 'x' }],
    error: fail('invalidPath'),
  },
  {
    name: 'a path with an unknown extension URN stores the value under that extension',
    start: user,
    operations: [{ op: 'add', path: 'urn:acme:ext:1.0:User:badge', value: 'x' }],
    expected: { ...user, 'urn:acme:ext:1.0:User': { badge: 'x' } },
  },
  {
    name: 'a value filter on a single-valued attribute is invalidPath',
    start: user,
    operations: [{ op: 'replace', path: 'name[givenName eq "Barbara"].familyName', value: 'x' }],
    error: fail('invalidPath'),
  },
  {
    name: 'a path to meta.created is mutability',
    start: user,
    operations: [{ op: 'replace', path: 'meta.created', value: '2020-01-01T00:00:00Z' }],
    error: fail('mutability'),
  },
  {
    name: 'a path to id with a different value is mutability',
    start: user,
    operations: [{ op: 'replace', path: 'id', value: 'other' }],
    error: fail('mutability'),
  },
  {
    name: 'remove of id is mutability',
    start: user,
    operations: [{ op: 'remove', path: 'id' }],
    error: fail('mutability'),
  },
  {
    name: 'a path to groups (readOnly) is mutability',
    start: user,
    operations: [{ op: 'add', path: 'groups', value: [{ value: 'g1' }] }],
    error: fail('mutability'),
  },
  {
    name: 'a path to manager.displayName (readOnly) is mutability',
    start: user,
    operations: [{ op: 'replace', path: `${ENT}:manager.displayName`, value: 'Boss' }],
    error: fail('mutability'),
  },
  {
    name: 'a path to members[…].display (readOnly) is mutability',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', path: 'members[value eq "m1"].display', value: 'x' }],
    error: fail('mutability'),
  },
  {
    name: 'a path-less value with an unknown key is invalidPath',
    start: user,
    operations: [{ op: 'replace', value: { favouriteColour: 'blue' } }],
    error: fail('invalidPath'),
  },
  {
    name: 'a path-less value that is not an object is invalidValue',
    start: user,
    operations: [{ op: 'replace', value: 'x' }],
    error: fail('invalidValue'),
  },
  {
    name: 'remove of the core URN path is invalidPath',
    start: user,
    operations: [{ op: 'remove', path: URN.user }],
    error: fail('invalidPath'),
  },
  {
    name: 'remove without a path is noTarget (RFC 7644 §3.5.2.2)',
    start: user,
    operations: [{ op: 'remove' }],
    error: fail('noTarget'),
  },
];

const CUSTOM = 'urn:ietf:params:scim:schemas:extension:CustomExtensionName:2.0:User';

/** Extensions with no schema here are stored verbatim, as POST and PUT keep them. */
const opaque: Case[] = [
  {
    name: 'Entra custom extension attribute by URN path is stored under its extension',
    start: user,
    operations: [{ op: 'add', path: `${CUSTOM}:costCode`, value: 'CC-7' }],
    expected: { ...user, [CUSTOM]: { costCode: 'CC-7' } },
  },
  {
    name: 'custom extension attribute in a path-less value (aadOptscim062020)',
    start: { ...user, [CUSTOM]: { costCode: 'CC-7' } },
    operations: [
      { op: 'replace', value: { [`${CUSTOM}:costCode`]: 'CC-8', [`${CUSTOM}:site`]: 'Oslo' } },
    ],
    expected: { ...user, [CUSTOM]: { costCode: 'CC-8', site: 'Oslo' } },
  },
  {
    name: 'a whole custom extension object in a path-less value merges into what is stored',
    start: { ...user, [CUSTOM]: { costCode: 'CC-7' } },
    operations: [{ op: 'replace', value: { [CUSTOM]: { site: 'Oslo' } } }],
    expected: { ...user, [CUSTOM]: { costCode: 'CC-7', site: 'Oslo' } },
  },
  {
    name: 'a whole custom extension by path is removed',
    start: { ...user, [CUSTOM]: { costCode: 'CC-7' } },
    operations: [{ op: 'remove', path: CUSTOM }],
    expected: user,
  },
  {
    name: 'a whole custom extension by path with an object value is set',
    start: user,
    operations: [{ op: 'add', path: CUSTOM, value: { costCode: 'CC-1' } }],
    expected: { ...user, [CUSTOM]: { costCode: 'CC-1' } },
  },
  {
    name: 'removing the last custom attribute drops the extension object',
    start: { ...user, [CUSTOM]: { costCode: 'CC-7' } },
    operations: [{ op: 'remove', path: `${CUSTOM}:COSTCODE` }],
    expected: user,
  },
  {
    name: 'a custom sub-attribute is set inside its complex value',
    start: user,
    operations: [{ op: 'add', path: `${CUSTOM}:badge.colour`, value: 'red' }],
    expected: { ...user, [CUSTOM]: { badge: { colour: 'red' } } },
  },
  {
    name: 'a value filter on a custom extension is invalidPath (no schema to evaluate it)',
    start: user,
    operations: [{ op: 'add', path: `${CUSTOM}:tags[value eq "x"]`, value: 'x' }],
    error: fail('invalidPath'),
  },
];

const pathless: Case[] = [
  {
    name: 'Okta O-7 deactivate: replace {active:false} without a path',
    start: user,
    operations: [{ op: 'replace', value: { active: false } }],
    expected: { ...user, active: false },
  },
  {
    name: 'Okta O-14 group rename carrying the read-only id',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', value: { id: 'g1', displayName: 'Test SCIMv2' } }],
    expected: { ...group, displayName: 'Test SCIMv2' },
  },
  {
    name: 'a read-only id with a different value in a path-less value is ignored too',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', value: { id: 'other', displayName: 'X' } }],
    expected: { ...group, displayName: 'X' },
  },
  {
    name: 'schemas, meta and groups in a path-less value are ignored',
    start: user,
    operations: [
      {
        op: 'replace',
        value: {
          schemas: [URN.user],
          meta: { resourceType: 'User' },
          groups: [],
          nickName: 'Babs',
        },
      },
    ],
    expected: { ...user, nickName: 'Babs' },
  },
  {
    name: 'Entra E-8 (aadOptscim062020): dotted and URN-qualified keys in a path-less replace',
    start: user,
    operations: [
      {
        op: 'replace',
        value: {
          displayName: 'Bjfe',
          'name.givenName': 'Kkom',
          'name.familyName': 'Unua',
          [`${ENT}:employeeNumber`]: 'Aklq',
        },
      },
    ],
    expected: {
      ...user,
      displayName: 'Bjfe',
      name: { givenName: 'Kkom', familyName: 'Unua' },
      [ENT]: { employeeNumber: 'Aklq' },
    },
  },
  {
    name: 'a path-less extension URN key holding an object',
    start: { ...user, [ENT]: { costCenter: 'c1' } },
    operations: [{ op: 'add', value: { [ENT]: { department: 'd', manager: 'u2' } } }],
    expected: { ...user, [ENT]: { costCenter: 'c1', department: 'd', manager: { value: 'u2' } } },
  },
  {
    name: 'a path-less core URN key holding an object is folded into the top level',
    start: user,
    operations: [{ op: 'replace', value: { [URN.user]: { displayName: 'B' } } }],
    expected: { ...user, displayName: 'B' },
  },
  {
    name: 'SailPoint: partial name replaces over two ops merge sub-attributes',
    start: user,
    operations: [
      { op: 'replace', value: { name: { familyName: 'Jensen-Smith' } } },
      { op: 'replace', value: { name: { givenName: 'Babs' } } },
    ],
    expected: { ...user, name: { givenName: 'Babs', familyName: 'Jensen-Smith' } },
  },
  {
    name: 'a path-less replace of a multi-valued attribute replaces the set',
    start: user,
    operations: [{ op: 'replace', value: { emails: [{ value: 'b@home.example', type: 'home' }] } }],
    expected: { ...user, emails: [{ value: 'b@home.example', type: 'home' }] },
  },
  {
    name: 'a path-less add of a multi-valued attribute appends',
    start: user,
    operations: [{ op: 'add', value: { emails: [{ value: 'b@home.example', type: 'home' }] } }],
    expected: {
      ...user,
      emails: [
        { value: 'bjensen@work.example', type: 'work', primary: true },
        { value: 'b@home.example', type: 'home' },
      ],
    },
  },
  {
    name: 'a path-less value with a readOnly sub-attribute inside drops it (manager.displayName)',
    start: user,
    operations: [
      { op: 'add', value: { [ENT]: { manager: { value: 'u2', displayName: 'Boss' } } } },
    ],
    expected: { ...user, [ENT]: { manager: { value: 'u2' } } },
  },
];

pathless.push(
  {
    name: 'a path-less unqualified extension attribute goes to its extension',
    start: user,
    operations: [{ op: 'replace', value: { department: 'Ops' } }],
    expected: { ...user, [ENT]: { department: 'Ops' } },
  },
  {
    name: 'a whole-extension path with a non-object value is invalidValue',
    start: user,
    operations: [{ op: 'replace', path: ENT, value: 'x' }],
    error: fail('invalidValue'),
  },
  {
    name: 'a whole-extension path replaced with null drops the extension',
    start: { ...user, [ENT]: { department: 'a' } },
    operations: [{ op: 'replace', path: ENT, value: null }],
    expected: user,
  },
);

const singleValued: Case[] = [
  {
    name: 'Entra E-7: replace active with the string "False"',
    start: user,
    operations: [{ op: 'replace', path: 'active', value: 'False' }],
    expected: { ...user, active: false },
  },
  {
    name: 'Entra E-6: add on an absent single-valued attribute sets it',
    start: user,
    operations: [{ op: 'add', path: 'nickName', value: 'Babs' }],
    expected: { ...user, nickName: 'Babs' },
  },
  {
    name: 'add on a present single-valued attribute replaces it',
    start: { ...user, nickName: 'B' },
    operations: [{ op: 'add', path: 'nickName', value: 'Babs' }],
    expected: { ...user, nickName: 'Babs' },
  },
  {
    name: 'replace with null removes a single-valued attribute',
    start: { ...user, nickName: 'B' },
    operations: [{ op: 'replace', path: 'nickName', value: null }],
    expected: user,
  },
  {
    name: 'replace with "" removes a single-valued attribute',
    start: { ...user, title: 'VP' },
    operations: [{ op: 'replace', path: 'title', value: '' }],
    expected: user,
  },
  {
    name: 'add on a complex single-valued attribute merges sub-attributes',
    start: user,
    operations: [{ op: 'add', path: 'name', value: { middleName: 'Jane' } }],
    expected: { ...user, name: { givenName: 'Barbara', familyName: 'Jensen', middleName: 'Jane' } },
  },
  {
    name: 'replace with a path on a complex attribute merges (RFC 7644 §3.5.2.3)',
    start: user,
    operations: [
      { op: 'replace', path: 'name', value: { givenName: 'Babs', formatted: 'Babs J' } },
    ],
    expected: { ...user, name: { givenName: 'Babs', familyName: 'Jensen', formatted: 'Babs J' } },
  },
  {
    name: 'a null sub-attribute in a complex value clears that sub-attribute only',
    start: user,
    operations: [{ op: 'replace', path: 'name', value: { givenName: null } }],
    expected: { ...user, name: { familyName: 'Jensen' } },
  },
  {
    name: 'Entra E-5: replace name.familyName',
    start: user,
    operations: [{ op: 'replace', path: 'name.familyName', value: 'updatedFamilyName' }],
    expected: { ...user, name: { givenName: 'Barbara', familyName: 'updatedFamilyName' } },
  },
  {
    name: 'replace of a sub-attribute with "" clears it',
    start: user,
    operations: [{ op: 'replace', path: 'name.givenName', value: '' }],
    expected: { ...user, name: { familyName: 'Jensen' } },
  },
  {
    name: 'Entra E-9: manager as a bare string',
    start: user,
    operations: [{ op: 'add', path: `${ENT}:manager`, value: '2c2f6fb8' }],
    expected: { ...user, [ENT]: { manager: { value: '2c2f6fb8' } } },
  },
  {
    name: 'Entra E-9: manager removal via ""',
    start: { ...user, [ENT]: { manager: { value: 'u2' }, department: 'd' } },
    operations: [{ op: 'replace', path: `${ENT}:manager`, value: '' }],
    expected: { ...user, [ENT]: { department: 'd' } },
  },
  {
    name: 'Entra E-9: manager removal via {"value":""} (empty extension dropped)',
    start: { ...user, [ENT]: { manager: { value: 'u2', $ref: 'https://x/Users/u2' } } },
    operations: [{ op: 'replace', path: `${ENT}:manager`, value: { value: '' } }],
    expected: user,
  },
  {
    name: 'manager removal via null',
    start: { ...user, [ENT]: { manager: { value: 'u2' } } },
    operations: [{ op: 'replace', path: `${ENT}:manager`, value: null }],
    expected: user,
  },
  {
    name: 'replace manager.value',
    start: { ...user, [ENT]: { manager: { value: 'u2' } } },
    operations: [{ op: 'replace', path: `${ENT}:manager.value`, value: 'u3' }],
    expected: { ...user, [ENT]: { manager: { value: 'u3' } } },
  },
  {
    name: 'remove of a sub-attribute',
    start: user,
    operations: [{ op: 'remove', path: 'name.givenName' }],
    expected: { ...user, name: { familyName: 'Jensen' } },
  },
  {
    name: 'a complex attribute left empty is removed',
    start: { ...user, name: { givenName: 'B' } },
    operations: [{ op: 'remove', path: 'name.givenName' }],
    expected: (() => {
      const { name: _name, ...rest } = user;
      return rest;
    })(),
  },
  {
    name: 'an extension left empty is removed',
    start: { ...user, [ENT]: { department: 'd' } },
    operations: [{ op: 'remove', path: `${ENT}:department` }],
    expected: user,
  },
  {
    name: 'remove of an absent attribute is not an error',
    start: user,
    operations: [
      { op: 'remove', path: 'nickName' },
      { op: 'remove', path: `${ENT}:manager` },
    ],
    expected: user,
  },
  {
    name: 'replace with a non-boolean for a boolean is invalidValue',
    start: user,
    operations: [{ op: 'replace', path: 'active', value: 'maybe' }],
    error: fail('invalidValue'),
  },
  {
    name: 'remove of a required attribute (userName) is invalidValue',
    start: user,
    operations: [{ op: 'remove', path: 'userName' }],
    error: fail('invalidValue'),
  },
  {
    name: 'replace of a required attribute with "" is invalidValue',
    start: user,
    operations: [{ op: 'replace', value: { userName: '' } }],
    error: fail('invalidValue'),
  },
  {
    name: 'remove of a Group displayName is invalidValue',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'displayName' }],
    error: fail('invalidValue'),
  },
  {
    name: 'immutable: may be set when absent',
    resourceType: badgeResourceType,
    start: user,
    operations: [{ op: 'add', path: 'badge', value: 'B-1' }],
    expected: { ...user, badge: 'B-1' },
  },
  {
    name: 'immutable: the same value again is fine',
    resourceType: badgeResourceType,
    start: { ...user, badge: 'B-1' },
    operations: [{ op: 'replace', value: { badge: 'B-1' } }],
    expected: { ...user, badge: 'B-1' },
  },
  {
    name: 'immutable: a different value is mutability',
    resourceType: badgeResourceType,
    start: { ...user, badge: 'B-1' },
    operations: [{ op: 'replace', path: 'badge', value: 'B-2' }],
    error: fail('mutability'),
  },
  {
    name: 'immutable: removal of a set value is mutability',
    resourceType: badgeResourceType,
    start: { ...user, badge: 'B-1' },
    operations: [{ op: 'remove', path: 'badge' }],
    error: fail('mutability'),
  },
];

singleValued.push({
  name: 'an unknown sub-attribute is kept, and cleared by null',
  start: { ...user, name: { givenName: 'B', nickname: 'x' } },
  operations: [
    { op: 'replace', path: 'name', value: { nickname: null, pronunciation: 'bar-BRA' } },
  ],
  expected: { ...user, name: { givenName: 'B', pronunciation: 'bar-BRA' } },
});

const work = { value: 'bjensen@work.example', type: 'work', primary: true };
const home = { value: 'b@home.example', type: 'home' };

const multiValued: Case[] = [
  {
    name: 'add appends, skipping a duplicate (same value, case-insensitive, and type)',
    start: user,
    operations: [
      { op: 'add', path: 'emails', value: [{ value: 'BJensen@Work.example', type: 'work' }, home] },
    ],
    expected: { ...user, emails: [work, home] },
  },
  {
    name: 'add of the same value with another type appends',
    start: user,
    operations: [{ op: 'add', path: 'emails', value: [{ value: work.value, type: 'other' }] }],
    expected: { ...user, emails: [work, { value: work.value, type: 'other' }] },
  },
  {
    name: 'add of a single object to a multi-valued attribute (OneLogin)',
    start: { id: 'u1', userName: 'b' },
    operations: [{ op: 'add', path: 'emails', value: { value: 'a@x', type: 'work' } }],
    expected: { id: 'u1', userName: 'b', emails: [{ value: 'a@x', type: 'work' }] },
  },
  {
    name: 'Okta default template: roles as plain strings',
    start: { id: 'u1', userName: 'b' },
    operations: [{ op: 'add', path: 'roles', value: ['admin', 'viewer'] }],
    expected: { id: 'u1', userName: 'b', roles: [{ value: 'admin' }, { value: 'viewer' }] },
  },
  {
    name: 'Entra E-10: a JSON-encoded role value is kept verbatim',
    start: { id: 'u1', userName: 'b' },
    operations: [{ op: 'add', path: 'roles', value: [{ value: '{"id":"06b0","value":"25"}' }] }],
    expected: { id: 'u1', userName: 'b', roles: [{ value: '{"id":"06b0","value":"25"}' }] },
  },
  {
    name: 'addresses (no value sub-attribute): an exact duplicate is skipped',
    start: { id: 'u1', userName: 'b', addresses: [{ locality: 'Oslo', type: 'work' }] },
    operations: [
      {
        op: 'add',
        path: 'addresses',
        value: [{ type: 'work', locality: 'Oslo' }, { locality: 'Bergen' }],
      },
    ],
    expected: {
      id: 'u1',
      userName: 'b',
      addresses: [{ locality: 'Oslo', type: 'work' }, { locality: 'Bergen' }],
    },
  },
  {
    name: 'replace of a multi-valued attribute without a filter replaces the set',
    start: user,
    operations: [{ op: 'replace', path: 'emails', value: [home] }],
    expected: { ...user, emails: [home] },
  },
  {
    name: 'replace emails[type eq "work"] merges into the matching element',
    start: { ...user, emails: [work, home] },
    operations: [
      { op: 'replace', path: 'emails[type eq "work"]', value: { value: 'new@work.example' } },
    ],
    expected: { ...user, emails: [{ ...work, value: 'new@work.example' }, home] },
  },
  {
    name: 'Entra E-5: replace emails[type eq "work"].value on a present work email',
    start: { ...user, emails: [home, work] },
    operations: [
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@microsoft.com' },
    ],
    expected: { ...user, emails: [home, { ...work, value: 'updatedEmail@microsoft.com' }] },
  },
  {
    name: 'Entra E-5: emails[type eq "work"].value on a user without emails creates the element',
    start: { id: 'u1', userName: 'b' },
    operations: [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'b@work.example' }],
    expected: { id: 'u1', userName: 'b', emails: [{ type: 'work', value: 'b@work.example' }] },
  },
  {
    name: 'a conjunction of eq comparisons seeds the created element',
    start: { ...user, emails: [home] },
    operations: [
      { op: 'add', path: 'emails[type eq "work" and primary eq true].value', value: 'w@x' },
    ],
    expected: { ...user, emails: [home, { type: 'work', primary: true, value: 'w@x' }] },
  },
  {
    name: 'add roles[type eq "workspace_prod"].value creates the role',
    start: { id: 'u1', userName: 'b', roles: [{ type: 'account_type', value: 'admin' }] },
    operations: [{ op: 'add', path: 'roles[type eq "workspace_prod"].value', value: 'editor' }],
    expected: {
      id: 'u1',
      userName: 'b',
      roles: [
        { type: 'account_type', value: 'admin' },
        { type: 'workspace_prod', value: 'editor' },
      ],
    },
  },
  {
    name: 'add roles[type eq "workspace_prod"].value sets the value of a present role',
    start: { id: 'u1', userName: 'b', roles: [{ type: 'workspace_prod', value: 'viewer' }] },
    operations: [{ op: 'add', path: 'roles[type eq "workspace_prod"].value', value: 'editor' }],
    expected: { id: 'u1', userName: 'b', roles: [{ type: 'workspace_prod', value: 'editor' }] },
  },
  {
    name: 'add emails[type eq "work"] with a match merges into it',
    start: user,
    operations: [{ op: 'add', path: 'emails[type eq "work"]', value: { display: 'Work' } }],
    expected: { ...user, emails: [{ ...work, display: 'Work' }] },
  },
  {
    name: 'a filter that is not an eq conjunction and matches nothing is noTarget',
    start: user,
    operations: [{ op: 'replace', path: 'emails[value co "nobody"].type', value: 'home' }],
    error: fail('noTarget'),
  },
  {
    name: 'an or-filter that matches nothing is noTarget',
    start: user,
    operations: [
      { op: 'replace', path: 'emails[type eq "home" or type eq "other"].value', value: 'x' },
    ],
    error: fail('noTarget'),
  },
  {
    name: 'replace of a filtered element with null removes the matching elements',
    start: { ...user, emails: [work, home] },
    operations: [{ op: 'replace', path: 'emails[type eq "home"]', value: null }],
    expected: { ...user, emails: [work] },
  },
  {
    name: 'remove of a filtered sub-attribute',
    start: { ...user, emails: [{ ...work, display: 'Work' }] },
    operations: [{ op: 'remove', path: 'emails[type eq "work"].display' }],
    expected: user,
  },
  {
    name: 'remove of emails[type eq "work"].value removes the element (nothing left to refer to)',
    start: { ...user, emails: [work, home] },
    operations: [{ op: 'remove', path: 'emails[type eq "work"].value' }],
    expected: { ...user, emails: [home] },
  },
  {
    name: 'remove of a whole multi-valued attribute',
    start: user,
    operations: [{ op: 'remove', path: 'emails' }],
    expected: (() => {
      const { emails: _emails, ...rest } = user;
      return rest;
    })(),
  },
  {
    name: 'remove of filtered elements that match nothing is not an error',
    start: user,
    operations: [{ op: 'remove', path: 'emails[type eq "home"]' }],
    expected: user,
  },
  {
    name: 'primary: a newly added primary email demotes the old one',
    start: user,
    operations: [{ op: 'add', path: 'emails', value: [{ ...home, primary: true }] }],
    expected: {
      ...user,
      emails: [
        { ...work, primary: false },
        { ...home, primary: true },
      ],
    },
  },
  {
    name: 'primary: the last of several primaries in one replace wins',
    start: { id: 'u1', userName: 'b' },
    operations: [
      { op: 'replace', path: 'emails', value: [{ ...work }, { ...home, primary: 'True' }] },
    ],
    expected: {
      id: 'u1',
      userName: 'b',
      emails: [
        { ...work, primary: false },
        { ...home, primary: true },
      ],
    },
  },
  {
    name: 'primary: setting primary through a filter demotes the others',
    start: { ...user, emails: [work, home] },
    operations: [{ op: 'replace', path: 'emails[type eq "home"].primary', value: true }],
    expected: {
      ...user,
      emails: [
        { ...work, primary: false },
        { ...home, primary: true },
      ],
    },
  },
  {
    name: 'primary: a re-sent present email with primary:true is updated in place',
    start: { ...user, emails: [work, home] },
    operations: [{ op: 'add', path: 'emails', value: [{ ...home, primary: true }] }],
    expected: {
      ...user,
      emails: [
        { ...work, primary: false },
        { ...home, primary: true },
      ],
    },
  },
];

multiValued.push(
  {
    name: 'a sub-attribute path without a filter writes every element (emails.type)',
    start: { ...user, emails: [work, home] },
    operations: [{ op: 'replace', path: 'emails.type', value: 'other' }],
    expected: {
      ...user,
      emails: [
        { ...work, type: 'other' },
        { ...home, type: 'other' },
      ],
    },
  },
  {
    name: 'a sub-attribute path without a filter on an absent attribute is noTarget',
    start: { id: 'u1', userName: 'b' },
    operations: [{ op: 'replace', path: 'emails.type', value: 'other' }],
    error: fail('noTarget'),
  },
  {
    name: 'add emails[type eq "home"] with an object and no match creates the element',
    start: user,
    operations: [{ op: 'add', path: 'emails[type eq "home"]', value: { value: 'b@home.example' } }],
    expected: { ...user, emails: [work, { type: 'home', value: 'b@home.example' }] },
  },
);

const members: Case[] = [
  {
    name: 'Okta O-13: remove and add members in one request (display dropped: readOnly)',
    resourceType: groupResourceType,
    start: group,
    operations: [
      { op: 'remove', path: 'members[value eq "m1"]' },
      { op: 'add', path: 'members', value: [{ value: 'm3', display: 'test.user@okta.local' }] },
    ],
    expected: { ...group, members: [{ value: 'm2' }, { value: 'm3' }] },
  },
  {
    name: 'Okta O-13 paired with the O-14 no-op rename',
    resourceType: groupResourceType,
    start: group,
    operations: [
      { op: 'replace', value: { id: 'g1', displayName: 'Engineering' } },
      { op: 'add', path: 'members', value: [{ value: 'm3' }] },
    ],
    expected: { ...group, members: [{ value: 'm1' }, { value: 'm2' }, { value: 'm3' }] },
  },
  {
    name: 'Entra E-16: add members with $ref null; a present member is not duplicated',
    resourceType: groupResourceType,
    start: group,
    operations: [
      {
        op: 'add',
        path: 'members',
        value: [
          { $ref: null, value: 'm2' },
          { $ref: null, value: 'm3' },
        ],
      },
    ],
    expected: { ...group, members: [{ value: 'm1' }, { value: 'm2' }, { value: 'm3' }] },
  },
  {
    name: 'a member sent without type matches a stored member with type',
    resourceType: groupResourceType,
    start: { ...group, members: [{ value: 'm1', type: 'User' }] },
    operations: [{ op: 'add', path: 'members', value: [{ value: 'm1' }] }],
    expected: { ...group, members: [{ value: 'm1', type: 'User' }] },
  },
  {
    name: 'Okta Push Now: replace members with the full set',
    resourceType: groupResourceType,
    start: group,
    operations: [
      {
        op: 'replace',
        path: 'members',
        value: [
          { value: 'm2', display: 'two' },
          { value: 'm9', display: 'nine' },
        ],
      },
    ],
    expected: { ...group, members: [{ value: 'm2' }, { value: 'm9' }] },
  },
  {
    name: 'Okta Push Now: replace members with an empty array removes members',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', path: 'members', value: [] }],
    expected: { id: 'g1', displayName: 'Engineering' },
  },
  {
    name: 'remove members[value eq "x"]',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'members[value eq "m2"]' }],
    expected: { ...group, members: [{ value: 'm1' }] },
  },
  {
    name: 'remove members[value eq "a" or value eq "b"] (last members: attribute absent)',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'members[value eq "m1" or value eq "m2"]' }],
    expected: { id: 'g1', displayName: 'Engineering' },
  },
  {
    name: 'remove of a member that is not there is not an error',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'members[value eq "nobody"]' }],
    expected: group,
  },
  {
    name: 'Entra E-17: remove members with a value list',
    resourceType: groupResourceType,
    start: { ...group, members: [{ value: 'm1' }, { value: 'm2' }, { value: 'm3' }] },
    operations: [{ op: 'remove', path: 'members', value: [{ value: 'm1' }, { value: 'm3' }] }],
    expected: { ...group, members: [{ value: 'm2' }] },
  },
  {
    name: 'value-list removal matches on every given sub-attribute',
    resourceType: groupResourceType,
    start: {
      ...group,
      members: [
        { value: 'm1', type: 'User' },
        { value: 'm2', type: 'Group' },
      ],
    },
    operations: [
      {
        op: 'remove',
        path: 'members',
        value: [
          { value: 'm1', type: 'Group' },
          { value: 'm2', type: 'Group' },
        ],
      },
    ],
    expected: { ...group, members: [{ value: 'm1', type: 'User' }] },
  },
  {
    name: 'value-list removal of members that are not there is not an error',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'members', value: [{ value: 'zz' }] }],
    expected: group,
  },
  {
    name: 'MS validator: add then remove the same member in one request',
    resourceType: groupResourceType,
    start: group,
    operations: [
      { op: 'add', path: 'members', value: [{ value: 'm3' }] },
      { op: 'remove', path: 'members[value eq "m3"]' },
    ],
    expected: group,
  },
  {
    name: 'many operations on one list keep de-duplication exact (index kept current)',
    resourceType: groupResourceType,
    start: group,
    operations: [
      { op: 'remove', path: 'members[value eq "m1"]' },
      { op: 'add', path: 'members', value: [{ value: 'm1' }, { value: 'm2' }] },
      { op: 'remove', path: 'members', value: [{ value: 'm2' }] },
      { op: 'add', path: 'members', value: [{ value: 'M1' }, { value: 'm2' }] },
      { op: 'replace', path: 'members[value eq "m2"]', value: { type: 'User' } },
      { op: 'add', path: 'members', value: [{ value: 'm2' }, { value: 'm4' }] },
    ],
    expected: {
      ...group,
      members: [{ value: 'm1' }, { value: 'm2', type: 'User' }, { value: 'm4' }],
    },
  },
  {
    name: 'member values compare case-insensitively (members.value is not caseExact)',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'remove', path: 'members[value eq "M1"]' }],
    expected: { ...group, members: [{ value: 'm2' }] },
  },
  {
    name: 'replace members[value eq "x"] with no match creates the member',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', path: 'members[value eq "m5"]', value: { type: 'User' } }],
    expected: {
      ...group,
      members: [{ value: 'm1' }, { value: 'm2' }, { value: 'm5', type: 'User' }],
    },
  },
  {
    name: 'immutable members.value cannot be changed through a filter',
    resourceType: groupResourceType,
    start: group,
    operations: [{ op: 'replace', path: 'members[value eq "m1"].value', value: 'm7' }],
    error: fail('mutability'),
  },
  {
    name: 'a failing later operation fails the whole request',
    resourceType: groupResourceType,
    start: group,
    operations: [
      { op: 'add', path: 'members', value: [{ value: 'm3' }] },
      { op: 'remove', path: 'displayName' },
    ],
    error: fail('invalidValue'),
  },
];

/** Freezes a value deeply so that any mutation of the input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function run(cases: Case[]) {
  it.each(cases)('$name', (row) => {
    const start = deepFreeze(structuredClone(row.start));
    const operations = deepFreeze(structuredClone(row.operations));
    const resourceType = row.resourceType ?? userResourceType;
    if (row.error) {
      let thrown: unknown;
      try {
        applyPatch(start, operations, resourceType);
      } catch (error) {
        thrown = error;
      }
      expect(ScimError.isScimError(thrown), String(thrown)).toBe(true);
      const error = thrown as ScimError;
      expect({ status: error.status, scimType: error.scimType }).toEqual(row.error);
      expect(error.message).toMatch(/^Operations\[\d+\]: /);
    } else {
      const result = applyPatch(start, operations, resourceType);
      expect(result).toEqual(row.expected);
      expect(result).not.toBe(start);
    }
    expect(start).toEqual(row.start);
  });
}

describe('applyPatch', () => {
  describe('path resolution and mutability', () => run(resolution));
  describe('path-less operations', () => run(pathless));
  describe('single-valued and complex attributes', () => run(singleValued));
  describe('multi-valued attributes', () => run(multiValued));
  describe('group members', () => run(members));
  describe('extensions without a schema', () => run(opaque));

  it('does not share objects between the result and the input', () => {
    const start = structuredClone(group);
    const result = applyPatch(
      start,
      [{ op: 'replace', path: 'displayName', value: 'X' }],
      groupResourceType,
    );
    const [first] = result.members as Doc[];
    expect(first).toBeDefined();
    if (first) first.value = 'changed';
    expect(start).toEqual(group);
  });

  it('does not share objects between the result and the operations', () => {
    const value = [{ value: 'm3', extra: { nested: true } }];
    const result = applyPatch(group, [{ op: 'add', path: 'members', value }], groupResourceType);
    const added = (result.members as Doc[]).find((member) => member.value === 'm3');
    (added?.extra as Doc).nested = false;
    expect(value[0]?.extra.nested).toBe(true);
  });

  it('applies many operations to a large member list', () => {
    const big = {
      id: 'g1',
      displayName: 'Big',
      members: Array.from({ length: 10_000 }, (_, i) => ({ value: `m${i}` })),
    };
    const operations: PatchOperation[] = Array.from({ length: 1_000 }, (_, i) =>
      i % 2 === 0
        ? { op: 'add', path: 'members', value: [{ value: `n${i}` }] }
        : { op: 'remove', path: `members[value eq "m${i}"]` },
    );
    const result = applyPatch(big, operations, groupResourceType);
    expect((result.members as Doc[]).length).toBe(10_000);
  });

  it('adds and removes by value list on large member lists', () => {
    const size = 50_000;
    const big = {
      id: 'g1',
      displayName: 'Big',
      members: Array.from({ length: size }, (_, i) => ({ value: `m${i}` })),
    };
    const additions = Array.from({ length: size }, (_, i) => ({ value: `m${i + size / 2}` }));
    const removals = Array.from({ length: size / 2 }, (_, i) => ({ value: `m${i * 2}` }));
    const result = applyPatch(
      big,
      [
        { op: 'add', path: 'members', value: additions },
        { op: 'remove', path: 'members', value: removals },
      ],
      groupResourceType,
    );
    // 75,000 distinct members after the add; every even one up to 49,998 removed.
    expect((result.members as Doc[]).length).toBe(size * 1.5 - size / 2);
  });
});
