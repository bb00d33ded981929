import { useState } from 'react';
import type { AssignmentTarget, IdpState } from '../../engine/index.ts';
import { AssignmentValuesFields } from '../common/AssignmentValuesFields.tsx';
import { assignableAttributes, draftsOf, valuesOf } from '../common/assignment-values.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Edit an assignment's values in place; saving reaches every person it covers. */
export function AssignmentValuesEditor({
  state,
  target,
  values,
  label,
  onDone,
}: {
  state: IdpState;
  target: AssignmentTarget;
  values: Record<string, unknown>;
  label: string;
  onDone: () => void;
}) {
  const [drafts, setDrafts] = useState(draftsOf(values));
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="values-editor"
      aria-label={`Values of ${label}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit({ type: 'setAssignmentValues', target, values: valuesOf(drafts, 'null') }).then(
          (result) => {
            if (result.ok) onDone();
          },
        );
      }}
    >
      <AssignmentValuesFields
        attributes={assignableAttributes(state.app.attributes, state.app.mappings)}
        values={drafts}
        onChange={setDrafts}
      />
      <ErrorText error={error} />
      <div className="button-row">
        <button type="submit" className="button-primary button-small" disabled={busy}>
          Save values
        </button>
        <button type="button" className="button-secondary button-small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
