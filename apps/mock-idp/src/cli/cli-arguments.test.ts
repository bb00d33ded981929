import { describe, expect, it } from 'vitest';
import { parseCommand } from './cli-arguments.ts';

describe('pnpm idp arguments', () => {
  it('reads a run with a bearer token or Basic credentials', () => {
    expect(
      parseCommand(
        [
          'run',
          'a.json',
          'b',
          '--base-url',
          'http://localhost:8080/scim/v2/demo',
          '--token',
          'demo-token',
        ],
        {},
      ),
    ).toEqual({
      name: 'run',
      files: ['a.json', 'b'],
      run: {
        baseUrl: 'http://localhost:8080/scim/v2/demo',
        auth: { type: 'bearer', token: 'demo-token' },
        runId: undefined,
        verbose: false,
        json: false,
        bail: false,
        cleanup: false,
        timeoutMs: undefined,
      },
    });
    const basic = parseCommand(
      ['run', 'a', '--base-url', 'http://h/scim', '--basic', 'okta:pa:ss', '--run-id', 'x1', '-v'],
      {},
    );
    expect(basic).toMatchObject({
      run: {
        auth: { type: 'basic', username: 'okta', password: 'pa:ss' },
        runId: 'x1',
        verbose: true,
      },
    });
    expect(
      parseCommand(['run', 'a', '--base-url', 'http://h'], { SCIM_TOKEN: 'from-env' }),
    ).toMatchObject({
      run: { auth: { type: 'bearer', token: 'from-env' } },
    });
  });

  it('explains what is missing or wrong', () => {
    const cases: [string[], RegExp][] = [
      [['run', 'a', '--token', 't'], /run needs --base-url/],
      [
        ['run', 'a', '--base-url', 'localhost:8080', '--token', 't'],
        /not an absolute http\(s\) URL/,
      ],
      [['run', 'a', '--base-url', 'http://h'], /run needs --token/],
      [['run', 'a', '--base-url', 'http://h', '--token', 't', '--basic', 'u:p'], /not both/],
      [
        ['run', 'a', '--base-url', 'http://h', '--basic', 'nopassword'],
        /--basic takes user:password/,
      ],
      [['run', '--base-url', 'http://h', '--token', 't'], /run needs at least one scenario/],
      [['run', 'a', '--base-url', 'http://h', '--token', 't', '--timeout', 'soon'], /milliseconds/],
      [['replay', 'a'], /Unknown command replay/],
      [['run', 'a', '--colour'], /Unknown option '--colour'/],
    ];
    for (const [argv, message] of cases)
      expect(() => parseCommand(argv, {}), argv.join(' ')).toThrow(message);
  });

  it('has help, check, scenarios and profiles', () => {
    expect(parseCommand([], {})).toEqual({ name: 'help' });
    expect(parseCommand(['run', '--help'], {})).toEqual({ name: 'help' });
    expect(parseCommand(['check', 'a.json'], {})).toEqual({ name: 'check', files: ['a.json'] });
    expect(parseCommand(['profiles'], {})).toEqual({ name: 'profiles' });
  });
});
