import { describe, expect, it } from 'vitest';
import { targetOf } from './target-clients.ts';

describe('targetOf', () => {
  it('finds the origin and tenant of relative and absolute base URLs', () => {
    expect(targetOf('/scim/v2/demo', 'http://localhost:5173')).toEqual({
      origin: 'http://localhost:5173',
      tenant: 'demo',
    });
    expect(targetOf('https://scim.example.com/prefix/scim/v2/acme-co/', 'http://x')).toEqual({
      origin: 'https://scim.example.com/prefix',
      tenant: 'acme-co',
    });
  });

  it('gives nothing for a base URL without /scim/v2/<tenant>', () => {
    expect(targetOf('/scim/v2', 'http://localhost:5173')).toBeUndefined();
    expect(targetOf('https://example.com/api/scim', 'http://x')).toBeUndefined();
  });
});
