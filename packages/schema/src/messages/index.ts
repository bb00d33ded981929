export * from './error.ts';
export * from './list-response.ts';
export * from './patch-op.ts';
