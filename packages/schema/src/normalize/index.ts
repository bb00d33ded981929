export { normalizeAttributeValue } from './attribute-value.ts';
export {
  normalizePatchRequest,
  MAX_PATCH_OPERATIONS,
  type PatchOperation,
  type PatchOperationName,
} from './patch-request.ts';
export {
  normalizeResource,
  splitQualifiedName,
  isJsonObject,
  type JsonObject,
} from './resource.ts';
