import { JsonBlock } from '../common/JsonBlock.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { readTargetGroup, type TargetGroup } from './read-target-group.ts';
import type { TargetClients } from './target-clients.ts';
import { TargetPaneFrame, WithTargetClients } from './TargetPane.tsx';
import { useTargetRead } from './use-target-read.ts';

function TargetGroupDetails({ found }: { found: TargetGroup }) {
  const { group, details } = found;
  if (!group) return <p>The group is not in the app (any more).</p>;
  const members = group.members ?? [];
  return (
    <>
      <dl className="facts">
        <dt>displayName</dt>
        <dd>{group.displayName}</dd>
        <dt>id</dt>
        <dd className="mono">{group.id}</dd>
        {details && (
          <>
            <dt>managed by</dt>
            <dd>{details.origin === 'scim' ? 'the IdP (SCIM)' : 'the app (local)'}</dd>
            <dt>group roles</dt>
            <dd>
              {details.roles.length === 0
                ? 'none'
                : details.roles.map((role) => `${role.type}: ${role.value}`).join(', ')}
            </dd>
          </>
        )}
      </dl>
      <h3>Members ({members.length})</h3>
      {members.length === 0 ? (
        <p>No members.</p>
      ) : (
        <ul className="member-list" aria-label="Members in the app">
          {members.map((member) => (
            <li key={member.value} className="mono">
              {member.display ?? member.value}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>SCIM group (GET /Groups/{group.id})</summary>
        <JsonBlock label="Response body" value={group} />
      </details>
    </>
  );
}

function TargetGroupRead({ clients, targetId }: { clients: TargetClients; targetId: string }) {
  const { result, refresh } = useTargetRead(`${clients.tenant}/${targetId}`, () =>
    readTargetGroup(clients, targetId),
  );
  return (
    <TargetPaneFrame tenant={clients.tenant} read={result} onRefresh={refresh}>
      {result.state === 'loading' && <p>Reading…</p>}
      {result.state === 'failed' && <p className="error-text">{result.error}</p>}
      {result.state === 'done' && <TargetGroupDetails found={result.value} />}
    </TargetPaneFrame>
  );
}

/** What the SCIM server holds for a pushed group. */
export function TargetGroupPane({ groupId }: { groupId: string }) {
  const { pushedGroups } = useIdpState();
  const targetId = pushedGroups[groupId]?.targetId;
  if (!targetId) {
    return (
      <TargetPaneFrame>
        <p>This group is not pushed to the app. Push it from the app&apos;s Push Groups tab.</p>
      </TargetPaneFrame>
    );
  }
  return (
    <WithTargetClients>
      {(clients) => <TargetGroupRead clients={clients} targetId={targetId} />}
    </WithTargetClients>
  );
}
