/**
 * Okta's "External name" of an app attribute (idp-wire-behavior §1.4): a dotted path into the
 * SCIM resource where `x.^[k=='v'].sub` means "the element of multi-valued `x` whose `k` is
 * `v`, attribute `sub`". Selector values may be quoted with ' or ", or bare (`^[type==photo]`);
 * bare true/false are Booleans (`roles.^[primary==true].value`).
 */

export type ExternalNameStep =
  { kind: 'attribute'; name: string } | { kind: 'select'; key: string; value: string | boolean };

export interface ExternalName {
  text: string;
  steps: ExternalNameStep[];
}

export class ExternalNameError extends Error {
  override readonly name = 'ExternalNameError';
  constructor(
    readonly detail: string,
    /** 1-based column in the external name. */
    readonly column: number,
  ) {
    super(`${detail} at column ${column}`);
  }
}

const ATTRIBUTE = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
const SELECTOR =
  /^\^\[\s*([A-Za-z_$][A-Za-z0-9_$]*)\s*==\s*('([^']*)'|"([^"]*)"|([^\]'"\s]+))\s*\]/;

const cache = new Map<string, ExternalName>();

export function parseExternalName(text: string): ExternalName {
  const cached = cache.get(text);
  if (cached) return cached;
  const steps: ExternalNameStep[] = [];
  let position = 0;
  while (position <= text.length) {
    const rest = text.slice(position);
    const column = position + 1;
    const selector = SELECTOR.exec(rest);
    if (selector) {
      if (steps.at(-1)?.kind !== 'attribute') {
        throw new ExternalNameError('A ^[…] selector must follow a multi-valued attribute', column);
      }
      const [matched, key = '', , single, double, bare = ''] = selector;
      const quoted = single ?? double;
      const value = quoted ?? (bare === 'true' ? true : bare === 'false' ? false : bare);
      steps.push({ kind: 'select', key, value });
      position += matched.length;
    } else {
      const attribute = ATTRIBUTE.exec(rest);
      if (!attribute) {
        const found = rest === '' ? 'the end' : `'${rest[0] ?? ''}'`;
        throw new ExternalNameError(`Expected an attribute name but found ${found}`, column);
      }
      steps.push({ kind: 'attribute', name: attribute[0] });
      position += attribute[0].length;
    }
    if (position === text.length) break;
    if (text[position] !== '.') {
      throw new ExternalNameError(`Expected '.' but found '${text[position] ?? ''}'`, position + 1);
    }
    position += 1;
  }
  if (steps.at(-1)?.kind !== 'attribute') {
    throw new ExternalNameError('An external name must end with an attribute', text.length + 1);
  }
  const parsed = { text, steps };
  cache.set(text, parsed);
  return parsed;
}

/** Problem with an external name, for forms and scenario validation; undefined when valid. */
export function externalNameProblem(text: string): string | undefined {
  try {
    parseExternalName(text);
    return undefined;
  } catch (error) {
    if (error instanceof ExternalNameError) return error.message;
    throw error;
  }
}
