import { useState } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { TextField } from '../common/TextField.tsx';

/** Push Groups › Find groups by rule: every group whose name matches, also ones created later. */
export function PushRuleForm({ state }: { state: IdpState }) {
  const [name, setName] = useState('');
  const [startsWith, setStartsWith] = useState('');
  const [contains, setContains] = useState('');
  const { busy, error, submit } = useActionForm();
  const rules = Object.values(state.pushRules);
  return (
    <form
      className="panel"
      aria-labelledby="push-by-rule-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({
          type: 'addPushRule',
          rule: {
            name: name.trim(),
            ...(startsWith ? { nameStartsWith: startsWith } : {}),
            ...(contains ? { nameContains: contains } : {}),
          },
        }).then((result) => {
          if (result.ok) {
            setName('');
            setStartsWith('');
            setContains('');
          }
        });
      }}
    >
      <h2 id="push-by-rule-title">Push groups: find groups by rule</h2>
      {rules.length > 0 && (
        <ul>
          {rules.map((rule) => (
            <li key={rule.id}>
              {rule.name}: name {rule.nameStartsWith ? `starts with "${rule.nameStartsWith}"` : ''}
              {rule.nameStartsWith && rule.nameContains ? ' and ' : ''}
              {rule.nameContains ? `contains "${rule.nameContains}"` : ''} (
              {rule.active ? 'active' : 'inactive'})
            </li>
          ))}
        </ul>
      )}
      <TextField label="Rule name" required value={name} onChange={setName} />
      <TextField label="Group name starts with" value={startsWith} onChange={setStartsWith} />
      <TextField label="Group name contains" value={contains} onChange={setContains} />
      <ErrorText error={error} />
      <div className="actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy || (!startsWith && !contains)}
        >
          Create rule
        </button>
      </div>
    </form>
  );
}
