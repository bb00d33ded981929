import { attribute, complex, multiValued, type SchemaDefinition } from './attribute.ts';
import { URN } from './urns.ts';

/** RFC 7643 §4.1 and §8.7.1: the core User schema. */
export const userSchema: SchemaDefinition = {
  id: URN.user,
  name: 'User',
  description: 'User Account',
  attributes: [
    attribute('userName', 'string', {
      required: true,
      uniqueness: 'server',
      description: 'Unique identifier for the User, compared case-insensitively.',
    }),
    complex(
      'name',
      [
        attribute('formatted', 'string', { description: 'The full name, formatted for display.' }),
        attribute('familyName', 'string', { description: 'The family name (last name).' }),
        attribute('givenName', 'string', { description: 'The given name (first name).' }),
        attribute('middleName', 'string', { description: 'The middle name(s).' }),
        attribute('honorificPrefix', 'string', { description: 'Title, e.g. "Ms.".' }),
        attribute('honorificSuffix', 'string', { description: 'Suffix, e.g. "III".' }),
      ],
      { description: "The components of the user's real name." },
    ),
    attribute('displayName', 'string', { description: 'The name of the User, for display.' }),
    attribute('nickName', 'string', { description: 'The casual way to address the user.' }),
    attribute('profileUrl', 'reference', {
      referenceTypes: ['external'],
      description: "A URI of the user's online profile.",
    }),
    attribute('title', 'string', { description: 'The user\'s title, e.g. "Vice President".' }),
    attribute('userType', 'string', {
      description: 'The relationship between the organization and the user.',
    }),
    attribute('preferredLanguage', 'string', {
      description: "The user's preferred language (RFC 7231).",
    }),
    attribute('locale', 'string', { description: "The user's default location, e.g. en-US." }),
    attribute('timezone', 'string', {
      description: 'The IANA time zone, e.g. "America/Los_Angeles".',
    }),
    attribute('active', 'boolean', { description: "The user's administrative status." }),
    attribute('password', 'string', {
      mutability: 'writeOnly',
      returned: 'never',
      description: "The user's cleartext password; accepted, never returned.",
    }),
    multiValued('emails', 'Email addresses for the user.', {
      canonicalTypes: ['work', 'home', 'other'],
    }),
    multiValued('phoneNumbers', 'Phone numbers for the user.', {
      canonicalTypes: ['work', 'home', 'mobile', 'fax', 'pager', 'other'],
    }),
    multiValued('ims', 'Instant messaging addresses for the user.', {
      canonicalTypes: ['aim', 'gtalk', 'icq', 'xmpp', 'msn', 'skype', 'qq', 'yahoo'],
    }),
    multiValued('photos', 'URLs of images of the user.', {
      valueType: 'reference',
      referenceTypes: ['external'],
      canonicalTypes: ['photo', 'thumbnail'],
    }),
    complex(
      'addresses',
      [
        attribute('formatted', 'string', { description: 'The full mailing address.' }),
        attribute('streetAddress', 'string', { description: 'The full street address.' }),
        attribute('locality', 'string', { description: 'The city or locality.' }),
        attribute('region', 'string', { description: 'The state or region.' }),
        attribute('postalCode', 'string', { description: 'The zip code or postal code.' }),
        attribute('country', 'string', { description: 'The country name (ISO 3166-1 alpha-2).' }),
        attribute('type', 'string', {
          canonicalValues: ['work', 'home', 'other'],
          description: "A label indicating the address's function.",
        }),
        attribute('primary', 'boolean', { description: 'Whether this is the preferred address.' }),
      ],
      { multiValued: true, description: 'Physical mailing addresses for this user.' },
    ),
    multiValued(
      'groups',
      'Groups the user belongs to, directly or indirectly; maintained by the server.',
      {
        mutability: 'readOnly',
        canonicalTypes: ['direct', 'indirect'],
        referenceTypes: ['User', 'Group'],
        extra: [
          attribute('$ref', 'reference', {
            mutability: 'readOnly',
            referenceTypes: ['User', 'Group'],
            description: 'The URI of the Group.',
          }),
        ],
      },
    ),
    multiValued('entitlements', 'Entitlements for the user.'),
    multiValued('roles', 'Roles for the user.'),
    multiValued('x509Certificates', 'DER-encoded X.509 certificates issued to the user.', {
      valueType: 'binary',
    }),
  ],
};
