/**
 * Reading and writing app attributes inside a SCIM resource by external name and namespace
 * (idp-wire-behavior §1.4): the core namespace is the top level, any other URN an object
 * keyed by it; `^[k=='v']` selects, or creates, one element of a multi-valued attribute, so
 * several role attributes merge into one `roles` array exactly as Okta serialises them.
 */
import { CORE_USER_URN } from '../scim-urns.ts';
import { parseExternalName, type ExternalNameStep } from './external-name.ts';

export type ScimObject = Record<string, unknown>;

export interface AttributeLocation {
  externalName: string;
  externalNamespace: string;
  /** Give a created `^[…]` element `primary: true`. */
  primary?: boolean;
}

function isObject(value: unknown): value is ScimObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SCIM attribute names and `type` values compare case-insensitively (RFC 7643 §2.1). */
function sameSelectorValue(actual: unknown, wanted: string | boolean): boolean {
  if (typeof wanted === 'boolean') return actual === wanted || actual === String(wanted);
  return typeof actual === 'string' && actual.toLowerCase() === wanted.toLowerCase();
}

function findKey(object: ScimObject, name: string): string | undefined {
  if (Object.hasOwn(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

function rootOf(resource: ScimObject, namespace: string, create: boolean): ScimObject | undefined {
  if (namespace === CORE_USER_URN) return resource;
  const key = findKey(resource, namespace);
  const existing = key === undefined ? undefined : resource[key];
  if (isObject(existing)) return existing;
  if (!create) return undefined;
  const created: ScimObject = {};
  resource[namespace] = created;
  return created;
}

/** Sets the attribute's value, creating objects, arrays and selected elements on the way. */
export function writeAttribute(resource: ScimObject, at: AttributeLocation, value: unknown): void {
  const { steps } = parseExternalName(at.externalName);
  let target = rootOf(resource, at.externalNamespace, true) as ScimObject;
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as ExternalNameStep & { kind: 'attribute' };
    const next = steps[index + 1];
    const key = findKey(target, step.name) ?? step.name;
    if (next === undefined) {
      target[key] = value;
      return;
    }
    if (next.kind === 'select') {
      const list = Array.isArray(target[key]) ? (target[key] as unknown[]) : [];
      target[key] = list;
      let element = list.find(
        (item): item is ScimObject =>
          isObject(item) && sameSelectorValue(item[next.key], next.value),
      );
      if (!element) {
        element = { [next.key]: next.value, ...(at.primary ? { primary: true } : {}) };
        list.push(element);
      }
      target = element;
      index += 1;
    } else {
      const child = target[key];
      const object: ScimObject = isObject(child) ? child : {};
      target[key] = object;
      target = object;
    }
  }
}

/** The attribute's value, or undefined when the resource does not have it. */
export function readAttribute(resource: ScimObject, at: AttributeLocation): unknown {
  const { steps } = parseExternalName(at.externalName);
  let current: unknown = rootOf(resource, at.externalNamespace, false);
  for (const step of steps) {
    if (step.kind === 'attribute') {
      if (!isObject(current)) return undefined;
      const key = findKey(current, step.name);
      current = key === undefined ? undefined : current[key];
    } else {
      if (!Array.isArray(current)) return undefined;
      current = current.find(
        (item) => isObject(item) && sameSelectorValue(item[step.key], step.value),
      );
    }
  }
  return current ?? undefined;
}

/**
 * Clears the attribute. A selected element left with nothing but its selector (and `primary`)
 * is removed from its array, and an emptied array or extension object is dropped, so a cleared
 * role slot disappears from `roles` instead of leaving `{"type":"workspace_prod"}` behind.
 */
export function removeAttribute(resource: ScimObject, at: AttributeLocation): void {
  const { steps } = parseExternalName(at.externalName);
  const root = rootOf(resource, at.externalNamespace, false);
  if (!root) return;
  removeSteps(root, steps);
  if (at.externalNamespace !== CORE_USER_URN && Object.keys(root).length === 0) {
    const key = findKey(resource, at.externalNamespace);
    if (key !== undefined) delete resource[key];
  }
}

function removeSteps(target: ScimObject, steps: ExternalNameStep[]): void {
  const [step, next, ...rest] = steps;
  if (step?.kind !== 'attribute') return;
  const key = findKey(target, step.name);
  if (key === undefined) return;
  if (next === undefined) {
    delete target[key];
    return;
  }
  const child = target[key];
  if (next.kind === 'attribute') {
    if (!isObject(child)) return;
    removeSteps(child, [next, ...rest]);
    if (Object.keys(child).length === 0) delete target[key];
    return;
  }
  if (!Array.isArray(child)) return;
  const index = child.findIndex(
    (item) => isObject(item) && sameSelectorValue(item[next.key], next.value),
  );
  const element: unknown = child[index];
  if (!isObject(element)) return;
  removeSteps(element, rest);
  const left = Object.keys(element).filter((name) => name !== next.key && name !== 'primary');
  if (left.length === 0) child.splice(index, 1);
  if (child.length === 0) delete target[key];
}

/**
 * The attribute as a SCIM PATCH path (RFC 7644 §3.5.2), as Entra writes its target attributes
 * (idp-wire-behavior §3.3 E-5, E-8): `name.givenName`, `emails[type eq "work"].value`,
 * `urn:…:enterprise:2.0:User:employeeNumber`.
 */
export function scimPathOf(at: AttributeLocation): string {
  const { steps } = parseExternalName(at.externalName);
  let path = '';
  for (const step of steps) {
    if (step.kind === 'attribute') path += path === '' ? step.name : `.${step.name}`;
    else path += `[${step.key} eq ${JSON.stringify(step.value)}]`;
  }
  return at.externalNamespace === CORE_USER_URN ? path : `${at.externalNamespace}:${path}`;
}

/** Whether the path selects an element of a multi-valued attribute. */
export function hasSelector(at: AttributeLocation): boolean {
  return parseExternalName(at.externalName).steps.some((step) => step.kind === 'select');
}
