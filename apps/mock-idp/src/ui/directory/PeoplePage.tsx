import { useId, useState } from 'react';
import { Link } from 'wouter';
import { personStatus, type IdpState, type Person } from '../../engine/index.ts';
import { StatusBadge } from '../common/StatusBadge.tsx';
import { useIdpState } from '../console/use-idp-state.ts';
import { PageHeader } from '../layout/PageHeader.tsx';
import { paths } from '../paths.ts';
import { AddPersonForm } from './AddPersonForm.tsx';
import { GeneratePeopleForm } from './GeneratePeopleForm.tsx';
import { fullName } from './person-name.ts';

/** A long directory stays fast: only this many rows are drawn; searching narrows them. */
const SHOWN = 100;

function matches(person: Person, search: string): boolean {
  const wanted = search.trim().toLowerCase();
  if (wanted === '') return true;
  return [fullName(person), person.profile.login, person.profile.email].some((text) =>
    text.toLowerCase().includes(wanted),
  );
}

function PeopleTable({ state, people }: { state: IdpState; people: Person[] }) {
  return (
    <div className="table-scroll" role="region" aria-label="People" tabIndex={0}>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Username</th>
            <th scope="col">Status</th>
            <th scope="col">{state.app.label}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>
                <Link href={paths.person(person.id)}>{fullName(person)}</Link>
              </td>
              <td className="mono">{person.profile.login}</td>
              <td>
                <StatusBadge status={person.status} />
              </td>
              <td>
                <StatusBadge status={personStatus(state, person.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PeoplePage() {
  const state = useIdpState();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const found = Object.values(state.people).filter((person) => matches(person, search));
  return (
    <section aria-labelledby="page-title">
      <PageHeader title="People" trail={[{ label: 'Directory' }]} />
      <div className="toolbar">
        <label htmlFor={searchId}>Search people</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Name, username or email"
          onChange={(event) => setSearch(event.target.value)}
        />
      </div>
      <p className="hint" aria-live="polite">
        {found.length > SHOWN
          ? `Showing ${SHOWN} of ${found.length} people; search to narrow the list.`
          : `${found.length} ${found.length === 1 ? 'person' : 'people'}`}
      </p>
      <PeopleTable state={state} people={found.slice(0, SHOWN)} />
      <AddPersonForm />
      <GeneratePeopleForm />
    </section>
  );
}
