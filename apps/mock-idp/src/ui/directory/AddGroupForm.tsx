import { useId, useState } from 'react';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Directory › Groups › Add group. */
export function AddGroupForm() {
  const nameId = useId();
  const descriptionId = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="panel"
      aria-labelledby="add-group-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({
          type: 'addGroup',
          group: { name: name.trim(), ...(description ? { description } : {}) },
        }).then((result) => {
          if (result.ok) {
            setName('');
            setDescription('');
          }
        });
      }}
    >
      <h2 id="add-group-title">Add group</h2>
      <div className="field">
        <label htmlFor={nameId}>Name</label>
        <input
          id={nameId}
          type="text"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>Description</label>
        <input
          id={descriptionId}
          type="text"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Add group
        </button>
      </div>
    </form>
  );
}
