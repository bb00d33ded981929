import type { Person } from '../../engine/index.ts';

export function fullName(person: Person): string {
  return `${person.profile.firstName} ${person.profile.lastName}`;
}
