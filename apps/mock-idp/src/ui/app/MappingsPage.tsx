import { useState } from 'react';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { AppPageFrame } from './AppPageFrame.tsx';
import { MappingPreview } from './MappingPreview.tsx';
import { MappingRow } from './MappingRow.tsx';

/**
 * Provisioning › To App › Mappings (Okta user → app user). Saving a mapping applies it to
 * everyone assigned; "Apply updates now" re-applies every mapping (after a membership change,
 * which on its own does not re-evaluate mappings).
 */
export function MappingsPage() {
  const state = useIdpState();
  const { app } = state;
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const apply = useActionForm();
  const draftOf = (name: string) => drafts[name] ?? app.mappings[name]?.expression ?? '';
  return (
    <AppPageFrame title="Mappings">
      <div className="panel">
        <h2>Apply mappings</h2>
        <p>
          Mappings are evaluated when a person is assigned, their profile changes, or a mapping is
          saved, not when group memberships change. Apply them to everyone assigned now:
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            disabled={apply.busy}
            onClick={() => void apply.submit({ type: 'applyMappings' })}
          >
            Apply updates now
          </button>
        </div>
        <ErrorText error={apply.error} />
      </div>
      <div className="table-scroll" role="region" aria-label="Mappings" tabIndex={0}>
        <table className="list mappings">
          <caption>
            {state.org.name} user to {app.label} user
          </caption>
          <thead>
            <tr>
              <th scope="col">App attribute</th>
              <th scope="col">Expression</th>
              <th scope="col">Apply on</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {app.attributes.map((attribute) => (
              <MappingRow
                key={attribute.variableName}
                appName={app.name}
                attribute={attribute}
                mapping={app.mappings[attribute.variableName]}
                draft={draftOf(attribute.variableName)}
                onDraft={(expression) =>
                  setDrafts({ ...drafts, [attribute.variableName]: expression })
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <MappingPreview state={state} drafts={drafts} />
    </AppPageFrame>
  );
}
