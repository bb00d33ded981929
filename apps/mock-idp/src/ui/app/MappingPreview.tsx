import { useId, useState } from 'react';
import {
  checkExpression,
  previewAppUser,
  type AttributeMapping,
  type IdpState,
} from '../../engine/index.ts';
import { JsonBlock } from '../common/JsonBlock.tsx';
import { fullName } from '../directory/person-name.ts';

/** The state as it would be with the typed mappings, leaving out the ones that do not parse. */
function withDrafts(state: IdpState, drafts: Record<string, string>): IdpState {
  const mappings: Record<string, AttributeMapping> = { ...state.app.mappings };
  for (const [name, expression] of Object.entries(drafts)) {
    if (expression.trim() === '') delete mappings[name];
    else if (checkExpression(expression, { apps: [state.app.name] }).ok) {
      mappings[name] = { expression, apply: mappings[name]?.apply ?? 'createAndUpdate' };
    }
  }
  return { ...state, app: { ...state.app, mappings } };
}

function shown(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value);
}

/** Live preview: the app user profile and SCIM user one person would get from the typed mappings. */
export function MappingPreview({
  state,
  drafts,
}: {
  state: IdpState;
  drafts: Record<string, string>;
}) {
  const selectId = useId();
  const people = Object.values(state.people);
  const [personId, setPersonId] = useState(people[0]?.id ?? '');
  if (!state.people[personId]) return null;
  const preview = previewAppUser(withDrafts(state, drafts), personId);
  return (
    <div className="panel">
      <h2>Preview</h2>
      <div className="field">
        <label htmlFor={selectId}>Preview for</label>
        <select
          id={selectId}
          value={personId}
          onChange={(event) => setPersonId(event.target.value)}
        >
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {fullName(person)} ({person.profile.login})
            </option>
          ))}
        </select>
      </div>
      {preview.problems.map((problem) => (
        <p key={problem.variableName} className="error-text">
          {problem.message}
        </p>
      ))}
      <div className="preview-columns">
        <table className="list compact">
          <caption>App user profile</caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(preview.profile)
              .filter(([, value]) => value !== null)
              .map(([name, value]) => (
                <tr key={name}>
                  <td className="mono">{name}</td>
                  <td className="mono">{shown(value)}</td>
                </tr>
              ))}
          </tbody>
        </table>
        <JsonBlock label="SCIM user" value={preview.scim} />
      </div>
    </div>
  );
}
