import { useId, useState } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { AssignmentValuesFields } from '../common/AssignmentValuesFields.tsx';
import { assignableAttributes, valuesOf, type ValueDrafts } from '../common/assignment-values.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

interface AssignFormProps {
  state: IdpState;
  kind: 'person' | 'group';
  /** What can be assigned: id and label. */
  choices: { id: string; label: string }[];
}

/** "Assign to People" / "Assign to Groups": pick one, set the attribute values, assign. */
export function AssignForm({ state, kind, choices }: AssignFormProps) {
  const selectId = useId();
  const [target, setTarget] = useState('');
  const [values, setValues] = useState<ValueDrafts>({});
  const { busy, error, submit } = useActionForm();
  const title = kind === 'person' ? 'Assign to people' : 'Assign to groups';
  const titleId = useId();
  return (
    <form
      className="panel"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        if (target === '') return;
        const assigned = valuesOf(values, 'omit');
        void submit(
          kind === 'person'
            ? { type: 'assignUser', personId: target, values: assigned }
            : { type: 'assignGroup', groupId: target, values: assigned },
        ).then((result) => {
          if (result.ok) {
            setTarget('');
            setValues({});
          }
        });
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="field">
        <label htmlFor={selectId}>{kind === 'person' ? 'Person' : 'Group'}</label>
        <select
          id={selectId}
          required
          value={target}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">Choose…</option>
          {choices.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <AssignmentValuesFields
        attributes={assignableAttributes(state.app.attributes, state.app.mappings)}
        values={values}
        onChange={setValues}
      />
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Assign
        </button>
      </div>
    </form>
  );
}
