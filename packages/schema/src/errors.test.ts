import { describe, expect, it } from 'vitest';
import { SCIM_TYPE_STATUS, ScimError } from './errors.ts';

describe('ScimError', () => {
  it('takes the status of a scimType from the RFC 7644 §3.12 table', () => {
    expect(ScimError.of('uniqueness', 'taken').status).toBe(409);
    for (const [scimType, status] of Object.entries(SCIM_TYPE_STATUS)) {
      expect(ScimError.of(scimType as keyof typeof SCIM_TYPE_STATUS, 'x').status).toBe(status);
    }
  });

  it('renders the wire body with status as a string and no scimType when there is none', () => {
    expect(ScimError.of('invalidFilter', 'bad').toBody()).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '400',
      scimType: 'invalidFilter',
      detail: 'bad',
    });
    expect(ScimError.notFound('gone').toBody()).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '404',
      detail: 'gone',
    });
  });
});
