import { useId, useState } from 'react';
import type { AppAttribute, AttributeDataType, EnumMember } from '../../engine/index.ts';
import { ErrorText } from '../common/ErrorText.tsx';
import { TextField } from '../common/TextField.tsx';
import { EnumMembersEditor } from './EnumMembersEditor.tsx';

const CORE = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const DATA_TYPES: AttributeDataType[] = ['string', 'boolean', 'integer', 'number', 'string array'];

interface AttributeFormProps {
  /** Editing this attribute; a new one when absent. */
  editing?: AppAttribute;
  busy: boolean;
  error: string | undefined;
  onSubmit: (attribute: AppAttribute) => void;
  onCancel?: () => void;
}

/** Profile Editor › Add / Edit attribute: names, where it goes in the SCIM user, enum members. */
export function AttributeForm({ editing, busy, error, onSubmit, onCancel }: AttributeFormProps) {
  const typeId = useId();
  const namespaceId = useId();
  const scopeId = useId();
  const enumId = useId();
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [variableName, setVariableName] = useState(editing?.variableName ?? '');
  const [dataType, setDataType] = useState<AttributeDataType>(editing?.dataType ?? 'string');
  const [externalName, setExternalName] = useState(editing?.externalName ?? '');
  const [namespace, setNamespace] = useState<string>(editing?.externalNamespace ?? CORE);
  const [scope, setScope] = useState(editing?.scope ?? 'personal');
  const [hasEnum, setHasEnum] = useState(editing?.enum !== undefined);
  const [members, setMembers] = useState<EnumMember[]>(editing?.enum ?? []);

  return (
    <form
      className="panel"
      aria-labelledby="attribute-form-title"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          variableName,
          displayName,
          dataType,
          externalName,
          externalNamespace: namespace === '' ? null : namespace,
          scope,
          ...(editing?.description === undefined ? {} : { description: editing.description }),
          ...(editing?.primary === undefined ? {} : { primary: editing.primary }),
          ...(hasEnum ? { enum: members.filter((m) => m.value !== '') } : {}),
        });
      }}
    >
      <h2 id="attribute-form-title">
        {editing ? `Edit ${editing.variableName}` : 'Add attribute'}
      </h2>
      <div className="field">
        <label htmlFor={typeId}>Data type</label>
        {/* Edit opens this form below the table: focus follows, so keyboard users land here. */}
        <select
          id={typeId}
          autoFocus={editing !== undefined}
          value={dataType}
          onChange={(e) => setDataType(e.target.value as AttributeDataType)}
        >
          {DATA_TYPES.map((type) => (
            <option key={type}>{type}</option>
          ))}
        </select>
      </div>
      <TextField label="Display name" required value={displayName} onChange={setDisplayName} />
      <TextField
        label="Variable name"
        required={editing === undefined}
        readOnly={editing !== undefined}
        value={variableName}
        onChange={setVariableName}
        mono
      />
      <TextField
        label="External name"
        required
        value={externalName}
        onChange={setExternalName}
        mono
      />
      <div className="field">
        <label htmlFor={namespaceId}>External namespace</label>
        <select id={namespaceId} value={namespace} onChange={(e) => setNamespace(e.target.value)}>
          <option value={CORE}>{CORE}</option>
          <option value={ENTERPRISE}>{ENTERPRISE}</option>
          <option value="">(none: never sent)</option>
          {namespace !== '' && namespace !== CORE && namespace !== ENTERPRISE && (
            <option value={namespace}>{namespace}</option>
          )}
        </select>
      </div>
      <div className="field">
        <label htmlFor={scopeId}>Attribute type</label>
        <select
          id={scopeId}
          value={scope}
          onChange={(e) => setScope(e.target.value === 'group' ? 'group' : 'personal')}
        >
          <option value="personal">Personal</option>
          <option value="group">Group</option>
        </select>
      </div>
      <div className="check-field">
        <input
          id={enumId}
          type="checkbox"
          checked={hasEnum}
          onChange={(e) => setHasEnum(e.target.checked)}
        />
        <label htmlFor={enumId}>Define enumerated list of values</label>
      </div>
      {hasEnum && <EnumMembersEditor members={members} onChange={setMembers} />}
      <ErrorText error={error} />
      <div className="actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {editing ? 'Save attribute' : 'Add attribute'}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
