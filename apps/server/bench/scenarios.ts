import type { Context, Step } from './load.ts';
import { type SeededUser, deleteUsers, removeMembers, userBody } from './seed.ts';
import type { ScimClient } from './scim-client.ts';

/**
 * What each scenario sends. Every request picks its target at random among
 * the seeded users, so no cache of a few hot rows can flatter the numbers,
 * and every answer is checked (the right user, exactly one match, …).
 */
export type ScenarioKey =
  'get-id' | 'filter-eq' | 'filter-co' | 'list' | 'patch-small' | 'patch-big' | 'create';

export interface Scenario {
  key: ScenarioKey;
  label: string;
  steps: Step[];
  /** Undoes what the run left behind (after the warm-up and after the measurement). */
  after?: () => Promise<void>;
}

export interface World {
  client: ScimClient;
  /** The seeded users, in creation order (what the scenarios pick from). */
  users: SeededUser[];
  /** Users in no group: the members that PATCH scenarios add and remove. */
  spares: string[];
  smallGroup: { id: string; size: number };
  bigGroup: { id: string; size: number } | undefined;
  /** Unique per run, with a counter, for the userNames the create scenario invents. */
  runTag: string;
  createdCount: number;
}

const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const PAGE = 100;

export function scenariosFor(world: World): Scenario[] {
  const base = world.client.basePath;
  const pick = () => world.users[Math.floor(Math.random() * world.users.length)] as SeededUser;
  const remember = (context: Context, value: string) => {
    context.expected = value;
  };
  const expected = (context: Context) => String(context.expected);
  const one = (body: string) => /"totalResults":\s*1\b/.test(body);

  const scenarios: Scenario[] = [
    {
      key: 'get-id',
      label: 'GET /Users/{id}',
      steps: [
        {
          method: 'GET',
          next(context) {
            const { id } = pick();
            remember(context, id);
            return { path: `${base}/Users/${id}` };
          },
          check: (body, context) => body.includes(`"id":"${expected(context)}"`),
        },
      ],
    },
    {
      key: 'filter-eq',
      label: 'filter userName eq',
      steps: [
        {
          method: 'GET',
          next(context) {
            const { userName } = pick();
            remember(context, userName);
            return {
              path: `${base}/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
            };
          },
          check: (body, context) => one(body) && body.includes(`"userName":"${expected(context)}"`),
        },
      ],
    },
    {
      key: 'filter-co',
      label: 'filter emails.value co',
      steps: [
        {
          method: 'GET',
          next(context) {
            const { userName } = pick();
            remember(context, userName);
            // The local part and the '@': a substring of exactly one user's email.
            const fragment = userName.slice(0, userName.indexOf('@') + 1);
            return {
              path: `${base}/Users?filter=${encodeURIComponent(`emails.value co "${fragment}"`)}`,
            };
          },
          check: (body, context) => one(body) && body.includes(`"userName":"${expected(context)}"`),
        },
      ],
    },
    {
      key: 'list',
      label: `list page (count=${PAGE})`,
      steps: [
        {
          method: 'GET',
          next(context) {
            const last = Math.max(1, world.users.length - PAGE + 1);
            const startIndex = 1 + Math.floor(Math.random() * last);
            remember(context, String(startIndex));
            return { path: `${base}/Users?startIndex=${startIndex}&count=${PAGE}` };
          },
          check: (body, context) =>
            body.includes('"Resources":[') && body.includes(`"startIndex":${expected(context)}`),
        },
      ],
    },
    patchScenario('patch-small', world, world.smallGroup),
  ];
  if (world.bigGroup) scenarios.push(patchScenario('patch-big', world, world.bigGroup));
  scenarios.push(createScenario(world));
  return scenarios;
}

/**
 * Adds one member to the group, then removes it again (Okta's two PATCH
 * forms), on each connection in turn: the group keeps its size, and every
 * add is of a user who is not a member. Figures are per request; the add
 * requests' own latencies are kept under the tag `add`.
 */
function patchScenario(
  key: 'patch-small' | 'patch-big',
  world: World,
  group: { id: string; size: number },
): Scenario {
  const path = `${world.client.basePath}/Groups/${group.id}`;
  let next = 0;
  return {
    key,
    label: `PATCH +1 member, group of ${group.size.toLocaleString('en-US')}`,
    steps: [
      {
        method: 'PATCH',
        tag: 'add',
        next(context) {
          // Round-robin over more spares than connections: no two connections share one.
          const member = world.spares[next++ % world.spares.length] as string;
          context.member = member;
          return {
            path,
            body: JSON.stringify({
              schemas: [PATCH_SCHEMA],
              Operations: [{ op: 'add', path: 'members', value: [{ value: member }] }],
            }),
          };
        },
      },
      {
        method: 'PATCH',
        tag: 'remove',
        next(context) {
          return {
            path,
            body: JSON.stringify({
              schemas: [PATCH_SCHEMA],
              Operations: [{ op: 'remove', path: `members[value eq "${String(context.member)}"]` }],
            }),
          };
        },
      },
    ],
    // A run stops mid-cycle: take out any spare left in the group.
    after: () => removeMembers(world.client, group.id, world.spares),
  };
}

/**
 * Creates users with fresh userNames, and deletes them again afterwards (not
 * timed), so the database keeps the size the table says.
 */
function createScenario(world: World): Scenario {
  const created: string[] = [];
  return {
    key: 'create',
    label: 'POST /Users (create)',
    steps: [
      {
        method: 'POST',
        next() {
          world.createdCount += 1;
          return {
            path: `${world.client.basePath}/Users`,
            body: JSON.stringify(
              userBody(`new-${world.runTag}-${world.createdCount}@bench.example`),
            ),
          };
        },
        check: (body) => body.includes('"userName":"new-'),
        seen(body) {
          created.push((JSON.parse(body) as { id: string }).id);
        },
      },
    ],
    after: () => deleteUsers(world.client, created.splice(0)),
  };
}
