import { describe, expect, it } from 'vitest';
import { catchScimError } from '../filter/test-helpers.ts';
import { MAX_ENCODED_ROLE_VALUE_LENGTH } from './limits.ts';
import { readRoleIdText } from './role-id-text.ts';

const EDITOR = { type: 'workspace_prod', value: 'editor' };

describe('readRoleIdText: plain and JSON-encoded role ids', () => {
  it.each<[string, string]>([
    ['plain', 'workspace_prod:editor'],
    ['plain, mixed case', 'Workspace_Prod:EDITOR'],
    [
      'Entra app role (idp-wire-behavior.md §3.3 E-10)',
      '{"id":"06b0a1c2","value":"workspace_prod:editor","displayName":"Role1234"}',
    ],
    ['key in any case', '{"Value":"workspace_prod:editor"}'],
    ['leading whitespace', '  {"value":"workspace_prod:editor"}'],
  ])('%s', (_, text) => {
    expect(readRoleIdText(text)).toEqual(EDITOR);
  });

  it.each<[string, string, string]>([
    ['invalid JSON', '{"value":', 'Role value "{\\"value\\":" is not valid JSON'],
    ['JSON array', '["workspace_prod:editor"]', 'is not an object'],
    ['JSON string', '"workspace_prod:editor"', 'is not an object'],
    ['JSON null, read as a plain id', 'null', 'is not of the form "<type>:<value>"'],
    ['no value', '{"id":"06b0a1c2","displayName":"Role1234"}', 'has no "value" string'],
    ['empty value', '{"value":""}', 'has no "value" string'],
    ['value not a string', '{"value":{"value":"workspace_prod:editor"}}', 'has no "value" string'],
    ['two spellings of value', '{"value":"a","VALUE":"b"}', 'Both "value" and "VALUE" are given'],
    [
      'nested encoding',
      JSON.stringify({ value: JSON.stringify({ value: 'workspace_prod:editor' }) }),
      'nests another JSON document',
    ],
    ['value outside the grammar', '{"value":"Admin"}', 'Role id "Admin" is not of the form'],
  ])('refuses %s', (_, text, detail) => {
    const error = catchScimError(() => readRoleIdText(text));
    expect(error.scimType).toBe('invalidValue');
    expect(error.message).toContain(detail);
  });

  it('does not parse JSON longer than the cap', () => {
    const padding = ' '.repeat(MAX_ENCODED_ROLE_VALUE_LENGTH);
    const text = `{"value":"workspace_prod:editor"}${padding}`;
    expect(catchScimError(() => readRoleIdText(text)).message).toBe(
      'JSON-encoded role value is longer than 4096 characters',
    );
    expect(readRoleIdText(text.slice(0, MAX_ENCODED_ROLE_VALUE_LENGTH))).toEqual(EDITOR);
  });
});
