import type { EnumMember } from '../../engine/index.ts';

/** The enum's members, one row each: display name and value, added and removed freely. */
export function EnumMembersEditor({
  members,
  onChange,
}: {
  members: EnumMember[];
  onChange: (members: EnumMember[]) => void;
}) {
  const change = (index: number, member: EnumMember) =>
    onChange(members.map((m, i) => (i === index ? member : m)));
  return (
    <fieldset className="enum-members">
      <legend>Attribute members</legend>
      {members.map((member, index) => (
        <div className="enum-member" key={index}>
          <input
            type="text"
            aria-label={`Display name of member ${index + 1}`}
            placeholder="Display name"
            value={member.displayName}
            onChange={(e) => change(index, { ...member, displayName: e.target.value })}
          />
          <input
            type="text"
            className="mono"
            aria-label={`Value of member ${index + 1}`}
            placeholder="Value"
            value={member.value}
            onChange={(e) => change(index, { ...member, value: e.target.value })}
          />
          <button
            type="button"
            className="button-secondary button-small"
            aria-label={`Remove member ${index + 1}`}
            onClick={() => onChange(members.filter((_, i) => i !== index))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button-secondary button-small"
        onClick={() => onChange([...members, { displayName: '', value: '' }])}
      >
        Add member
      </button>
    </fieldset>
  );
}
