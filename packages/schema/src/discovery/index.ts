export * from './attribute.ts';
export { commonAttributes } from './common-attributes.ts';
export { enterpriseUserSchema } from './enterprise-user-schema.ts';
export { groupSchema } from './group-schema.ts';
export { roleSchema } from './role-schema.ts';
export { userSchema } from './user-schema.ts';
export * from './resource-types.ts';
export { URN, isUrn } from './urns.ts';
export * from './documents.ts';
