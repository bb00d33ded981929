import { describe, expect, it } from 'vitest';
import { MAX_KEPT_CHARS, redactBody } from './redact-body.ts';

const kept = (body: unknown) => JSON.parse(redactBody(JSON.stringify(body)) ?? 'null') as unknown;

describe('redactBody', () => {
  it('replaces passwords, secrets and tokens at any depth', () => {
    expect(
      kept({
        userName: 'ann',
        password: 'hunter2-hunter2',
        'urn:ietf:params:scim:schemas:core:2.0:User:password': 'x',
        nested: [{ client_secret: 's', apiKey: 'k', access_token: 't' }],
      }),
    ).toEqual({
      userName: 'ann',
      password: '[redacted]',
      'urn:ietf:params:scim:schemas:core:2.0:User:password': '[redacted]',
      nested: [{ client_secret: '[redacted]', apiKey: '[redacted]', access_token: '[redacted]' }],
    });
  });

  it('redacts the value of a PATCH operation on the password path, in any case', () => {
    expect(
      kept({
        Operations: [
          { op: 'Replace', path: 'Password', value: 'hunter2' },
          { op: 'replace', path: 'displayName', value: 'Ann' },
        ],
      }),
    ).toEqual({
      Operations: [
        { op: 'Replace', path: 'Password', value: '[redacted]' },
        { op: 'replace', path: 'displayName', value: 'Ann' },
      ],
    });
  });

  it('keeps role types that merely contain the word secret', () => {
    const body = { roles: [{ type: 'secret_scope_prod', value: 'Reader' }], secret_scope_dev: 'x' };
    expect(kept(body)).toEqual(body);
  });

  it('keeps no part of a body that is not JSON, or is too large', () => {
    expect(redactBody('password=hunter2')).toBe('[16 bytes, not JSON]');
    expect(redactBody('x'.repeat(300 * 1024))).toBe('[307200 bytes, too large to keep]');
    expect(redactBody(undefined)).toBeNull();
    expect(redactBody('')).toBeNull();
  });

  it('truncates long bodies', () => {
    const text = redactBody(JSON.stringify({ a: 'y'.repeat(MAX_KEPT_CHARS * 2) })) ?? '';
    expect(text.length).toBeLessThan(MAX_KEPT_CHARS + 100);
    expect(text).toMatch(/…\[truncated, \d+ characters in all\]$/);
  });
});

describe('redactBody on trusted JSON (the server’s own responses)', () => {
  it('keeps text without secret-like words as it is, and still redacts the rest', () => {
    const plain = '{"userName":"ann","active":true}';
    expect(redactBody(plain, { trustedJson: true })).toBe(plain);
    expect(redactBody('{"userName":"ann","urn:x:apiToken":"t"}', { trustedJson: true })).toBe(
      '{"userName":"ann","urn:x:apiToken":"[redacted]"}',
    );
  });
});
