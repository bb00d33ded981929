/** Text helpers for the role grammar: ASCII case folding, ordering, and quoting input in details. */

/**
 * Lower-cases A–Z only. Full Unicode folding would turn look-alikes such as the Kelvin sign
 * (U+212A) into `k`, letting them pass as grammar words.
 */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}

/** Code-unit order, independent of the host locale, for stable output. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SHOWN_LENGTH = 64;

/**
 * Renders client input for an error detail: strings JSON-quoted (so "" and control characters are
 * visible) and cut to 64 characters; other values by kind.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
