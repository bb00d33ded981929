/**
 * The app user profile and mappings of Okta's SCIM 2.0 template app ("SCIM 2.0 Test App"),
 * reduced to the attributes a SCIM user carries: what a new app starts with in the Profile
 * Editor. Values that map to nothing are simply not sent (idp-wire-behavior §1.2 O-3).
 */
import type { AppAttribute, AttributeMapping } from '../model/app.ts';
import { CORE_USER_URN, ENTERPRISE_USER_URN } from '../scim-urns.ts';

interface TemplateAttribute {
  variableName: string;
  displayName: string;
  externalName: string;
  namespace?: string;
  /** Okta user attribute it is mapped from by default. */
  from: string;
  primary?: boolean;
}

const TEMPLATE: TemplateAttribute[] = [
  { variableName: 'userName', displayName: 'Username', externalName: 'userName', from: 'login' },
  {
    variableName: 'givenName',
    displayName: 'Given name',
    externalName: 'name.givenName',
    from: 'firstName',
  },
  {
    variableName: 'familyName',
    displayName: 'Family name',
    externalName: 'name.familyName',
    from: 'lastName',
  },
  {
    variableName: 'middleName',
    displayName: 'Middle name',
    externalName: 'name.middleName',
    from: 'middleName',
  },
  {
    variableName: 'honorificPrefix',
    displayName: 'Honorific prefix',
    externalName: 'name.honorificPrefix',
    from: 'honorificPrefix',
  },
  {
    variableName: 'email',
    displayName: 'Primary email',
    externalName: "emails.^[type=='work'].value",
    from: 'email',
    primary: true,
  },
  {
    variableName: 'displayName',
    displayName: 'Display name',
    externalName: 'displayName',
    from: 'displayName',
  },
  { variableName: 'nickName', displayName: 'Nickname', externalName: 'nickName', from: 'nickName' },
  { variableName: 'title', displayName: 'Title', externalName: 'title', from: 'title' },
  {
    variableName: 'primaryPhone',
    displayName: 'Primary phone',
    externalName: "phoneNumbers.^[type=='work'].value",
    from: 'primaryPhone',
    primary: true,
  },
  {
    variableName: 'mobilePhone',
    displayName: 'Mobile phone',
    externalName: "phoneNumbers.^[type=='mobile'].value",
    from: 'mobilePhone',
  },
  {
    variableName: 'preferredLanguage',
    displayName: 'Preferred language',
    externalName: 'preferredLanguage',
    from: 'preferredLanguage',
  },
  { variableName: 'locale', displayName: 'Locale', externalName: 'locale', from: 'locale' },
  {
    variableName: 'timezone',
    displayName: 'Time zone',
    externalName: 'timezone',
    from: 'timezone',
  },
  {
    variableName: 'userType',
    displayName: 'User type',
    externalName: 'userType',
    from: 'userType',
  },
  {
    variableName: 'employeeNumber',
    displayName: 'Employee number',
    externalName: 'employeeNumber',
    namespace: ENTERPRISE_USER_URN,
    from: 'employeeNumber',
  },
  {
    variableName: 'department',
    displayName: 'Department',
    externalName: 'department',
    namespace: ENTERPRISE_USER_URN,
    from: 'department',
  },
  {
    variableName: 'division',
    displayName: 'Division',
    externalName: 'division',
    namespace: ENTERPRISE_USER_URN,
    from: 'division',
  },
  {
    variableName: 'costCenter',
    displayName: 'Cost center',
    externalName: 'costCenter',
    namespace: ENTERPRISE_USER_URN,
    from: 'costCenter',
  },
  {
    variableName: 'organization',
    displayName: 'Organization',
    externalName: 'organization',
    namespace: ENTERPRISE_USER_URN,
    from: 'organization',
  },
];

export function templateAttributes(): AppAttribute[] {
  return TEMPLATE.map((entry) => ({
    variableName: entry.variableName,
    displayName: entry.displayName,
    dataType: 'string',
    externalName: entry.externalName,
    externalNamespace: entry.namespace ?? CORE_USER_URN,
    scope: 'personal',
    ...(entry.primary ? { primary: true } : {}),
  }));
}

/** `givenName ← user.firstName` and so on, applied on create and update. */
export function templateMappings(): Record<string, AttributeMapping> {
  return Object.fromEntries(
    TEMPLATE.map((entry) => [
      entry.variableName,
      { expression: `user.${entry.from}`, apply: 'createAndUpdate' } satisfies AttributeMapping,
    ]),
  );
}
