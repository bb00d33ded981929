import { useState } from 'react';
import type { AppAttribute } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { useActionForm } from '../common/use-action-form.ts';
import { useIdpState } from '../console/use-idp-state.ts';
import { AttributeForm } from './AttributeForm.tsx';
import { AppPageFrame } from './AppPageFrame.tsx';

function namespaceLabel(namespace: string | null): string {
  if (namespace === null) return 'not sent';
  if (namespace.endsWith(':core:2.0:User')) return 'core';
  if (namespace.endsWith(':enterprise:2.0:User')) return 'enterprise';
  return namespace;
}

function AttributeRow({ attribute, onEdit }: { attribute: AppAttribute; onEdit: () => void }) {
  const { busy, error, submit } = useActionForm();
  return (
    <tr>
      <td>{attribute.displayName}</td>
      <td className="mono">{attribute.variableName}</td>
      <td>{attribute.dataType}</td>
      <td className="mono">{attribute.externalName}</td>
      <td>{namespaceLabel(attribute.externalNamespace)}</td>
      <td>{attribute.enum?.map((member) => member.value).join(', ') ?? '—'}</td>
      <td>
        <div className="button-row">
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={`Edit ${attribute.variableName}`}
            onClick={onEdit}
          >
            Edit
          </button>
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={`Remove ${attribute.variableName}`}
            disabled={busy}
            onClick={() => {
              if (
                window.confirm(
                  `Remove ${attribute.variableName}, its mapping and its assignment values?`,
                )
              ) {
                void submit({ type: 'removeAttribute', variableName: attribute.variableName });
              }
            }}
          >
            Remove
          </button>
        </div>
        <ErrorText error={error} />
      </td>
    </tr>
  );
}

/** Provisioning › Profile Editor: the app user profile and where each attribute goes in SCIM. */
export function ProfileEditorPage() {
  const { app } = useIdpState();
  const [editing, setEditing] = useState<AppAttribute>();
  const form = useActionForm();

  async function save(attribute: AppAttribute) {
    const result = await form.submit(
      editing ? { type: 'updateAttribute', attribute } : { type: 'addAttribute', attribute },
    );
    if (result.ok) setEditing(undefined);
  }

  return (
    <AppPageFrame title="Profile Editor">
      <div className="table-scroll" role="region" aria-label="Attributes" tabIndex={0}>
        <table className="list">
          <caption>{app.label} user attributes</caption>
          <thead>
            <tr>
              <th scope="col">Display name</th>
              <th scope="col">Variable name</th>
              <th scope="col">Data type</th>
              <th scope="col">External name</th>
              <th scope="col">Namespace</th>
              <th scope="col">Enum members</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {app.attributes.map((attribute) => (
              <AttributeRow
                key={attribute.variableName}
                attribute={attribute}
                onEdit={() => {
                  form.clearError();
                  setEditing(attribute);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <AttributeForm
        key={editing?.variableName ?? 'new'}
        {...(editing ? { editing, onCancel: () => setEditing(undefined) } : {})}
        busy={form.busy}
        error={form.error}
        onSubmit={(attribute) => void save(attribute)}
      />
    </AppPageFrame>
  );
}
