/** How a scenario names people and groups (their `key`, else login or name) → engine ids. */
export interface ScenarioKeys {
  people: Map<string, string>;
  groups: Map<string, string>;
}

export function emptyKeys(): ScenarioKeys {
  return { people: new Map(), groups: new Map() };
}

export function personKey(person: { key?: string | undefined; login: string }): string {
  return person.key ?? person.login;
}

export function groupKey(group: { key?: string | undefined; name: string }): string {
  return group.key ?? group.name;
}
