import { useState } from 'react';
import type { AppAttribute, AttributeMapping, MappingApply } from '../../engine/index.ts';
import { ExpressionInput } from '../common/ExpressionInput.tsx';
import { useActionForm } from '../common/use-action-form.ts';

interface MappingRowProps {
  appName: string;
  attribute: AppAttribute;
  mapping: AttributeMapping | undefined;
  /** The expression as typed, shared with the preview. */
  draft: string;
  onDraft: (expression: string) => void;
}

/** One attribute's mapping: typed with inline errors, saved (and applied) on its own. */
export function MappingRow({ appName, attribute, mapping, draft, onDraft }: MappingRowProps) {
  const [apply, setApply] = useState<MappingApply>(mapping?.apply ?? 'createAndUpdate');
  const { busy, error, submit, clearError } = useActionForm();
  const saved = mapping?.expression ?? '';
  const dirty = draft !== saved || apply !== (mapping?.apply ?? 'createAndUpdate');
  const name = attribute.variableName;
  return (
    <tr>
      <th scope="row">
        {attribute.displayName}
        <div className="mono hint">{name}</div>
      </th>
      <td>
        <ExpressionInput
          label={`Mapping of ${name}`}
          labelHidden
          value={draft}
          onChange={(expression) => {
            // A refusal was about the previous text.
            clearError();
            onDraft(expression);
          }}
          check={{ apps: [appName] }}
          {...(error === undefined ? {} : { error })}
        />
      </td>
      <td>
        <select
          aria-label={`Apply mapping of ${name} on`}
          value={apply}
          onChange={(event) =>
            setApply(event.target.value === 'createOnly' ? 'createOnly' : 'createAndUpdate')
          }
        >
          <option value="createAndUpdate">Create and update</option>
          <option value="createOnly">Create only</option>
        </select>
      </td>
      <td>
        {dirty && (
          <div className="button-row">
            <button
              type="button"
              className="button-primary button-small"
              disabled={busy}
              aria-label={`Save mapping of ${name}`}
              onClick={() =>
                void submit({
                  type: 'setMapping',
                  variableName: name,
                  mapping: draft.trim() === '' ? null : { expression: draft, apply },
                })
              }
            >
              Save
            </button>
            <button
              type="button"
              className="button-secondary button-small"
              aria-label={`Undo changes to the mapping of ${name}`}
              onClick={() => {
                onDraft(saved);
                setApply(mapping?.apply ?? 'createAndUpdate');
              }}
            >
              Undo
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}
