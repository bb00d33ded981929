/** Starting with a bad configuration: one log line that says what is wrong, exit code 1. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

it('logs an invalid configuration and exits 1 without a stack trace', async () => {
  const result = await new Promise<{ code: number | null; stdout: string }>((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts'],
      {
        cwd: resolve(import.meta.dirname, '..'),
        env: { ...process.env, PORT: 'not-a-port', SCIM_ADMIN_TOKEN: 'short' },
        timeout: 30_000,
      },
      (error, stdout) => done({ code: error ? (error.code as number) : 0, stdout }),
    );
  });
  expect(result.code).toBe(1);
  const line = JSON.parse(result.stdout.trim()) as { level: number; msg: string; err: string };
  expect(line).toMatchObject({ level: 30, msg: 'invalid configuration' });
  expect(line.err).toContain('PORT');
  expect(line.err).toContain('SCIM_ADMIN_TOKEN');
  expect(result.stdout).not.toContain('short');
});
