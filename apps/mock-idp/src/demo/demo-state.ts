/**
 * The demo organisation the console starts with and goes back to on Reset: demo-org.json, a
 * scenario file, loaded the way the scenario runner loads one (its steps are not run).
 */
import { stateFromScenario, validateScenario, type IdpState } from '../engine/index.ts';
import type { Authentication } from '../engine/index.ts';
import demoOrg from './demo-org.json';

export const DEMO_ORG = { name: 'Acme Corp', subDomain: 'acme' };

/** Fixed, so a reset org has the same Okta ids (sent as externalId) as before. */
const DEMO_ID_SEED = 'acme0';

export interface DemoConnection {
  baseUrl: string;
  auth: Authentication;
}

export function demoState(connection: DemoConnection): IdpState {
  const loaded = validateScenario(demoOrg, 'demo');
  if (!loaded.ok)
    throw new Error(`demo-org.json is not a valid scenario:\n${loaded.errors.join('\n')}`);
  const { state } = stateFromScenario(loaded.scenario, connection, DEMO_ID_SEED);
  return { ...state, org: DEMO_ORG };
}
