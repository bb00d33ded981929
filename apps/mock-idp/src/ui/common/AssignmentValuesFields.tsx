import { useId } from 'react';
import type { AppAttribute } from '../../engine/index.ts';
import type { ValueDrafts } from './assignment-values.ts';

interface AssignmentValuesFieldsProps {
  attributes: readonly AppAttribute[];
  values: ValueDrafts;
  onChange: (values: ValueDrafts) => void;
}

function ValueField({
  attribute,
  value,
  onChange,
}: {
  attribute: AppAttribute;
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{attribute.displayName}</label>
      {attribute.enum ? (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">(none)</option>
          {attribute.enum.map((member) => (
            <option key={member.value} value={member.value}>
              {member.displayName}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}

/**
 * The assignment dialog's attribute fields: every app attribute that no mapping fills, as in
 * Okta (mapped attributes come from their expression, whatever the assignment says).
 */
export function AssignmentValuesFields({
  attributes,
  values,
  onChange,
}: AssignmentValuesFieldsProps) {
  if (attributes.length === 0) {
    return (
      <p className="hint">
        Every app attribute comes from a mapping: there is nothing to set here.
      </p>
    );
  }
  return (
    <fieldset className="values">
      <legend>Attribute values</legend>
      {attributes.map((attribute) => (
        <ValueField
          key={attribute.variableName}
          attribute={attribute}
          value={values[attribute.variableName] ?? ''}
          onChange={(value) => onChange({ ...values, [attribute.variableName]: value })}
        />
      ))}
    </fieldset>
  );
}
