import { useId, useState } from 'react';
import type { PushedGroup } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Unlink pushed group: leave the app's group as it is, or delete it there. */
export function UnlinkPushForm({
  pushed,
  name,
  onDone,
}: {
  pushed: PushedGroup;
  name: string;
  onDone: () => void;
}) {
  const deleteId = useId();
  const leaveId = useId();
  const radioName = useId();
  const [deleteInApp, setDeleteInApp] = useState(false);
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="unlink-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({ type: 'unlinkPushedGroup', groupId: pushed.groupId, deleteInApp }).then(
          (result) => {
            if (result.ok) onDone();
          },
        );
      }}
    >
      <fieldset>
        <legend>Unlink {name}</legend>
        <div className="check-field">
          <input
            id={leaveId}
            type="radio"
            name={radioName}
            checked={!deleteInApp}
            onChange={() => setDeleteInApp(false)}
          />
          <label htmlFor={leaveId}>Leave the group in the target app</label>
        </div>
        <div className="check-field">
          <input
            id={deleteId}
            type="radio"
            name={radioName}
            checked={deleteInApp}
            onChange={() => setDeleteInApp(true)}
          />
          <label htmlFor={deleteId}>Delete the group in the target app</label>
        </div>
      </fieldset>
      <ErrorText error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary button-small" disabled={busy}>
          Unlink
        </button>
        <button type="button" className="button-secondary button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
