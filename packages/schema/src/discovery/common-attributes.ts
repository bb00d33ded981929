import { attribute, complex, type AttributeDefinition } from './attribute.ts';

/**
 * RFC 7643 §3.1: attributes every resource has. They are not part of any
 * schema's attribute list, but filters, sorting and PATCH paths reach them.
 */
export const commonAttributes: AttributeDefinition[] = [
  attribute('id', 'string', {
    mutability: 'readOnly',
    returned: 'always',
    uniqueness: 'server',
    caseExact: true,
    description: 'Unique identifier issued by the service provider.',
  }),
  attribute('externalId', 'string', {
    caseExact: true,
    description: 'Identifier issued by the provisioning client.',
  }),
  complex(
    'meta',
    [
      attribute('resourceType', 'string', { mutability: 'readOnly', caseExact: true }),
      attribute('created', 'dateTime', { mutability: 'readOnly' }),
      attribute('lastModified', 'dateTime', { mutability: 'readOnly' }),
      attribute('location', 'reference', { mutability: 'readOnly', referenceTypes: ['uri'] }),
      attribute('version', 'string', { mutability: 'readOnly', caseExact: true }),
    ],
    { mutability: 'readOnly', description: 'Resource metadata.' },
  ),
];
