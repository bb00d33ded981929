export * from './errors.ts';
export * from './discovery/index.ts';
export * from './normalize/index.ts';
export * from './filter/index.ts';
export * from './path/index.ts';
export * from './models/index.ts';
export * from './messages/index.ts';
export * from './roles/index.ts';
