import { attribute, multiValued, type SchemaDefinition } from './attribute.ts';
import { URN } from './urns.ts';

/**
 * A non-human account (automation, CI, integrations): this server's own
 * resource type, so its schema is outside the IETF namespace. Like a User it
 * can be deactivated, hold roles and belong to groups.
 */
export const serviceAccountSchema: SchemaDefinition = {
  id: URN.serviceAccount,
  name: 'ServiceAccount',
  description: 'Service Account',
  attributes: [
    attribute('displayName', 'string', {
      required: true,
      uniqueness: 'server',
      description: 'A human-readable name for the service account, unique per tenant.',
    }),
    attribute('description', 'string', { description: 'What the service account is for.' }),
    attribute('active', 'boolean', { description: "The service account's administrative status." }),
    multiValued('roles', 'Role assignments of the service account, in the role-type grammar.'),
    multiValued(
      'groups',
      'Groups the service account belongs to directly; maintained by the server.',
      {
        mutability: 'readOnly',
        canonicalTypes: ['direct'],
        referenceTypes: ['Group'],
        extra: [
          attribute('$ref', 'reference', {
            mutability: 'readOnly',
            referenceTypes: ['Group'],
            description: 'The URI of the Group.',
          }),
        ],
      },
    ),
  ],
};
