import { StatusBadge } from '../common/StatusBadge.tsx';
import { JsonBlock } from '../common/JsonBlock.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { EffectiveAccessTable } from './EffectiveAccessTable.tsx';
import { readTargetUser, type TargetUser } from './read-target-user.ts';
import type { TargetClients } from './target-clients.ts';
import { TargetPaneFrame, WithTargetClients } from './TargetPane.tsx';
import { useTargetRead } from './use-target-read.ts';

function AccessCheck({ check }: { check: TargetUser['check'] }) {
  if (check.allowed) {
    return (
      <p>
        Access check: <StatusBadge status="allowed" />
      </p>
    );
  }
  const lock = check.lock;
  return (
    <p>
      Access check: <StatusBadge status={check.status} label={`refused: ${check.status}`} />
      {lock && (
        <>
          {' '}
          ({lock.reason} since {new Date(lock.since).toLocaleString()})
        </>
      )}
    </p>
  );
}

function TargetUserDetails({ found, userName }: { found: TargetUser; userName: string }) {
  const { user, access, check } = found;
  return (
    <>
      <AccessCheck check={check} />
      {user ? (
        <>
          <dl className="facts">
            <dt>userName</dt>
            <dd className="mono">{user.userName}</dd>
            <dt>id</dt>
            <dd className="mono">{user.id}</dd>
            <dt>active</dt>
            <dd>{String(user.active ?? true)}</dd>
          </dl>
          {access && <EffectiveAccessTable roles={access.roles} />}
          <details>
            <summary>SCIM user (GET /Users/{user.id})</summary>
            <JsonBlock label="Response body" value={user} />
          </details>
        </>
      ) : (
        <p>
          No user with userName <span className="mono">{userName}</span>.
        </p>
      )}
    </>
  );
}

function TargetUserRead({ clients, personId }: { clients: TargetClients; personId: string }) {
  const state = useIdpState();
  const scimId = state.appUsers[personId]?.scimId;
  const userName = state.people[personId]?.profile.login ?? '';
  const { result, refresh } = useTargetRead(`${clients.tenant}/${scimId ?? userName}`, () =>
    readTargetUser(clients, scimId, userName),
  );
  return (
    <TargetPaneFrame tenant={clients.tenant} read={result} onRefresh={refresh}>
      {result.state === 'loading' && <p>Reading…</p>}
      {result.state === 'failed' && <p className="error-text">{result.error}</p>}
      {result.state === 'done' && <TargetUserDetails found={result.value} userName={userName} />}
    </TargetPaneFrame>
  );
}

/** What the SCIM server holds for one person, next to the person in the console. */
export function TargetUserPane({ personId }: { personId: string }) {
  return (
    <WithTargetClients>
      {(clients) => <TargetUserRead clients={clients} personId={personId} />}
    </WithTargetClients>
  );
}
