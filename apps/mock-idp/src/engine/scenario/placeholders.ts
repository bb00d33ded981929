/**
 * `{user:key}` and `{group:key}` in expectations and raw requests stand for the SCIM ids the
 * server gave that person's app account or that group's pushed app group. The ids are
 * remembered after each step, so they still resolve after a person is deleted or a group unlinked.
 */
import type { IdpState } from '../model/state.ts';
import type { ScenarioKeys } from './scenario-keys.ts';

const PLACEHOLDER = /\{(user|group):([^{}]+)\}/g;

export class KnownScimIds {
  readonly users = new Map<string, string>();
  readonly groups = new Map<string, string>();

  /** Notes the current SCIM ids of every key. */
  remember(state: IdpState, keys: ScenarioKeys): void {
    for (const [key, personId] of keys.people) {
      const scimId = state.appUsers[personId]?.scimId;
      if (scimId) this.users.set(key, scimId);
    }
    for (const [key, groupId] of keys.groups) {
      const targetId = state.pushedGroups[groupId]?.targetId;
      if (targetId) this.groups.set(key, targetId);
    }
  }

  /** Remembers the id a raw request returned, as `user:<key>` or `group:<key>`. */
  rememberAs(name: string, id: string): void {
    const at = name.indexOf(':');
    const kind = name.slice(0, at);
    (kind === 'user' ? this.users : this.groups).set(name.slice(at + 1), id);
  }

  /** Replaces placeholders in a string; unknown ones stay as written. */
  resolve(text: string): string {
    return text.replace(PLACEHOLDER, (whole, kind: string, key: string) => {
      const id = (kind === 'user' ? this.users : this.groups).get(key);
      return id ?? whole;
    });
  }

  /** Replaces placeholders in every string of a JSON value. */
  resolveDeep(value: unknown): unknown {
    if (typeof value === 'string') return this.resolve(value);
    if (Array.isArray(value)) return value.map((item) => this.resolveDeep(item));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolveDeep(v)]));
    }
    return value;
  }

  /** The reverse, for reports: SCIM ids shown as `{user:key}`. */
  describe(text: string): string {
    let described = text;
    for (const [kind, ids] of [
      ['user', this.users],
      ['group', this.groups],
    ] as const) {
      for (const [key, id] of ids) described = described.split(id).join(`{${kind}:${key}}`);
    }
    return described;
  }
}
