/**
 * Request and response bodies as the request log keeps them: secrets
 * replaced, size bounded. A key is secret when it ends in password,
 * secret, token or API key (`password`, `client_secret`, `apiToken`,
 * `urn:…:User:password`), and so is the `value` of a PATCH operation whose
 * `path` is such an attribute (RFC 7644 §3.5.2: `{"path":"password"}`).
 * Role types like `secret_scope_prod` are not secrets and stay readable.
 */
const SECRET_KEY = /(password|passwd|secret|token|api[_-]?key)$/i;

export const REDACTED = '[redacted]';
/** Text without any of these words has no secret key or path: it is kept without parsing. */
const SECRET_WORD = /pass|secret|token|api[_-]?key/i;
/** Bodies above this are not parsed or kept: the log notes their size instead. */
export const MAX_PARSED_BYTES = 256 * 1024;
/** What is kept of a body, after redaction. */
export const MAX_KEPT_CHARS = 16 * 1024;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}

export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  const secretPath = typeof object.path === 'string' && isSecretKey(object.path.trim());
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) {
    result[key] =
      isSecretKey(key) || (secretPath && key.toLowerCase() === 'value')
        ? REDACTED
        : redactValue(inner);
  }
  return result;
}

/**
 * The text to keep for a body: redacted JSON, truncated; or a note saying
 * why there is none. `trustedJson` is for the server's own responses: JSON
 * by construction, so one without a secret-like word is kept unparsed
 * (the request log then costs little on the hot path).
 */
export function redactBody(
  body: string | Uint8Array | undefined,
  { trustedJson = false }: { trustedJson?: boolean } = {},
): string | null {
  if (body === undefined) return null;
  const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (size === 0) return null;
  if (size > MAX_PARSED_BYTES) return `[${size} bytes, too large to keep]`;
  const raw = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
  if (trustedJson && !SECRET_WORD.test(raw)) return truncated(raw);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // Not JSON: it may hold anything, so none of it is kept.
    return `[${size} bytes, not JSON]`;
  }
  return truncated(JSON.stringify(redactValue(parsed)));
}

function truncated(text: string): string {
  return text.length > MAX_KEPT_CHARS
    ? `${text.slice(0, MAX_KEPT_CHARS)}…[truncated, ${text.length} characters in all]`
    : text;
}
