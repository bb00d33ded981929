import { useId } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Push Groups settings; each box is saved as it is changed. */
export function PushSettingsForm({ state }: { state: IdpState }) {
  const immediateId = useId();
  const renameId = useId();
  const { error, submit } = useActionForm();
  const settings = state.app.pushSettings;
  return (
    <div className="panel">
      <h2>Push groups settings</h2>
      <div className="check-field">
        <input
          id={immediateId}
          type="checkbox"
          checked={settings.pushMembershipsImmediately}
          onChange={(e) =>
            void submit({
              type: 'setPushSettings',
              settings: { pushMembershipsImmediately: e.target.checked },
            })
          }
        />
        <label htmlFor={immediateId}>
          Push group memberships immediately (default for new pushes)
        </label>
      </div>
      <div className="check-field">
        <input
          id={renameId}
          type="checkbox"
          checked={settings.renameOnLink}
          onChange={(e) =>
            void submit({ type: 'setPushSettings', settings: { renameOnLink: e.target.checked } })
          }
        />
        <label htmlFor={renameId}>Rename app groups to match group name in {state.org.name}</label>
      </div>
      <ErrorText error={error} />
    </div>
  );
}
