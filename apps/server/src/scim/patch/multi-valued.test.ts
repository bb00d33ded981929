import { groupResourceType, parsePath, userResourceType, type Filter } from '@scim/schema';
import { describe, expect, it } from 'vitest';
import { buildIndex, identityOf, pinnedKeys } from './element-index.ts';
import {
  appendUnique,
  elementFromFilter,
  elementsMatchingFilter,
  elementsMatchingValues,
  enforceSinglePrimary,
  removeElements,
} from './multi-valued.ts';

const definitionOf = (name: string) => {
  const found = [
    ...userResourceType.schema.attributes,
    ...groupResourceType.schema.attributes,
  ].find((a) => a.name === name);
  if (!found) throw new Error(name);
  return found;
};
const emails = definitionOf('emails');
const members = definitionOf('members');
const addresses = definitionOf('addresses');

const filterOf = (path: string): Filter => {
  const filter = parsePath(path).valueFilter;
  if (!filter) throw new Error(path);
  return filter;
};
const indexOf = (definition: typeof emails, elements: unknown[]) =>
  buildIndex(elements, identityOf(definition));

describe('appendUnique', () => {
  const rows = [
    {
      name: 'appends new values',
      definition: members,
      start: [{ value: 'a' }],
      add: [{ value: 'b' }],
      expected: [{ value: 'a' }, { value: 'b' }],
    },
    {
      name: 'skips a present value (case-insensitive)',
      definition: members,
      start: [{ value: 'a' }],
      add: [{ value: 'A' }, { value: 'a' }],
      expected: [{ value: 'a' }],
    },
    {
      name: 'de-duplicates within the additions',
      definition: members,
      start: [],
      add: [{ value: 'a' }, { value: 'a' }],
      expected: [{ value: 'a' }],
    },
    {
      name: 'same value, different type: both kept',
      definition: emails,
      start: [{ value: 'x@y', type: 'work' }],
      add: [{ value: 'x@y', type: 'home' }],
      expected: [
        { value: 'x@y', type: 'work' },
        { value: 'x@y', type: 'home' },
      ],
    },
    {
      name: 'a present element takes the re-sent other sub-attributes',
      definition: emails,
      start: [{ value: 'x@y', type: 'work' }],
      add: [{ value: 'X@Y', primary: true }],
      expected: [{ value: 'x@y', type: 'work', primary: true }],
    },
    {
      name: 'immutable sub-attributes already set are kept',
      definition: members,
      start: [{ value: 'a', $ref: 'https://x/Users/a' }],
      add: [{ value: 'a', $ref: 'https://other/Users/a' }],
      expected: [{ value: 'a', $ref: 'https://x/Users/a' }],
    },
    {
      name: 'without a value sub-attribute, exact duplicates only',
      definition: addresses,
      start: [{ locality: 'Oslo' }],
      add: [{ locality: 'Oslo' }, { locality: 'Oslo', type: 'work' }],
      expected: [{ locality: 'Oslo' }, { locality: 'Oslo', type: 'work' }],
    },
  ];
  it.each(rows)('$name', ({ definition, start, add, expected }) => {
    const elements: unknown[] = structuredClone(start);
    appendUnique(definition, elements, structuredClone(add), indexOf(definition, elements));
    expect(elements).toEqual(expected);
  });
});

describe('element selection', () => {
  const list = [{ value: 'a', type: 'User' }, { value: 'b', type: 'Group' }, { value: 'c' }];
  const filterRows = [
    { path: 'members[value eq "a"]', expected: ['a'] },
    { path: 'members[value eq "A" or value eq "c"]', expected: ['a', 'c'] },
    { path: 'members[value eq "a" and type eq "Group"]', expected: [] },
    { path: 'members[type eq "Group"]', expected: ['b'] },
    { path: 'members[not (type pr)]', expected: ['c'] },
    { path: 'members[value eq "zz"]', expected: [] },
  ];
  it.each(filterRows)('$path', ({ path, expected }) => {
    const selected = elementsMatchingFilter(members, list, filterOf(path), () =>
      indexOf(members, list),
    );
    expect([...selected].map((e) => (e as { value: string }).value).sort()).toEqual(expected);
  });

  const valueRows = [
    { name: 'by value', items: [{ value: 'a' }, { value: 'c' }], expected: ['a', 'c'] },
    {
      name: 'every given sub-attribute must match',
      items: [{ value: 'a', type: 'Group' }],
      expected: [],
    },
    { name: 'absent values match nothing', items: [{ value: 'zz' }], expected: [] },
  ];
  it.each(valueRows)('value list: $name', ({ items, expected }) => {
    const selected = elementsMatchingValues(members, list, items, indexOf(members, list));
    expect([...selected].map((e) => (e as { value: string }).value).sort()).toEqual(expected);
  });

  it('removeElements compacts in place and keeps the index current', () => {
    const elements: unknown[] = structuredClone(list);
    const index = indexOf(members, elements);
    removeElements(members, elements, new Set([elements[0], elements[2]]), index);
    expect(elements).toEqual([{ value: 'b', type: 'Group' }]);
    expect([...index.keys()]).toEqual(['s:b']);
  });
});

describe('pinnedKeys', () => {
  const rows = [
    { path: 'members[value eq "A"]', expected: ['s:a'] },
    { path: 'members[value eq "a" or value eq "b"]', expected: ['s:a', 's:b'] },
    { path: 'members[type eq "User" and value eq "a"]', expected: ['s:a'] },
    { path: 'members[value eq "a" or type eq "User"]', expected: undefined },
    { path: 'members[value co "a"]', expected: undefined },
    { path: 'members[not (value eq "a")]', expected: undefined },
  ];
  it.each(rows)('$path', ({ path, expected }) => {
    expect(pinnedKeys(members, filterOf(path))).toEqual(expected);
  });
});

describe('elementFromFilter', () => {
  const rows = [
    { path: 'emails[type eq "work"]', expected: { type: 'work' } },
    {
      path: 'emails[type eq "work" and primary eq true]',
      expected: { type: 'work', primary: true },
    },
    { path: 'emails[TYPE eq "work" and type eq "work"]', expected: { type: 'work' } },
    { path: 'emails[type eq "work" and type eq "home"]', expected: undefined },
    { path: 'emails[type eq "work" or type eq "home"]', expected: undefined },
    { path: 'emails[type ne "work"]', expected: undefined },
    { path: 'emails[value co "x"]', expected: undefined },
    { path: 'emails[nope eq "x"]', expected: undefined },
  ];
  it.each(rows)('$path', ({ path, expected }) => {
    expect(elementFromFilter(emails, filterOf(path))).toEqual(expected);
  });
});

describe('enforceSinglePrimary', () => {
  it('keeps the last written primary', () => {
    const a = { value: 'a', primary: true };
    const b = { value: 'b', primary: true };
    const c = { value: 'c', primary: true };
    const elements = [a, b, c];
    enforceSinglePrimary(elements, [b]);
    expect(elements.map((e) => e.primary)).toEqual([false, true, false]);
  });

  it('leaves the list alone when nothing primary was written', () => {
    const elements = [
      { value: 'a', primary: true },
      { value: 'b', primary: true },
    ];
    enforceSinglePrimary(elements, [elements[0]?.value]);
    expect(elements.map((e) => e.primary)).toEqual([true, true]);
  });
});
