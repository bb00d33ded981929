import { useId, useState } from 'react';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { AppPageFrame } from './AppPageFrame.tsx';
import { ImportReportTable } from './ImportReportTable.tsx';

/** Applications › app › Import: read the app's users and groups and match them to the org. */
export function ImportPage() {
  const state = useIdpState();
  const confirmId = useId();
  const [confirmMatches, setConfirmMatches] = useState(true);
  const { busy, error, submit } = useActionForm();
  return (
    <AppPageFrame title="Import">
      <div className="panel">
        <h2>Import from {state.app.label}</h2>
        <p>
          Pages through the app&apos;s users or groups. Users that match a person by userName are
          linked; long imports show their progress above and can be cancelled.
        </p>
        <div className="check-field">
          <input
            id={confirmId}
            type="checkbox"
            checked={confirmMatches}
            onChange={(e) => setConfirmMatches(e.target.checked)}
          />
          <label htmlFor={confirmId}>Confirm matched users automatically</label>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => void submit({ type: 'importUsers', confirmMatches })}
          >
            Import users
          </button>
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void submit({ type: 'importGroups' })}
          >
            Import groups
          </button>
        </div>
        <ErrorText error={error} />
      </div>
      {state.lastImport.users && (
        <ImportReportTable state={state} report={state.lastImport.users} />
      )}
      {state.lastImport.groups && (
        <ImportReportTable state={state} report={state.lastImport.groups} />
      )}
    </AppPageFrame>
  );
}
