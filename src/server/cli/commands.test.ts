/** `galley users` and `galley import` run as a user runs them, against a SQLite file in a temp dir. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/passwords.ts';
import { openDatabase } from '../db/connect.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function galley(args: string[], env: Record<string, string>, input?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: root,
      env: { ...process.env, GALLEY_SCRYPT_N: '1024', DATABASE_URL: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
  });
}

describe('galley users and galley import', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'galley-cli-'));
    env = { GALLEY_DB: join(dir, 'db', 'galley.db') };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a user with a password from stdin, stores only its hash, and lists it', async () => {
    const add = await galley(
      ['users', 'add', 'Wang', '--role', 'supervisor', '--password-stdin'],
      env,
      'a long secret\n',
    );
    expect(add).toMatchObject({ code: 0, stdout: 'Added wang (supervisor).\n' });
    const { db, close } = await openDatabase({ file: env.GALLEY_DB });
    const row = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'wang')
      .executeTakeFirstOrThrow();
    await close();
    expect(row.password_hash).not.toContain('a long secret');
    expect(await verifyPassword('a long secret', row.password_hash)).toBe(true);
    const list = await galley(['users', 'list'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^wang\s+supervisor\s+yes\s+Wang$/m);
  });

  it('refuses to add a user without a terminal or --password-stdin, and a bad role', async () => {
    const noTty = await galley(['users', 'add', 'li', '--role', 'editor'], env);
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toMatch(/--password-stdin/);
    const badRole = await galley(
      ['users', 'add', 'li', '--role', 'boss', '--password-stdin'],
      env,
      'a long secret',
    );
    expect(badRole.code).toBe(2);
    const taken = await galley(
      ['users', 'add', 'WANG', '--role', 'editor', '--password-stdin'],
      env,
      'a long secret',
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/taken/);
  });

  it('imports a directory, reports duplicates and failures, and exits 1 when a file failed', async () => {
    const inbox = join(dir, 'inbox');
    mkdirSync(join(inbox, 'sub'), { recursive: true });
    mkdirSync(join(inbox, 'zz'), { recursive: true });
    writeFileSync(join(inbox, '衡阳晚报-2022-09-01-A01.txt'), '第一篇\n正文。\n');
    writeFileSync(join(inbox, 'sub', '衡阳晚报-2022-09-02-A01.txt'), '第二篇\n正文。\n');
    // Walked after sub/, so it is the copy of an issue already imported.
    writeFileSync(join(inbox, 'zz', 'copy.txt'), '第二篇\r\n正文。\r\n');
    writeFileSync(join(inbox, 'sub', 'broken.txt'), new Uint8Array([0x41, 0xff, 0x80, 0xff, 0x80]));
    writeFileSync(join(inbox, 'notes.md'), 'not an issue');
    const run = await galley(['import', inbox, '--publication', '衡阳晚报'], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('2 imported, 1 duplicate, 1 failed\n');
    expect(run.stderr).toMatch(/broken\.txt: error: /);

    const again = await galley(['import', join(inbox, '衡阳晚报-2022-09-01-A01.txt')], env);
    expect(again).toMatchObject({ code: 0, stdout: '0 imported, 1 duplicate, 0 failed\n' });

    const { db, close } = await openDatabase({ file: env.GALLEY_DB });
    const issues = await db
      .selectFrom('issues')
      .select(['publication', 'issue_date'])
      .orderBy('issue_date')
      .execute();
    await close();
    expect(issues).toEqual([
      { publication: '衡阳晚报', issue_date: '2022-09-01' },
      { publication: '衡阳晚报', issue_date: '2022-09-02' },
    ]);
  });
});
