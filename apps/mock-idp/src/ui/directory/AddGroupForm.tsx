import { useState } from 'react';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { TextField } from '../common/TextField.tsx';

/** Directory › Groups › Add group. */
export function AddGroupForm() {
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
      <TextField label="Name" required value={name} onChange={setName} />
      <TextField label="Description" value={description} onChange={setDescription} />
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Add group
        </button>
      </div>
    </form>
  );
}
