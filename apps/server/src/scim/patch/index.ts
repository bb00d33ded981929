export { applyPatch } from './apply-patch.ts';
