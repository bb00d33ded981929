import { attribute, complex, multiValued, type SchemaDefinition } from './attribute.ts';
import { URN } from './urns.ts';

/** RFC 7643 §4.2 and §8.7.1: the core Group schema. */
export const groupSchema: SchemaDefinition = {
  id: URN.group,
  name: 'Group',
  description: 'Group',
  attributes: [
    attribute('displayName', 'string', {
      required: true,
      uniqueness: 'server',
      description: 'A human-readable name for the Group, unique per tenant.',
    }),
    complex(
      'members',
      [
        attribute('value', 'string', {
          mutability: 'immutable',
          description: 'Identifier of the member.',
        }),
        attribute('$ref', 'reference', {
          mutability: 'immutable',
          referenceTypes: ['User', 'Group', 'ServiceAccount'],
          description: 'The URI of the member resource.',
        }),
        attribute('type', 'string', {
          mutability: 'immutable',
          canonicalValues: ['User', 'Group', 'ServiceAccount'],
          description: 'The type of the member resource.',
        }),
        attribute('display', 'string', {
          mutability: 'readOnly',
          description: 'The display name of the member (computed by the server).',
        }),
      ],
      { multiValued: true, description: 'A list of members of the Group.' },
    ),
    // This server's additions to the Group (Tecton's access model): members inherit the group's roles.
    attribute('description', 'string', { description: 'What the group is for.' }),
    attribute('idpMappingNames', 'string', {
      multiValued: true,
      description: 'Names of the identity-provider groups mapped to this group.',
    }),
    multiValued(
      'roles',
      'Role assignments of the group, in the role-type grammar; members inherit them.',
    ),
  ],
};
