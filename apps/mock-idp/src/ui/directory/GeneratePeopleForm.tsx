import { useId, useState } from 'react';
import type { NewPerson } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { TextField } from '../common/TextField.tsx';

const MAX_PEOPLE = 10_000;

function generatedPeople(prefix: string, count: number, taken: Set<string>): NewPerson[] {
  const people: NewPerson[] = [];
  for (let n = 1; people.length < count; n++) {
    const login = `${prefix}.${n}@acme.example.com`;
    if (taken.has(login)) continue;
    people.push({
      profile: {
        login,
        email: login,
        firstName: 'Test',
        lastName: `${prefix} ${n}`,
        department: 'Load test',
      },
    });
  }
  return people;
}

/**
 * Test people in bulk, all in one new group: assigning or pushing that group is the way to see
 * a long operation's progress (and its Cancel).
 */
export function GeneratePeopleForm() {
  const state = useIdpState();
  const countId = useId();
  const [count, setCount] = useState('1000');
  const [groupName, setGroupName] = useState('Load test');
  const { busy, error, submit } = useActionForm();

  async function generate() {
    const prefix =
      groupName
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-') || 'test';
    const taken = new Set(Object.values(state.people).map((p) => p.profile.login.toLowerCase()));
    const added = await submit({
      type: 'addPeople',
      people: generatedPeople(prefix, Number(count), taken),
    });
    const members = added.created?.personIds;
    if (members) await submit({ type: 'addGroup', group: { name: groupName.trim(), members } });
  }

  return (
    <form
      className="panel"
      aria-labelledby="generate-title"
      onSubmit={(event) => {
        event.preventDefault();
        void generate();
      }}
    >
      <h2 id="generate-title">Add test people in bulk</h2>
      <div className="field">
        <label htmlFor={countId}>How many</label>
        <input
          id={countId}
          type="number"
          min={1}
          max={MAX_PEOPLE}
          required
          value={count}
          onChange={(event) => setCount(event.target.value)}
        />
      </div>
      <TextField label="New group" required value={groupName} onChange={setGroupName} />
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-secondary" disabled={busy}>
          Add people and group
        </button>
      </div>
    </form>
  );
}
