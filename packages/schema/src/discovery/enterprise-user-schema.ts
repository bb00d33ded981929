import { attribute, complex, type SchemaDefinition } from './attribute.ts';
import { URN } from './urns.ts';

/** RFC 7643 §4.3 and §8.7.1: the Enterprise User extension. */
export const enterpriseUserSchema: SchemaDefinition = {
  id: URN.enterpriseUser,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    attribute('employeeNumber', 'string', {
      description: 'A string identifier, typically numeric or alphanumeric.',
    }),
    attribute('costCenter', 'string', { description: 'Identifies the name of a cost center.' }),
    attribute('organization', 'string', { description: 'Identifies the name of an organization.' }),
    attribute('division', 'string', { description: 'Identifies the name of a division.' }),
    attribute('department', 'string', { description: 'Identifies the name of a department.' }),
    complex(
      'manager',
      [
        attribute('value', 'string', {
          description: 'The id of the SCIM resource representing the manager.',
        }),
        attribute('$ref', 'reference', {
          referenceTypes: ['User'],
          description: "The URI of the manager's resource.",
        }),
        attribute('displayName', 'string', {
          mutability: 'readOnly',
          description: "The displayName of the user's manager.",
        }),
      ],
      { description: "The user's manager." },
    ),
  ],
};
