import { useId, useState } from 'react';
import type { IdpState } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Push Groups › Find groups by rule: every group whose name matches, also ones created later. */
export function PushRuleForm({ state }: { state: IdpState }) {
  const nameId = useId();
  const startsId = useId();
  const containsId = useId();
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
      <div className="field">
        <label htmlFor={nameId}>Rule name</label>
        <input
          id={nameId}
          type="text"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={startsId}>Group name starts with</label>
        <input
          id={startsId}
          type="text"
          value={startsWith}
          onChange={(e) => setStartsWith(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={containsId}>Group name contains</label>
        <input
          id={containsId}
          type="text"
          value={contains}
          onChange={(e) => setContains(e.target.value)}
        />
      </div>
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
