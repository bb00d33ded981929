import { useId, useState } from 'react';
import { useLocation } from 'wouter';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { paths } from '../paths.ts';

const EMPTY = { firstName: '', lastName: '', login: '', email: '', department: '' };
type Draft = typeof EMPTY;

const FIELDS: { name: keyof Draft; label: string; type: string; required: boolean }[] = [
  { name: 'firstName', label: 'First name', type: 'text', required: true },
  { name: 'lastName', label: 'Last name', type: 'text', required: true },
  { name: 'login', label: 'Username', type: 'email', required: true },
  { name: 'email', label: 'Primary email', type: 'email', required: true },
  { name: 'department', label: 'Department', type: 'text', required: false },
];

function DraftField({
  field,
  value,
  onChange,
}: {
  field: (typeof FIELDS)[number];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      <input
        id={id}
        type={field.type}
        required={field.required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

/** Directory › People › Add person. The new person opens afterwards. */
export function AddPersonForm() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { busy, error, submit } = useActionForm();
  const [, navigate] = useLocation();
  return (
    <form
      className="panel"
      aria-labelledby="add-person-title"
      onSubmit={(event) => {
        event.preventDefault();
        const { department, ...required } = draft;
        void submit({
          type: 'addPerson',
          person: { profile: { ...required, ...(department ? { department } : {}) } },
        }).then((result) => {
          const personId = result.created?.personId;
          if (personId) navigate(paths.person(personId));
        });
      }}
    >
      <h2 id="add-person-title">Add person</h2>
      {FIELDS.map((field) => (
        <DraftField
          key={field.name}
          field={field}
          value={draft[field.name]}
          onChange={(value) => setDraft({ ...draft, [field.name]: value })}
        />
      ))}
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          Save
        </button>
      </div>
    </form>
  );
}
