import { useState } from 'react';
import type { Group } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { TextField } from '../common/TextField.tsx';

/** A group's profile: renaming it (a pushed group's new name is pushed too). */
export function RenameGroupForm({ group }: { group: Group }) {
  const [name, setName] = useState(group.name);
  const { busy, error, submit } = useActionForm();
  return (
    <form
      className="panel"
      aria-labelledby="rename-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit({ type: 'renameGroup', groupId: group.id, name: name.trim() });
      }}
    >
      <h2 id="rename-title">Profile</h2>
      <TextField label="Name" required value={name} onChange={setName} />
      <ErrorText error={error} />
      <div className="actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy || name.trim() === group.name}
        >
          Rename
        </button>
      </div>
    </form>
  );
}
