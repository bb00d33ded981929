import { useId, useState } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { ExpressionInput } from '../common/ExpressionInput.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { TextField } from '../common/TextField.tsx';

/** Directory › Groups › Rules › Add rule: an expression over the profile, checked as typed. */
export function AddGroupRuleForm({ state }: { state: IdpState }) {
  const groupId = useId();
  const [name, setName] = useState('');
  const [expression, setExpression] = useState('');
  const [assignTo, setAssignTo] = useState('');
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="panel"
      aria-labelledby="add-rule-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({
          type: 'addGroupRule',
          rule: { name: name.trim(), expression, assignTo: [assignTo] },
        }).then((result) => {
          if (result.ok) {
            setName('');
            setExpression('');
          }
        });
      }}
    >
      <h2 id="add-rule-title">Add rule</h2>
      <TextField label="Name" required value={name} onChange={setName} />
      <div className="field">
        <ExpressionInput
          label="If (expression)"
          value={expression}
          onChange={setExpression}
          check={{ groupRule: true }}
        />
      </div>
      <div className="field">
        <label htmlFor={groupId}>Then assign to</label>
        <select
          id={groupId}
          required
          value={assignTo}
          onChange={(e) => setAssignTo(e.target.value)}
        >
          <option value="">Choose a group…</option>
          {Object.values(state.groups).map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </div>
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Save and activate
        </button>
      </div>
    </form>
  );
}
