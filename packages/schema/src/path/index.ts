/** SCIM PATCH path grammar (RFC 7644 §3.5.2). */
export { MAX_PATH_LENGTH, parsePath, pathUrn, type PatchPath } from './parse.ts';
