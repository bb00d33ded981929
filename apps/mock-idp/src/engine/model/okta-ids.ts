import type { IdpState } from './state.ts';

/** Okta's id prefixes: users, groups, group rules, push rules. */
export type IdKind = 'user' | 'group' | 'groupRule' | 'pushRule';

const PREFIX: Record<IdKind, string> = {
  user: '00u',
  group: '00g',
  groupRule: '0pr',
  pushRule: '0pp',
};

/** Okta ids are 20 characters (`00ujl29u0le5T6Aj10h7`): prefix, the org's seed, a counter. */
const ID_LENGTH = 20;

export function nextOktaId(state: IdpState, kind: IdKind): { id: string; state: IdpState } {
  const head = PREFIX[kind] + state.idSeed;
  const id = head + String(state.nextId).padStart(ID_LENGTH - head.length, '0');
  return { id, state: { ...state, nextId: state.nextId + 1 } };
}

/** Five lower-case letters and digits. */
export function randomIdSeed(random: () => number = Math.random): string {
  let seed = '';
  while (seed.length < 5) seed += Math.floor(random() * 36).toString(36);
  return seed;
}
