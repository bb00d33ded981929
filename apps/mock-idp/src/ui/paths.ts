/** Every page of the console, so links and routes cannot drift apart. */
export const paths = {
  dashboard: '/',
  people: '/people',
  person: (id: string) => `/people/${encodeURIComponent(id)}`,
  groups: '/groups',
  groupRules: '/groups/rules',
  group: (id: string) => `/groups/${encodeURIComponent(id)}`,
  general: '/app/general',
  integration: '/app/provisioning/integration',
  toApp: '/app/provisioning/to-app',
  profileEditor: '/app/provisioning/profile-editor',
  mappings: '/app/provisioning/mappings',
  assignments: '/app/assignments',
  pushGroups: '/app/push-groups',
  import: '/app/import',
  systemLog: '/reports/system-log',
  settings: '/settings',
} as const;
