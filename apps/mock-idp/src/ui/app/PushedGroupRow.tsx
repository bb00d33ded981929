import { useState } from 'react';
import { Link } from 'wouter';
import type { IdpState, PushedGroup } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { paths } from '../paths.ts';
import { UnlinkPushForm } from './UnlinkPushForm.tsx';

/** One pushed group: where it went, how it stands, and Okta's per-group push actions. */
export function PushedGroupRow({ state, pushed }: { state: IdpState; pushed: PushedGroup }) {
  const [unlinking, setUnlinking] = useState(false);
  const { busy, error, submit } = useActionForm();
  const name = state.groups[pushed.groupId]?.name ?? pushed.sourceName;
  const rule = pushed.ruleId ? state.pushRules[pushed.ruleId]?.name : undefined;
  return (
    <tr>
      <td>
        <Link href={paths.group(pushed.groupId)}>{name}</Link>
        {rule && <div className="hint">by rule {rule}</div>}
      </td>
      <td>
        {pushed.targetName}
        {pushed.targetId && <div className="mono hint">{pushed.targetId}</div>}
      </td>
      <td>{pushed.mode === 'create' ? 'Created' : 'Linked'}</td>
      <td>
        <StatusBadge status={pushed.status} />
        {pushed.members === undefined && <div className="hint">memberships wait for Push Now</div>}
        {pushed.error && <p className="error-text">{pushed.error.detail}</p>}
      </td>
      <td className="numeric">{pushed.members?.length ?? '—'}</td>
      <td>
        {unlinking ? (
          <UnlinkPushForm pushed={pushed} name={name} onDone={() => setUnlinking(false)} />
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`Push now ${name}`}
              disabled={busy}
              onClick={() => void submit({ type: 'pushNow', groupId: pushed.groupId })}
            >
              Push now
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`${pushed.status === 'inactive' ? 'Activate' : 'Deactivate'} push of ${name}`}
              disabled={busy}
              onClick={() =>
                void submit({
                  type: 'setPushActive',
                  groupId: pushed.groupId,
                  active: pushed.status === 'inactive',
                })
              }
            >
              {pushed.status === 'inactive' ? 'Activate push' : 'Deactivate push'}
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`Unlink ${name}`}
              onClick={() => setUnlinking(true)}
            >
              Unlink
            </button>
          </div>
        )}
        <ErrorText error={error} />
      </td>
    </tr>
  );
}
