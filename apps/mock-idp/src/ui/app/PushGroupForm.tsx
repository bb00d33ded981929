import { useId, useState } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/**
 * Push Groups › Find groups by name: create the group in the app, or link it to an app group
 * found by "Refresh app groups" (Import Groups).
 */
export function PushGroupForm({ state }: { state: IdpState }) {
  const groupId = useId();
  const modeId = useId();
  const targetId = useId();
  const immediateId = useId();
  const [group, setGroup] = useState('');
  const [mode, setMode] = useState<'create' | 'link'>('create');
  const [target, setTarget] = useState('');
  const [immediately, setImmediately] = useState(state.app.pushSettings.pushMembershipsImmediately);
  const { busy, error, submit } = useActionForm();
  const refresh = useActionForm();
  const candidates = Object.values(state.groups).filter((g) => !state.pushedGroups[g.id]);
  return (
    <form
      className="panel"
      aria-labelledby="push-by-name-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({
          type: 'pushGroup',
          groupId: group,
          mode,
          ...(mode === 'link' ? { targetName: target } : {}),
          pushMemberships: immediately,
        }).then((result) => {
          if (result.ok) setGroup('');
        });
      }}
    >
      <h2 id="push-by-name-title">Push groups: find groups by name</h2>
      <div className="field">
        <label htmlFor={groupId}>Group</label>
        <select id={groupId} required value={group} onChange={(e) => setGroup(e.target.value)}>
          <option value="">Choose a group…</option>
          {candidates.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={modeId}>Match result &amp; push action</label>
        <select
          id={modeId}
          value={mode}
          onChange={(e) => setMode(e.target.value === 'link' ? 'link' : 'create')}
        >
          <option value="create">Create group</option>
          <option value="link">Link group</option>
        </select>
      </div>
      {mode === 'link' && (
        <div className="field">
          <label htmlFor={targetId}>App group</label>
          <div className="input-row">
            <select
              id={targetId}
              required
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">Choose an app group…</option>
              {state.appGroups.map((appGroup) => (
                <option key={appGroup.scimId} value={appGroup.displayName}>
                  {appGroup.displayName}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button-secondary"
              disabled={refresh.busy}
              onClick={() => void refresh.submit({ type: 'importGroups' })}
            >
              Refresh app groups
            </button>
          </div>
        </div>
      )}
      <div className="check-field">
        <input
          id={immediateId}
          type="checkbox"
          checked={immediately}
          onChange={(e) => setImmediately(e.target.checked)}
        />
        <label htmlFor={immediateId}>Push group memberships immediately</label>
      </div>
      <ErrorText error={error ?? refresh.error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
