export * from './group.ts';
export * from './multi-valued.ts';
export { parseModel } from './parse.ts';
export * from './service-account.ts';
export * from './user.ts';
