import { useState } from 'react';
import type { Person, PersonProfile } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { TextField } from '../common/TextField.tsx';
import { useActionForm } from '../common/use-action-form.ts';

/** Okta's base attributes first, then any others the person has (department, title…). */
const BASE: [string, string][] = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
  ['login', 'Username'],
  ['email', 'Primary email'],
  ['displayName', 'Display name'],
  ['department', 'Department'],
  ['title', 'Title'],
];

function textOf(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Edit profile: only the attributes that changed are sent to the engine (and then to the app). */
export function PersonProfileForm({ person }: { person: Person }) {
  const names = [
    ...BASE,
    ...Object.keys(person.profile)
      .filter((name) => !BASE.some(([base]) => base === name))
      .map((name): [string, string] => [name, name]),
  ];
  const initial = Object.fromEntries(names.map(([name]) => [name, textOf(person.profile[name])]));
  const [draft, setDraft] = useState<Record<string, string>>(initial);
  const { busy, error, submit } = useActionForm();
  const changed = names
    .map(([name]) => name)
    .filter((name) => (draft[name] ?? '') !== textOf(person.profile[name]));

  return (
    <form
      className="panel"
      aria-labelledby="profile-title"
      onSubmit={(event) => {
        event.preventDefault();
        const profile: Partial<PersonProfile> = Object.fromEntries(
          changed.map((name) => [name, draft[name] === '' ? null : draft[name]]),
        );
        void submit({ type: 'updatePerson', personId: person.id, profile });
      }}
    >
      <h2 id="profile-title">Profile</h2>
      {names.map(([name, label]) => (
        <TextField
          key={name}
          label={label}
          value={draft[name] ?? ''}
          onChange={(value) => setDraft({ ...draft, [name]: value })}
        />
      ))}
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy || changed.length === 0}>
          Save profile
        </button>
      </div>
    </form>
  );
}
