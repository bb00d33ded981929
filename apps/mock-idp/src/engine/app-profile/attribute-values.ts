import type { AppAttribute } from '../model/app.ts';

export type CoercedValue = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * A mapped or assigned value in the attribute's data type, as Okta stores it on the app user.
 * Null, undefined and "" all mean "no value" (okta-expression-language §7): the attribute is
 * left out of what is sent.
 */
export function coerceAttributeValue(attribute: AppAttribute, raw: unknown): CoercedValue {
  if (raw === null || raw === undefined || raw === '') return { ok: true, value: null };
  const fail = (): CoercedValue => ({
    ok: false,
    message: `${attribute.variableName} is ${attribute.dataType}, not ${JSON.stringify(raw)}`,
  });
  switch (attribute.dataType) {
    case 'string':
      if (typeof raw === 'string') return { ok: true, value: raw };
      if (typeof raw === 'number' || typeof raw === 'boolean')
        return { ok: true, value: String(raw) };
      return fail();
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      if (raw === 'true' || raw === 'false') return { ok: true, value: raw === 'true' };
      return fail();
    case 'integer':
    case 'number': {
      const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail();
      if (attribute.dataType === 'integer' && !Number.isInteger(value)) return fail();
      return { ok: true, value };
    }
    case 'string array': {
      const list = Array.isArray(raw) ? raw : [raw];
      if (!list.every((item) => typeof item === 'string')) return fail();
      return { ok: true, value: list.length === 0 ? null : list };
    }
  }
}

/** Deep equality of JSON values, for "did the app user profile change". */
export function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (left === null || right === null || left === undefined || right === undefined) {
    return (left ?? null) === (right ?? null);
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, i) => sameValue(item, right[i]));
  }
  if (typeof left === 'object' && typeof right === 'object') {
    const a = left as Record<string, unknown>;
    const b = right as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}
