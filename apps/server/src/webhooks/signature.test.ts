import { describe, expect, it } from 'vitest';
import { generateWebhookSecret, signPayload, verifySignature } from './signature.ts';

describe('webhook signatures', () => {
  const secret = generateWebhookSecret();
  const at = new Date('2026-11-23T12:00:00Z');
  const body = '{"events":[]}';

  it('verifies what it signed', () => {
    expect(verifySignature(secret, body, signPayload(secret, body, at), at)).toBe(true);
  });

  it('refuses another body, another secret, a stale or a malformed header', () => {
    const header = signPayload(secret, body, at);
    expect(verifySignature(secret, `${body} `, header, at)).toBe(false);
    expect(verifySignature(generateWebhookSecret(), body, header, at)).toBe(false);
    expect(verifySignature(secret, body, header, new Date(at.getTime() + 301_000))).toBe(false);
    expect(verifySignature(secret, body, 't=1,v1=zz', at)).toBe(false);
    expect(verifySignature(secret, body, null, at)).toBe(false);
  });

  it('makes secrets that differ and carry 256 bits', () => {
    const a = generateWebhookSecret();
    expect(a).not.toBe(generateWebhookSecret());
    expect(Buffer.from(a.slice('whsec_'.length), 'base64url')).toHaveLength(32);
  });
});
