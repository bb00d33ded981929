import type { EffectiveRole, RoleSource } from './read-target-user.ts';

function sourceText(source: RoleSource): string {
  if (source.kind === 'direct') return 'direct';
  const via = source.via.id === source.group.id ? '' : ` (via ${source.via.displayName})`;
  return `group ${source.group.displayName}${via}`;
}

/** Effective roles, each with every place it comes from. */
export function EffectiveAccessTable({ roles }: { roles: EffectiveRole[] }) {
  if (roles.length === 0) return <p>No effective roles.</p>;
  return (
    <table className="list compact">
      <caption>Effective access</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">From</th>
        </tr>
      </thead>
      <tbody>
        {roles.map((role) => (
          <tr key={role.id}>
            <td className="mono">
              {role.type}: {role.value}
            </td>
            <td>{role.sources.map(sourceText).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
